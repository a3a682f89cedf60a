import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CoBuildingAgreementSnapshot, RecordVolunteerActivity, VolunteerActivityState } from '@tracker/domain';
import type { Caller } from '../../auth/current-principal.decorator';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { RecordCommands, type RecordCommandOptions } from '../../command-handling/record-commands';
import { VOLUNTEER_ACTIVITIES } from '../volunteer-activity.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { SubdistrictListReader } from '../../subdistricts/subdistrict-list.reader';
import { ReferenceSnapshots } from '../volunteer-activity-references';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { RecordVolunteerActivityCommand } from './record-volunteer-activity.command';
import type { RecordVolunteerActivityInput } from './record-volunteer-activity.input';

/** What a record's command needs read first: the agreement's snapshot and the 街道 list the bureau keeps. */
export interface ActivityReferences {
  readonly agreement: CoBuildingAgreementSnapshot | null;
  readonly knownSubdistricts: readonly string[];
}

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
    const [agreement, knownSubdistricts] = await Promise.all([this.references.agreement(input.agreementId), this.subdistricts.known()]);
    const command = this.recordCommand(input, caller, { agreement, knownSubdistricts });
    const outcome = await this.commands.run(caller, VOLUNTEER_ACTIVITIES, command);
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'activities', row: rowOf(outcome.rows.activities, command.id) });
    return VolunteerActivityPayload.of(outcome.position, outcome.state, outcome.rows, lookAlikes);
  }

  /** The 街道 list, read once for a spreadsheet import's rows (they name no agreement). */
  async importReferences(): Promise<ActivityReferences> {
    return { agreement: null, knownSubdistricts: await this.subdistricts.known() };
  }

  /**
   * The command a recordVolunteerActivity request runs, once its references are read; a
   * spreadsheet import runs the very same, row by row.
   */
  recordCommand(input: RecordVolunteerActivityInput, caller: Caller, references: ActivityReferences): RecordCommandOptions<RecordVolunteerActivity, VolunteerActivityState> {
    const { idempotencyKey, ...payload } = input;
    const activityId = newRecordId(caller, idempotencyKey, 'VolunteerActivity');
    return {
      id: activityId,
      freshStream: true,
      payload,
      idempotencyKey,
      command: (_state, chart): RecordVolunteerActivity => ({
        type: 'RecordVolunteerActivity',
        data: { ...payload, activityId, organizer: this.references.organizer(chart, payload.organizerId), ...references },
      }),
    };
  }
}
