import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { coBuildingAgreementDecider, streamIdFor, type RenewCoBuildingAgreement } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { assertMayActOnAgreement } from '../co-building-agreement-access';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { RenewCoBuildingAgreementCommand } from './renew-co-building-agreement.command';

/** Renewing to the date already recorded is a repeat and writes nothing (the decider says so). */
@CommandHandler(RenewCoBuildingAgreementCommand)
export class RenewCoBuildingAgreementHandler implements ICommandHandler<RenewCoBuildingAgreementCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: RenewCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const outcome = await this.commands.run(caller, {
      streamId: streamIdFor('cobuildingagreement', input.id),
      decider: coBuildingAgreementDecider,
      authorize: assertMayActOnAgreement,
      payload: input,
      command: (): RenewCoBuildingAgreement => ({ type: 'RenewCoBuildingAgreement', data: { agreementId: input.id, validUntil: input.validUntil } }),
    });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state);
  }
}
