import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { coBuildingAgreementDecider, orgUnitSnapshot, streamIdFor, type SignCoBuildingAgreement } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { CoBuildingAgreementPayload } from '../co-building-agreement.model';
import { SignCoBuildingAgreementCommand } from './sign-co-building-agreement.command';

/** 党建翼联: check the caller covers the signing branch, snapshot it, decide, append. */
@CommandHandler(SignCoBuildingAgreementCommand)
export class SignCoBuildingAgreementHandler implements ICommandHandler<SignCoBuildingAgreementCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: SignCoBuildingAgreementCommand): Promise<CoBuildingAgreementPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    const branch = orgUnitSnapshot(chart, payload.branchId) ?? null;
    // An unknown branch is the decider's NOT_FOUND; a known one must be in the caller's scope.
    if (branch) assertMayActFor(caller.principal, 'RECORDER', chart, branch.id);
    const agreementId = newRecordId(caller, idempotencyKey, 'CoBuildingAgreement');

    const outcome = await this.runner.run({
      streamId: streamIdFor('cobuildingagreement', agreementId),
      freshStream: true,
      decider: coBuildingAgreementDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (): SignCoBuildingAgreement => ({ type: 'SignCoBuildingAgreement', data: { ...payload, agreementId, branch } }),
    });
    return CoBuildingAgreementPayload.of(outcome.position, outcome.state);
  }
}
