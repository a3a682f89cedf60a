import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIdFor, volunteerActivityDecider, type CorrectVolunteerActivity, type VolunteerActivityChanges } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ReferenceSnapshots } from '../volunteer-activity-references';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { CorrectVolunteerActivityCommand } from './correct-volunteer-activity.command';

/**
 * A correction is a new event on the record's stream. Concurrent corrections each reload and
 * re-decide on a version clash (CommandRunner), so none is lost and none is applied twice.
 */
@CommandHandler(CorrectVolunteerActivityCommand)
export class CorrectVolunteerActivityHandler implements ICommandHandler<CorrectVolunteerActivityCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
    private readonly references: ReferenceSnapshots,
  ) {}

  async execute({ input, caller }: CorrectVolunteerActivityCommand): Promise<VolunteerActivityPayload> {
    const { id, reason, ...fields } = input;
    const changes = providedFields(fields);
    const chart = await this.orgChart.current();
    const agreement = await this.references.agreement(changes.agreementId);

    const outcome = await this.runner.run({
      streamId: streamIdFor('volunteeractivity', id),
      decider: volunteerActivityDecider,
      context: commandContext(caller, undefined, input),
      command: (state): CorrectVolunteerActivity => {
        // The caller must cover the current organizer, and the new one if the correction moves it.
        if (state.status !== 'none') assertMayActFor(caller.principal, 'RECORDER', chart, state.facts.organizerId);
        const organizer = this.references.organizer(chart, changes.organizerId);
        if (organizer) assertMayActFor(caller.principal, 'RECORDER', chart, organizer.id);
        return { type: 'CorrectVolunteerActivity', data: { activityId: id, reason, changes, organizer, agreement } };
      },
    });
    return VolunteerActivityPayload.of(outcome.position, outcome.state);
  }
}

/** Keeps the fields the caller sent: `null` (clear this field) stays, absent fields go. */
function providedFields(fields: Record<string, unknown>): VolunteerActivityChanges {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as VolunteerActivityChanges;
}
