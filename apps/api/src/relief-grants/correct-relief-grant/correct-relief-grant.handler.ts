import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { reliefGrantDecider, streamIdFor, type CorrectReliefGrant, type ReliefGrantChanges } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ReliefGrantPayload } from '../relief-grant.model';
import { CorrectReliefGrantCommand } from './correct-relief-grant.command';

/** A correction is a new event on the grant's stream; only a TREASURER of the paying union may make it. */
@CommandHandler(CorrectReliefGrantCommand)
export class CorrectReliefGrantHandler implements ICommandHandler<CorrectReliefGrantCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: CorrectReliefGrantCommand): Promise<ReliefGrantPayload> {
    const { id, reason, ...fields } = input;
    const changes = providedFields(fields);
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('reliefgrant', id),
      decider: reliefGrantDecider,
      context: commandContext(caller, undefined, input),
      command: (state): CorrectReliefGrant => {
        if (state.status !== 'none') assertMayActFor(caller.principal, 'TREASURER', chart, state.facts.unionId);
        return { type: 'CorrectReliefGrant', data: { grantId: id, reason, changes } };
      },
    });
    return ReliefGrantPayload.of(outcome.position, outcome.state);
  }
}

/** Keeps the fields the caller sent; absent fields go. */
function providedFields(fields: Record<string, unknown>): ReliefGrantChanges {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ReliefGrantChanges;
}
