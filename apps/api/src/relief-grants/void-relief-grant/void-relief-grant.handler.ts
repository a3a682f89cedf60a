import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { reliefGrantDecider, streamIdFor, type VoidReliefGrant } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ReliefGrantPayload } from '../relief-grant.model';
import { VoidReliefGrantCommand } from './void-relief-grant.command';

/** Voiding keeps the grant and its history; it only takes it out of every total. */
@CommandHandler(VoidReliefGrantCommand)
export class VoidReliefGrantHandler implements ICommandHandler<VoidReliefGrantCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: VoidReliefGrantCommand): Promise<ReliefGrantPayload> {
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('reliefgrant', input.id),
      decider: reliefGrantDecider,
      context: commandContext(caller, undefined, input),
      command: (state): VoidReliefGrant => {
        if (state.status !== 'none') assertMayActFor(caller.principal, 'TREASURER', chart, state.facts.unionId);
        return { type: 'VoidReliefGrant', data: { grantId: input.id, reason: input.reason } };
      },
    });
    return ReliefGrantPayload.of(outcome.position, outcome.state);
  }
}
