import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordVolunteerActivity } from '@tracker/domain';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { RecordCommands } from '../../command-handling/record-commands';
import { VOLUNTEER_ACTIVITIES } from '../volunteer-activity.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { SubdistrictListReader } from '../../subdistricts/subdistrict-list.reader';
import { ReferenceSnapshots } from '../volunteer-activity-references';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { RecordVolunteerActivityCommand } from './record-volunteer-activity.command';

/** 学雷锋 and other volunteer activities: snapshot the organizer and the agreement, read the 街道 list, check scope, decide, append. */
@CommandHandler(RecordVolunteerActivityCommand)
export class RecordVolunteerActivityHandler implements ICommandHandler<RecordVolunteerActivityCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly references: ReferenceSnapshots,
    private readonly subdistricts: SubdistrictListReader,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: RecordVolunteerActivityCommand): Promise<VolunteerActivityPayload> {
    const { idempotencyKey, ...payload } = input;
    const [agreement, knownSubdistricts] = await Promise.all([this.references.agreement(payload.agreementId), this.subdistricts.known()]);
    const activityId = newRecordId(caller, idempotencyKey, 'VolunteerActivity');
    const outcome = await this.commands.run(caller, VOLUNTEER_ACTIVITIES, {
      id: activityId,
      freshStream: true,
      payload,
      idempotencyKey,
      command: (_state, chart): RecordVolunteerActivity => ({
        type: 'RecordVolunteerActivity',
        data: { ...payload, activityId, organizer: this.references.organizer(chart, payload.organizerId), agreement, knownSubdistricts },
      }),
    });
    const warnings = await this.ledgers.warningsFor({ kind: 'activities', row: rowOf(outcome.rows.activities, activityId) });
    return VolunteerActivityPayload.of(outcome.position, outcome.state, outcome.rows, warnings);
  }
}
