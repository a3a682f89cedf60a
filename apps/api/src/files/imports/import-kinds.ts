// What each import kind runs for one row: the very command its GraphQL mutation runs (built by the
// mutation's own handler code), with the row's idempotency key, as the caller. Never SQL.
import type {
  DonationCampaignCommand,
  DonationCampaignEvent,
  DonationCampaignState,
  ExamSentinelShiftCommand,
  ExamSentinelShiftEvent,
  ExamSentinelShiftRow,
  ExamSentinelShiftState,
  ImportSheet,
  ReliefGrantCommand,
  ReliefGrantEvent,
  ReliefGrantRow,
  ReliefGrantState,
  UnionDonationRow,
  VolunteerActivityCommand,
  VolunteerActivityEvent,
  VolunteerActivityRow,
  VolunteerActivityState,
} from '@tracker/domain';
import { IMPORT_SHEETS, NotFoundError, tryParseYuanToFen } from '@tracker/domain';
import type { LookAlikeCandidate } from '@tracker/projections';
import type { AggregateLoader } from '../../command-handling/aggregate-loader';
import type { Caller } from '../../auth/current-principal.decorator';
import type { Role } from '../../auth/principal';
import type { StorableEvent } from '../../command-handling/command-runner';
import type { RecordCommandOptions, RecordKind } from '../../command-handling/record-commands';
import { DONATION_CAMPAIGNS } from '../../donation-campaigns/donation-campaign.record-kind';
import { EXAM_SENTINEL_SHIFTS } from '../../exam-sentinel-shifts/exam-sentinel-shift.record-kind';
import { RELIEF_GRANTS } from '../../relief-grants/relief-grant.record-kind';
import { VOLUNTEER_ACTIVITIES } from '../../volunteer-activities/volunteer-activity.record-kind';
import { recordUnionDonation } from '../../donation-campaigns/record-union-donation/record-union-donation.handler';
import { RecordUnionDonationInput } from '../../donation-campaigns/record-union-donation/record-union-donation.input';
import { recordExamSentinelShift } from '../../exam-sentinel-shifts/record-exam-sentinel-shift/record-exam-sentinel-shift.handler';
import { RecordExamSentinelShiftInput } from '../../exam-sentinel-shifts/record-exam-sentinel-shift/record-exam-sentinel-shift.input';
import { grantRelief } from '../../relief-grants/grant-relief/grant-relief.handler';
import { GrantReliefInput } from '../../relief-grants/grant-relief/grant-relief.input';
import type { RecordVolunteerActivityHandler } from '../../volunteer-activities/record-volunteer-activity/record-volunteer-activity.handler';
import { RecordVolunteerActivityInput } from '../../volunteer-activities/record-volunteer-activity/record-volunteer-activity.input';

export interface KindImport<Row, Command, Event extends StorableEvent, State> {
  readonly sheet: ImportSheet<Row>;
  /** Where the rows' records live, what decides for them and who may act (the kind's RecordKind). */
  readonly records: RecordKind<Command, Event, State>;
  /** Who may import the kind at all; each row is then checked against the caller's scope like a mutation. */
  readonly role: Role;
  /** 爱心一日捐 donations go into one campaign, named by `?campaignId=`. */
  readonly needsCampaign: boolean;
  /** Refuses a file whose target (the campaign) does not exist, before any row is checked against it. */
  readonly checkTarget?: (campaignId: string) => Promise<void>;
  /** Reads what the rows' commands need (once per file), then builds each row's command and names the record it makes. */
  commands(caller: Caller, campaignId: string): Promise<(row: Row, idempotencyKey: string) => RowCommand<Command, State>>;
  /** The row as the ledgers' duplicate rule compares it with the records kept; undefined when the row cannot be one (its amount is not money). */
  lookAlike(row: Row, campaignId: string): LookAlikeCandidate | undefined;
}

export interface RowCommand<Command, State> {
  readonly command: RecordCommandOptions<Command, State>;
  /** The id of the record the row makes (the same for the same row of the same file): it never looks like itself. */
  readonly recordId: string;
}

const fresh = <Command, State>(command: RecordCommandOptions<Command, State>): RowCommand<Command, State> => ({ command, recordId: command.id });

export interface ImportKinds {
  readonly 'union-donations': KindImport<UnionDonationRow, DonationCampaignCommand, DonationCampaignEvent, DonationCampaignState>;
  readonly 'volunteer-activities': KindImport<VolunteerActivityRow, VolunteerActivityCommand, VolunteerActivityEvent, VolunteerActivityState>;
  readonly 'exam-sentinel-shifts': KindImport<ExamSentinelShiftRow, ExamSentinelShiftCommand, ExamSentinelShiftEvent, ExamSentinelShiftState>;
  readonly 'relief-grants': KindImport<ReliefGrantRow, ReliefGrantCommand, ReliefGrantEvent, ReliefGrantState>;
}

export function importKinds(activities: RecordVolunteerActivityHandler, loader: AggregateLoader): ImportKinds {
  return {
    'union-donations': {
      sheet: IMPORT_SHEETS['union-donations'],
      records: DONATION_CAMPAIGNS,
      role: 'TREASURER',
      needsCampaign: true,
      checkTarget: async (campaignId) => {
        const campaign = await loader.load(DONATION_CAMPAIGNS.streamOf(campaignId), DONATION_CAMPAIGNS.decider);
        if (campaign.status === 'none') throw new NotFoundError(`找不到爱心一日捐活动 ${campaignId}`);
      },
      commands: async (caller, campaignId) => (row, idempotencyKey) => {
        const { donationId, ...command } = recordUnionDonation(Object.assign(new RecordUnionDonationInput(), row, { campaignId, idempotencyKey }), caller);
        return { command, recordId: donationId };
      },
      lookAlike: (row, campaignId) => withFen(row.amount, (amountFen) => ({ kind: 'donations', campaignId, unionId: row.unionId, receivedOn: row.receivedOn, amountFen })),
    },
    'volunteer-activities': {
      sheet: IMPORT_SHEETS['volunteer-activities'],
      records: VOLUNTEER_ACTIVITIES,
      role: 'RECORDER',
      needsCampaign: false,
      commands: async (caller) => {
        const references = await activities.importReferences();
        return (row, idempotencyKey) => fresh(activities.recordCommand(Object.assign(new RecordVolunteerActivityInput(), row, { idempotencyKey }), caller, references));
      },
      lookAlike: (row) => ({ kind: 'activities', organizerId: row.organizerId, startDate: row.startDate, title: row.title, site: row.site }),
    },
    'exam-sentinel-shifts': {
      sheet: IMPORT_SHEETS['exam-sentinel-shifts'],
      records: EXAM_SENTINEL_SHIFTS,
      role: 'RECORDER',
      needsCampaign: false,
      commands: async (caller) => (row, idempotencyKey) => fresh(recordExamSentinelShift(Object.assign(new RecordExamSentinelShiftInput(), row, { idempotencyKey }), caller)),
      lookAlike: (row) => ({ kind: 'examShifts', organizerId: row.organizerId, examDate: row.examDate, examName: row.examName, site: row.site }),
    },
    'relief-grants': {
      sheet: IMPORT_SHEETS['relief-grants'],
      records: RELIEF_GRANTS,
      role: 'TREASURER',
      needsCampaign: false,
      commands: async (caller) => (row, idempotencyKey) => fresh(grantRelief(Object.assign(new GrantReliefInput(), row, { idempotencyKey }), caller)),
      lookAlike: (row) => withFen(row.amount, (amountFen) => ({ kind: 'reliefGrants', unionId: row.unionId, grantedOn: row.grantedOn, amountFen })),
    },
  };
}

/** A candidate with the row's amount in fen, when the amount is money at all (else the decider refuses the row). */
function withFen(amount: string, candidate: (amountFen: number) => LookAlikeCandidate): LookAlikeCandidate | undefined {
  const fen = tryParseYuanToFen(amount);
  return fen === undefined ? undefined : candidate(fen);
}
