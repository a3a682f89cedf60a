import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIdFor, volunteerActivityDecider, type VoidVolunteerActivity } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { VoidVolunteerActivityCommand } from './void-volunteer-activity.command';

/** Voiding keeps the record and its history; it only takes the activity out of every total. */
@CommandHandler(VoidVolunteerActivityCommand)
export class VoidVolunteerActivityHandler implements ICommandHandler<VoidVolunteerActivityCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: VoidVolunteerActivityCommand): Promise<VolunteerActivityPayload> {
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('volunteeractivity', input.id),
      decider: volunteerActivityDecider,
      context: commandContext(caller, undefined, input),
      command: (state): VoidVolunteerActivity => {
        if (state.status !== 'none') assertMayActFor(caller.principal, 'RECORDER', chart, state.facts.organizerId);
        return { type: 'VoidVolunteerActivity', data: { activityId: input.id, reason: input.reason } };
      },
    });
    return VolunteerActivityPayload.of(outcome.position, outcome.state);
  }
}
