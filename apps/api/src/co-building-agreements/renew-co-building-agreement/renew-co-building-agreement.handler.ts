import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RenewCoBuildingAgreement } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { CO_BUILDING_AGREEMENTS } from '../co-building-agreement.record-kind';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { RenewCoBuildingAgreementCommand } from './renew-co-building-agreement.command';

/** Renewing to the date already recorded is a repeat and writes nothing (the decider says so). */
@CommandHandler(RenewCoBuildingAgreementCommand)
export class RenewCoBuildingAgreementHandler implements ICommandHandler<RenewCoBuildingAgreementCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: RenewCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const outcome = await this.commands.run(caller, CO_BUILDING_AGREEMENTS, {
      id: input.id,
      payload: input,
      command: (): RenewCoBuildingAgreement => ({ type: 'RenewCoBuildingAgreement', data: { agreementId: input.id, validUntil: input.validUntil } }),
    });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state, outcome.rows);
  }
}
