import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CoBuildingAgreementSnapshot, RecordVolunteerActivity, VolunteerActivityState } from '@tracker/domain';
import type { Caller } from '../../auth/current-principal.decorator';
import { RecordCommands, type RecordCommandOptions } from '../../command-handling/record-commands';
import { VOLUNTEER_ACTIVITIES } from '../volunteer-activity.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { ReferenceSnapshots } from '../volunteer-activity-references';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { RecordVolunteerActivityCommand } from './record-volunteer-activity.command';
import type { RecordVolunteerActivityInput } from './record-volunteer-activity.input';

/** 学雷锋 and other volunteer activities: snapshot the organizer and the agreement, check scope, decide, append. */
@CommandHandler(RecordVolunteerActivityCommand)
export class RecordVolunteerActivityHandler implements ICommandHandler<RecordVolunteerActivityCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly references: ReferenceSnapshots,
  ) {}

  async execute({ input, caller }: RecordVolunteerActivityCommand): Promise<VolunteerActivityPayload> {
    const agreement = await this.references.agreement(input.agreementId);
    const outcome = await this.commands.run(caller, VOLUNTEER_ACTIVITIES, this.recordCommand(input, caller, agreement));
    return VolunteerActivityPayload.of(outcome.position, outcome.state);
  }

  /**
   * The command a recordVolunteerActivity request runs, once its agreement's snapshot is loaded;
   * a spreadsheet import runs the very same, row by row (its rows name no agreement).
   */
  recordCommand(
    input: RecordVolunteerActivityInput,
    caller: Caller,
    agreement: CoBuildingAgreementSnapshot | null,
  ): RecordCommandOptions<RecordVolunteerActivity, VolunteerActivityState> {
    const { idempotencyKey, ...payload } = input;
    const activityId = newRecordId(caller, idempotencyKey, 'VolunteerActivity');
    return {
      id: activityId,
      freshStream: true,
      payload,
      idempotencyKey,
      command: (_state, chart): RecordVolunteerActivity => ({
        type: 'RecordVolunteerActivity',
        data: { ...payload, activityId, organizer: this.references.organizer(chart, payload.organizerId), agreement },
      }),
    };
  }
}
