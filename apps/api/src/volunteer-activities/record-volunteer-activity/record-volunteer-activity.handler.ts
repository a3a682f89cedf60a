import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIdFor, volunteerActivityDecider, type RecordVolunteerActivity } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { ReferenceSnapshots } from '../volunteer-activity-references';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { RecordVolunteerActivityCommand } from './record-volunteer-activity.command';

/** 学雷锋 and other volunteer activities: check scope, snapshot the organizer, decide, append. */
@CommandHandler(RecordVolunteerActivityCommand)
export class RecordVolunteerActivityHandler implements ICommandHandler<RecordVolunteerActivityCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
    private readonly references: ReferenceSnapshots,
  ) {}

  async execute({ input, caller }: RecordVolunteerActivityCommand): Promise<VolunteerActivityPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    const organizer = this.references.organizer(chart, payload.organizerId);
    // An unknown organizer is the decider's NOT_FOUND; a known one must be in the caller's scope.
    if (organizer) assertMayActFor(caller.principal, 'RECORDER', chart, organizer.id);
    const agreement = await this.references.agreement(payload.agreementId);
    const activityId = newRecordId(caller, idempotencyKey, 'VolunteerActivity');

    const outcome = await this.runner.run({
      streamId: streamIdFor('volunteeractivity', activityId),
      freshStream: true,
      decider: volunteerActivityDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (): RecordVolunteerActivity => ({ type: 'RecordVolunteerActivity', data: { ...payload, activityId, organizer, agreement } }),
    });
    return VolunteerActivityPayload.of(outcome.position, outcome.state);
  }
}
