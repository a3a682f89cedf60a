import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { coBuildingAgreementDecider, streamIdFor, type TerminateCoBuildingAgreement } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { TerminateCoBuildingAgreementCommand } from './terminate-co-building-agreement.command';

/** Terminating keeps the agreement: it still counts in the years it was active, and activities stop linking to it. */
@CommandHandler(TerminateCoBuildingAgreementCommand)
export class TerminateCoBuildingAgreementHandler implements ICommandHandler<TerminateCoBuildingAgreementCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: TerminateCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('cobuildingagreement', input.id),
      decider: coBuildingAgreementDecider,
      context: commandContext(caller, undefined, input),
      command: (state): TerminateCoBuildingAgreement => {
        if (state.status !== 'none') assertMayActFor(caller.principal, 'RECORDER', chart, state.signed.branchId);
        return { type: 'TerminateCoBuildingAgreement', data: { agreementId: input.id, terminatedOn: input.terminatedOn, reason: input.reason } };
      },
    });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state);
  }
}
