// The read model's rows: ONE row per record holding its CURRENT state (corrections applied,
// `voided` flag) plus the year of its own date. Totals always equal aggregates over these rows:
// the projector keeps them as running totals by taking a changed row's old contribution out and
// putting its new one in (section-totals.ts), so distinct counts stay exact under corrections and
// voids. The same shapes back the Postgres tables (postgres/entities.ts) and the in-memory fold
// used for `asOf`, which counts the rows through the same contributions (totals.ts).
import type { CalendarDate } from '@tracker/domain';

export interface OrgUnitRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  retired: boolean;
}

/** 志愿服务 volunteer activity; `year` is the year of `startDate`. */
export interface ActivityRow {
  id: string;
  organizerId: string;
  program: string;
  title: string;
  startDate: CalendarDate;
  year: number;
  site: string;
  subdistrict: string | null;
  serviceItems: string[];
  personTimes: number;
  volunteerHoursHundredths: number | null;
  /** WORKING_HOURS or OWN_TIME: the B4SI split of the hours. */
  timeBasis: string;
  beneficiaries: number | null;
  charitySalesTransactions: number | null;
  charitySalesAmountFen: number | null;
  voided: boolean;
}

/** 党建翼联 co-building agreement. */
export interface AgreementRow {
  id: string;
  branchId: string;
  signedOn: CalendarDate;
  validUntil: CalendarDate | null;
  terminatedOn: CalendarDate | null;
  partnerNames: string[];
}

/** 爱心一日捐 campaign; it belongs to its own `year`. */
export interface CampaignRow {
  id: string;
  name: string;
  organizerId: string;
  year: number;
  launchedOn: CalendarDate;
  closed: boolean;
}

export interface DonationRow {
  id: string;
  campaignId: string;
  unionId: string;
  amountFen: number;
  donorCount: number;
  receivedOn: CalendarDate;
}

/** 帮困 relief grant; `year` is the year of `grantedOn`. */
export interface ReliefGrantRow {
  id: string;
  unionId: string;
  grantedOn: CalendarDate;
  year: number;
  amountFen: number;
  personTimes: number;
  category: string;
  voided: boolean;
}

/** 考务哨兵 exam sentinel shift; `year` is the year of `examDate`. */
export interface ExamShiftRow {
  id: string;
  organizerId: string;
  examName: string;
  examDate: CalendarDate;
  year: number;
  site: string;
  supporters: number;
  voided: boolean;
}

/** Hello老友亭 booth (or kiosk). */
export interface BoothRow {
  id: string;
  name: string;
  kind: string;
  hostId: string;
  subdistrict: string;
  openedOn: CalendarDate;
  closedOn: CalendarDate | null;
}

export interface BoothSessionRow {
  id: string;
  boothId: string;
  date: CalendarDate;
  year: number;
  volunteers: number;
  peopleServed: number;
  voided: boolean;
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
