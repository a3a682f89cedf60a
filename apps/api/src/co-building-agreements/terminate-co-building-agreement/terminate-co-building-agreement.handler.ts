import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { coBuildingAgreementDecider, streamIdFor, type TerminateCoBuildingAgreement } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { assertMayActOnAgreement } from '../co-building-agreement-access';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { TerminateCoBuildingAgreementCommand } from './terminate-co-building-agreement.command';

/** Terminating keeps the agreement: it still counts in the years it was active, and activities stop linking to it. */
@CommandHandler(TerminateCoBuildingAgreementCommand)
export class TerminateCoBuildingAgreementHandler implements ICommandHandler<TerminateCoBuildingAgreementCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: TerminateCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const { id, terminatedOn, reason } = input;
    const outcome = await this.commands.run(caller, {
      streamId: streamIdFor('cobuildingagreement', id),
      decider: coBuildingAgreementDecider,
      authorize: assertMayActOnAgreement,
      payload: input,
      command: (): TerminateCoBuildingAgreement => ({ type: 'TerminateCoBuildingAgreement', data: { agreementId: id, terminatedOn, reason } }),
    });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state);
  }
}
