import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordBoothSession } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { BOOTHS } from '../booth.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { BoothPayload } from '../booth.model';
import { RecordBoothSessionCommand } from './record-booth-session.command';

/** One staffed day at a booth, appended to the booth's stream; concurrent sessions each land once. */
@CommandHandler(RecordBoothSessionCommand)
export class RecordBoothSessionHandler implements ICommandHandler<RecordBoothSessionCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: RecordBoothSessionCommand): Promise<BoothPayload> {
    const { idempotencyKey, ...payload } = input;
    // Derived from the key (and the booth: session ids are unique across booths in the read
    // model, while the key check only sees this stream), so a retry finds its session.
    const sessionId = newRecordId(caller, idempotencyKey, `BoothSession in ${payload.boothId}`);
    const outcome = await this.commands.run(caller, BOOTHS, {
      id: payload.boothId,
      payload,
      idempotencyKey,
      command: (): RecordBoothSession => ({ type: 'RecordBoothSession', data: { ...payload, sessionId } }),
    });
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'boothSessions', row: rowOf(outcome.rows.boothSessions, sessionId) });
    return BoothPayload.of(outcome.position, outcome.state, outcome.rows, { sessionId, lookAlikes });
  }
}
