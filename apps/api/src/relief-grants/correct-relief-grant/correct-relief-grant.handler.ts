import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectReliefGrant } from '@tracker/domain';
import { providedFields } from '../../command-handling/provided-fields';
import { RecordCommands } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { RELIEF_GRANTS } from '../relief-grant.record-kind';
import { ReliefGrantPayload } from '../relief-grant.model';
import { CorrectReliefGrantCommand } from './correct-relief-grant.command';

/** A correction is a new event on the grant's stream; only a TREASURER of the paying union may make it. */
@CommandHandler(CorrectReliefGrantCommand)
export class CorrectReliefGrantHandler implements ICommandHandler<CorrectReliefGrantCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: CorrectReliefGrantCommand): Promise<ReliefGrantPayload> {
    const { id, reason, ...fields } = input;
    const outcome = await this.commands.run(caller, RELIEF_GRANTS, {
      id: id,
      payload: input,
      command: (): CorrectReliefGrant => ({ type: 'CorrectReliefGrant', data: { grantId: id, reason, changes: providedFields(fields) } }),
    });
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'reliefGrants', row: rowOf(outcome.rows.reliefGrants, id) });
    return ReliefGrantPayload.of(outcome.position, outcome.state, outcome.rows, lookAlikes);
  }
}
