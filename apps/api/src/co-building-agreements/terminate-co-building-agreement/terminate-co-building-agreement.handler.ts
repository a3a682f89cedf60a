import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TerminateCoBuildingAgreement } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { CO_BUILDING_AGREEMENTS } from '../co-building-agreement.record-kind';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { TerminateCoBuildingAgreementCommand } from './terminate-co-building-agreement.command';

/** Terminating keeps the agreement: it still counts in the years it was active, and activities stop linking to it. */
@CommandHandler(TerminateCoBuildingAgreementCommand)
export class TerminateCoBuildingAgreementHandler implements ICommandHandler<TerminateCoBuildingAgreementCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: TerminateCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const { id, terminatedOn, reason } = input;
    const outcome = await this.commands.run(caller, CO_BUILDING_AGREEMENTS, {
      id: id,
      payload: input,
      command: (): TerminateCoBuildingAgreement => ({ type: 'TerminateCoBuildingAgreement', data: { agreementId: id, terminatedOn, reason } }),
    });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state, outcome.rows);
  }
}
