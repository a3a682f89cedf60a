import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, personalDataProblem, ValidationError, type GrantRelief, type ReliefGrantState } from '@tracker/domain';
import type { Caller } from '../../auth/current-principal.decorator';
import { RecordCommands, type RecordCommandOptions } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { RELIEF_GRANTS } from '../relief-grant.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { ReliefGrantPayload } from '../relief-grant.model';
import { GrantReliefCommand } from './grant-relief.command';
import type { GrantReliefInput } from './grant-relief.input';

/** 帮困: snapshot the union, check the caller is a TREASURER of it, decide, append. */
@CommandHandler(GrantReliefCommand)
export class GrantReliefHandler implements ICommandHandler<GrantReliefCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: GrantReliefCommand): Promise<ReliefGrantPayload> {
    const command = grantRelief(input, caller);
    const outcome = await this.commands.run(caller, RELIEF_GRANTS, command);
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'reliefGrants', row: rowOf(outcome.rows.reliefGrants, command.id) });
    return ReliefGrantPayload.of(outcome.position, outcome.state, outcome.rows, lookAlikes);
  }
}

/** The command a grantRelief request runs; a spreadsheet import runs the very same, row by row. */
export function grantRelief(input: GrantReliefInput, caller: Caller): RecordCommandOptions<GrantRelief, ReliefGrantState> {
  const { idempotencyKey, ...payload } = input;
  // The key is kept in the event's metadata for good, beside the grant: the relief rule holds for it too.
  const keyProblem = idempotencyKey === undefined ? undefined : personalDataProblem(idempotencyKey, '幂等键');
  if (keyProblem !== undefined) throw ValidationError.of('idempotencyKey', keyProblem);
  const grantId = newRecordId(caller, idempotencyKey, 'ReliefGrant');
  return {
    id: grantId,
    freshStream: true,
    payload,
    idempotencyKey,
    command: (_state, chart): GrantRelief => ({ type: 'GrantRelief', data: { ...payload, grantId, union: orgUnitSnapshot(chart, payload.unionId) ?? null } }),
  };
}
