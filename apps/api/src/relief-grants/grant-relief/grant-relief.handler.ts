import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, reliefGrantDecider, streamIdFor, type GrantRelief } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ReliefGrantPayload } from '../relief-grant.model';
import { GrantReliefCommand } from './grant-relief.command';

/** 帮困: check the caller is a TREASURER of the union, snapshot the union, decide, append. */
@CommandHandler(GrantReliefCommand)
export class GrantReliefHandler implements ICommandHandler<GrantReliefCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: GrantReliefCommand): Promise<ReliefGrantPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    const union = orgUnitSnapshot(chart, payload.unionId) ?? null;
    // An unknown union is the decider's NOT_FOUND, a non-UNION unit its BAD_USER_INPUT; a known one must be in scope.
    if (union) assertMayActFor(caller.principal, 'TREASURER', chart, union.id);
    const grantId = newRecordId(caller, idempotencyKey, 'ReliefGrant');

    const outcome = await this.runner.run({
      streamId: streamIdFor('reliefgrant', grantId),
      freshStream: true,
      decider: reliefGrantDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (): GrantRelief => ({ type: 'GrantRelief', data: { ...payload, grantId, union } }),
    });
    return ReliefGrantPayload.of(outcome.position, outcome.state);
  }
}
