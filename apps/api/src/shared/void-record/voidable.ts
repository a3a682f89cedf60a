import type { Caller } from '../../auth/current-principal.decorator';
import type { RecordCommands, RecordKind, RecordOutcome } from '../../command-handling/record-commands';
import type { StorableEvent } from '../../command-handling/command-runner';
import type { VoidRecordInput } from './void-record.input';

/**
 * A kind of record that is voided by naming it and saying why, nothing more (volunteer activities,
 * 帮困 relief grants, 考务哨兵 shifts): its void mutation runs through the one VoidRecordHandler.
 * Each kind declares its voidable beside its RecordKind.
 */
export interface Voidable<Payload> {
  void(commands: RecordCommands, caller: Caller, input: VoidRecordInput): Promise<Payload>;
}

export function voidable<Command, Event extends StorableEvent, State, Payload>(
  records: RecordKind<Command, Event, State>,
  voidCommand: (input: VoidRecordInput) => Command,
  answer: (outcome: RecordOutcome<State>, caller: Caller) => Payload,
): Voidable<Payload> {
  return {
    async void(commands, caller, input) {
      const outcome = await commands.run(caller, records, { id: input.id, payload: input, command: () => voidCommand(input) });
      return answer(outcome, caller);
    },
  };
}
