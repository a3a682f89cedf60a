import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIdFor, volunteerActivityDecider, type VoidVolunteerActivity } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { assertMayActOnActivity } from '../volunteer-activity-access';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { VoidVolunteerActivityCommand } from './void-volunteer-activity.command';

/** Voiding keeps the record and its history; it only takes the activity out of every total. */
@CommandHandler(VoidVolunteerActivityCommand)
export class VoidVolunteerActivityHandler implements ICommandHandler<VoidVolunteerActivityCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: VoidVolunteerActivityCommand): Promise<VolunteerActivityPayload> {
    const outcome = await this.commands.run(caller, {
      streamId: streamIdFor('volunteeractivity', input.id),
      decider: volunteerActivityDecider,
      authorize: assertMayActOnActivity,
      payload: input,
      command: (): VoidVolunteerActivity => ({ type: 'VoidVolunteerActivity', data: { activityId: input.id, reason: input.reason } }),
    });
    return VolunteerActivityPayload.of(outcome.position, outcome.state);
  }
}
