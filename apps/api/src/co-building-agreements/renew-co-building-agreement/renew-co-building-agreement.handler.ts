import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { coBuildingAgreementDecider, streamIdFor, type RenewCoBuildingAgreement } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { RenewCoBuildingAgreementCommand } from './renew-co-building-agreement.command';

/** Renewing to the date already recorded is a repeat and writes nothing (the decider says so). */
@CommandHandler(RenewCoBuildingAgreementCommand)
export class RenewCoBuildingAgreementHandler implements ICommandHandler<RenewCoBuildingAgreementCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: RenewCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('cobuildingagreement', input.id),
      decider: coBuildingAgreementDecider,
      context: commandContext(caller, undefined, input),
      command: (state): RenewCoBuildingAgreement => {
        if (state.status !== 'none') assertMayActFor(caller.principal, 'RECORDER', chart, state.signed.branchId);
        return { type: 'RenewCoBuildingAgreement', data: { agreementId: input.id, validUntil: input.validUntil } };
      },
    });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state);
  }
}
