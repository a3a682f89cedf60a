// The read model's rows: ONE row per record holding its CURRENT state (corrections applied,
// `voided` flag) plus the year of its own date. Totals always equal aggregates over these rows:
// the projector keeps them as running totals by taking a changed row's old contribution out and
// putting its new one in (section-totals.ts), so distinct counts stay exact under corrections and
// voids. The same shapes back the Postgres tables (postgres/entities.ts) and the in-memory fold
// used for `asOf`, which counts the rows through the same contributions (totals.ts).
// Beside what the totals count, each record row keeps what a person needs to recognise it in a
// ledger (names as recorded, who recorded it and when, its last correction, why it was voided):
// the ledger queries read the rows, never the log.
import type { CalendarDate } from '@tracker/domain';

/** Who recorded a record and when, from the log's metadata: for the ledgers, never for the totals. */
export interface RecordStamp {
  /** Global position of the event that created the record: the ledgers' tie-break after the date. */
  recordedPosition: number;
  /** ISO-8601 instant (the server clock of the creating event). */
  recordedAt: string;
  /** The subject of the token that created it. */
  recordedBy: string;
  /** When the record was last corrected; null if never. */
  correctedAt: string | null;
}

/** Why and when a voidable record was voided (both null while it counts). */
export interface VoidFacts {
  voided: boolean;
  voidReason: string | null;
  voidedAt: string | null;
}

/**
 * The record's searchable texts as one canonical key (ledgers/search-key.ts), kept on the row so
 * that a ledger search is one indexed lookup.
 */
export interface Searchable {
  searchText: string;
}

export interface OrgUnitRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  retired: boolean;
}

/** 志愿服务 volunteer activity; `year` is the year of `startDate`. */
export interface ActivityRow extends RecordStamp, VoidFacts, Searchable {
  id: string;
  organizerId: string;
  /** The organizer's names as recorded (as they were that day). */
  organizerPath: readonly string[];
  program: string;
  title: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  year: number;
  site: string;
  subdistrict: string | null;
  serviceItems: string[];
  personTimes: number;
  volunteerHoursHundredths: number | null;
  /** WORKING_HOURS or OWN_TIME: the B4SI split of the hours. */
  timeBasis: string;
  beneficiaries: number | null;
  agreementId: string | null;
  charitySalesTransactions: number | null;
  charitySalesAmountFen: number | null;
  charitySalesRecipient: string | null;
}

/** 党建翼联 co-building agreement. */
export interface AgreementRow extends RecordStamp, Searchable {
  id: string;
  branchId: string;
  branchPath: readonly string[];
  signedOn: CalendarDate;
  validUntil: CalendarDate | null;
  terminatedOn: CalendarDate | null;
  terminationReason: string | null;
  /** The partners' names and kinds, pair by pair. */
  partnerNames: string[];
  partnerKinds: readonly string[];
  commitments: readonly string[];
}

/** 爱心一日捐 campaign; it belongs to its own `year`. */
export interface CampaignRow extends RecordStamp, VoidFacts, Searchable {
  id: string;
  name: string;
  organizerId: string;
  organizerPath: readonly string[];
  year: number;
  launchedOn: CalendarDate;
  closed: boolean;
  closedOn: CalendarDate | null;
}

export interface DonationRow extends RecordStamp, VoidFacts, Searchable {
  id: string;
  campaignId: string;
  unionId: string;
  unionPath: readonly string[];
  amountFen: number;
  donorCount: number;
  receivedOn: CalendarDate;
}

/** 帮困 relief grant; `year` is the year of `grantedOn`. */
export interface ReliefGrantRow extends RecordStamp, VoidFacts, Searchable {
  id: string;
  unionId: string;
  unionPath: readonly string[];
  grantedOn: CalendarDate;
  year: number;
  amountFen: number;
  personTimes: number;
  category: string;
}

/** 考务哨兵 exam sentinel shift; `year` is the year of `examDate`. */
export interface ExamShiftRow extends RecordStamp, VoidFacts, Searchable {
  id: string;
  organizerId: string;
  organizerPath: readonly string[];
  examName: string;
  examDate: CalendarDate;
  year: number;
  site: string;
  supporters: number;
}

/** Hello老友亭 booth (or kiosk). */
export interface BoothRow extends RecordStamp, Searchable {
  id: string;
  name: string;
  kind: string;
  hostId: string;
  hostPath: readonly string[];
  subdistrict: string;
  location: string;
  openedOn: CalendarDate;
  closedOn: CalendarDate | null;
}

export interface BoothSessionRow extends RecordStamp, VoidFacts {
  id: string;
  boothId: string;
  date: CalendarDate;
  year: number;
  volunteers: number;
  peopleServed: number;
  services: readonly string[];
}

export interface RowTypes {
  orgUnits: OrgUnitRow;
  activities: ActivityRow;
  agreements: AgreementRow;
  campaigns: CampaignRow;
  donations: DonationRow;
  reliefGrants: ReliefGrantRow;
  examShifts: ExamShiftRow;
  booths: BoothRow;
  boothSessions: BoothSessionRow;
}
export type TableName = keyof RowTypes;

export const TABLE_NAMES: readonly TableName[] = [
  'orgUnits',
  'activities',
  'agreements',
  'campaigns',
  'donations',
  'reliefGrants',
  'examShifts',
  'booths',
  'boothSessions',
];

/** A set of rows keyed by record id, one map per table: the whole read model, or a batch's working set. */
export type ReadModelRows = { [T in TableName]: Map<string, RowTypes[T]> };

/** One row with the table it belongs to; a `switch` on `table` narrows `row` to that table's type. */
export type TableRow<T extends TableName = TableName> = { [K in T]: { readonly table: K; readonly row: RowTypes[K] } }[T];

/** A row set made table by table (one literal naming every table, so none can be left out). */
function rowSet(map: <T extends TableName>(table: T) => Map<string, RowTypes[T]>): ReadModelRows {
  return {
    orgUnits: map('orgUnits'),
    activities: map('activities'),
    agreements: map('agreements'),
    campaigns: map('campaigns'),
    donations: map('donations'),
    reliefGrants: map('reliefGrants'),
    examShifts: map('examShifts'),
    booths: map('booths'),
    boothSessions: map('boothSessions'),
  };
}

export const emptyRows = (): ReadModelRows => rowSet(() => new Map());

/** A copy of the row maps; the rows themselves are shared, as the handlers replace rows and never mutate them. */
export const copyRows = (rows: ReadModelRows): ReadModelRows => rowSet((table) => new Map(rows[table]));

/** The row `table` holds under `id`, with its table. */
export function rowOf<T extends TableName>(rows: ReadModelRows, table: T, id: string): TableRow<T> | undefined {
  const row = rows[table].get(id);
  return row === undefined ? undefined : { table, row };
}

/** Every row of the set, with its table. */
export function* allRows(rows: ReadModelRows): Generator<TableRow> {
  for (const table of TABLE_NAMES) yield* rowsOf(rows, table);
}

function* rowsOf<T extends TableName>(rows: ReadModelRows, table: T): Generator<TableRow<T>> {
  for (const row of rows[table].values()) yield { table, row };
}

/** Which row an event reads or writes. */
export interface RowKey {
  readonly table: TableName;
  readonly id: string;
  /** The event creates this row: it cannot exist yet, so the projector need not look it up. */
  readonly creates?: boolean;
}
