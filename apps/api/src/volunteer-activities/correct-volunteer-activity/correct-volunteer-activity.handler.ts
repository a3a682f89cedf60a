import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectVolunteerActivity } from '@tracker/domain';
import { providedFields } from '../../command-handling/provided-fields';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { RecordCommands } from '../../command-handling/record-commands';
import { VOLUNTEER_ACTIVITIES } from '../volunteer-activity.record-kind';
import { SubdistrictListReader } from '../../subdistricts/subdistrict-list.reader';
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
    private readonly commands: RecordCommands,
    private readonly references: ReferenceSnapshots,
    private readonly subdistricts: SubdistrictListReader,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: CorrectVolunteerActivityCommand): Promise<VolunteerActivityPayload> {
    const { id, reason, ...fields } = input;
    const changes = providedFields(fields);
    const [agreement, knownSubdistricts] = await Promise.all([this.references.agreement(changes.agreementId), this.subdistricts.known()]);
    const outcome = await this.commands.run(caller, VOLUNTEER_ACTIVITIES, {
      id: id,
      payload: input,
      command: (_state, chart): CorrectVolunteerActivity => ({
        type: 'CorrectVolunteerActivity',
        data: { activityId: id, reason, changes, organizer: this.references.organizer(chart, changes.organizerId), agreement, knownSubdistricts },
      }),
    });
    // A correction can make a record look like another (a date or site fixed into a duplicate).
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'activities', row: rowOf(outcome.rows.activities, id) });
    return VolunteerActivityPayload.of(outcome.position, outcome.state, outcome.rows, lookAlikes);
  }
}
