// The projection's handlers (STYLE §8): ONE table with an entry per event type, each holding the
// rows the event touches beside the step that applies it, so the two can never disagree. The
// table is typed by a mapped type over the domain's event types: an event type without an entry,
// or an entry whose data is not its event's, does not compile. It works on an in-memory
// `ReadModelRows` set, so the Postgres projector (which loads the rows a batch touches, applies,
// and upserts them) and the `asOf` fold (which keeps every row in memory) share exactly the same
// row semantics.
import type { DomainEvent, DomainEventType } from '@tracker/domain';
import { DOMAIN_EVENT_TYPES, yearOf } from '@tracker/domain';
import type { ActivityRow, ExamShiftRow, ReadModelRows, ReliefGrantRow, RowKey, RowTypes, TableName } from './rows';

/** The log contradicts itself (e.g. a correction of a record that was never recorded): a poison event. */
export class ReadModelIntegrityError extends Error {
  override readonly name = 'ReadModelIntegrityError';
}

type EventData<K extends DomainEventType> = Extract<DomainEvent, { readonly type: K }>['data'];

interface Handler<Data> {
  /**
   * The rows the event reads or writes, the row it WRITES last: the projector loads them before
   * applying a batch, except a row the event `creates`.
   */
  readonly rowKeys: (data: Data) => readonly RowKey[];
  /** Applies the event to `rows` (replacing the row it writes) and returns that row's key. */
  readonly apply: (rows: ReadModelRows, data: Data) => RowKey;
}

type HandlerTable = { readonly [K in DomainEventType]: Handler<EventData<K>> };

// What the integrity errors call a record of each table.
const RECORD_NAMES: { readonly [T in TableName]: string } = {
  orgUnits: 'org unit',
  activities: 'volunteer activity',
  agreements: 'agreement',
  campaigns: 'donation campaign',
  donations: 'union donation',
  reliefGrants: 'relief grant',
  examShifts: 'exam sentinel shift',
  booths: 'booth',
  boothSessions: 'booth session',
};

// Distinct counts compare trimmed strings (DESIGN §6); trimming once here keeps SQL and memory equal.
const t = (s: string): string => s.trim();

const reads = (table: TableName, id: string): RowKey => ({ table, id });
/** The row an event creates: it cannot exist yet, so the projector does not look it up. */
const creates = (table: TableName, id: string): RowKey => ({ table, id, creates: true });

function existing<T extends TableName>(rows: ReadModelRows, table: T, id: string): RowTypes[T] {
  const row = rows[table].get(id);
  if (row === undefined) throw new ReadModelIntegrityError(`${RECORD_NAMES[table]} ${id} is not in the read model`);
  return row;
}

function put<T extends TableName>(rows: ReadModelRows, table: T, row: RowTypes[T]): RowKey {
  rows[table].set(row.id, row);
  return { table, id: row.id };
}

/** A creation event: the record must not exist yet (the projector relies on that to skip looking it up). */
function create<T extends TableName>(rows: ReadModelRows, table: T, row: RowTypes[T]): RowKey {
  if (rows[table].has(row.id)) throw new ReadModelIntegrityError(`the log creates a ${table} record that already exists (it records the same record twice): ${row.id}`);
  return put(rows, table, row);
}

/** Replaces an existing row by `change(row)`. */
function update<T extends TableName>(rows: ReadModelRows, table: T, id: string, change: (row: RowTypes[T]) => RowTypes[T]): RowKey {
  return put(rows, table, change(existing(rows, table, id)));
}

// ---- the column mappings shared by a record's Recorded and Corrected events ----
// A Recorded event gives every field. A correction lays its changes over the row, whose columns
// carry the fields' names (already trimmed, so trimming again changes nothing), and maps again.

/** The fields of a 志愿服务 volunteer activity that its columns come from. */
type ActivityFields = Pick<ActivityRow, 'organizerId' | 'program' | 'title' | 'startDate' | 'site' | 'personTimes'> & {
  readonly serviceItems: readonly string[];
  /** Absent or null: none. */
  readonly subdistrict?: string | null;
  readonly volunteerHoursHundredths?: number | null;
  readonly beneficiaries?: number | null;
  readonly charitySales?: { readonly transactions: number; readonly amountFen: number } | null;
  // Charity sales arrive as one field and are kept in two columns: a correction that leaves the
  // sales alone passes the row's columns through.
  readonly charitySalesTransactions?: number | null;
  readonly charitySalesAmountFen?: number | null;
};

function activityColumns(f: ActivityFields): Omit<ActivityRow, 'id' | 'voided'> {
  const sales = f.charitySales;
  return {
    organizerId: f.organizerId,
    program: f.program,
    title: f.title,
    startDate: f.startDate,
    year: yearOf(f.startDate),
    site: t(f.site),
    subdistrict: f.subdistrict === undefined || f.subdistrict === null ? null : t(f.subdistrict),
    serviceItems: f.serviceItems.map(t),
    personTimes: f.personTimes,
    volunteerHoursHundredths: f.volunteerHoursHundredths ?? null,
    beneficiaries: f.beneficiaries ?? null,
    charitySalesTransactions: sales === undefined ? (f.charitySalesTransactions ?? null) : (sales?.transactions ?? null),
    charitySalesAmountFen: sales === undefined ? (f.charitySalesAmountFen ?? null) : (sales?.amountFen ?? null),
  };
}

/** 帮困 relief grant. */
type ReliefGrantFields = Pick<ReliefGrantRow, 'grantedOn' | 'amountFen' | 'personTimes' | 'category'>;

const reliefGrantColumns = (f: ReliefGrantFields): ReliefGrantFields & Pick<ReliefGrantRow, 'year'> => ({
  grantedOn: f.grantedOn,
  year: yearOf(f.grantedOn),
  amountFen: f.amountFen,
  personTimes: f.personTimes,
  category: f.category,
});

/** 考务哨兵 exam sentinel shift. */
type ExamShiftFields = Pick<ExamShiftRow, 'examName' | 'examDate' | 'site' | 'supporters'>;

const examShiftColumns = (f: ExamShiftFields): ExamShiftFields & Pick<ExamShiftRow, 'year'> => ({
  examName: t(f.examName),
  examDate: f.examDate,
  year: yearOf(f.examDate),
  site: t(f.site),
  supporters: f.supporters,
});

// ---- the table ----

const HANDLERS = {
  OrgUnitRegistered: {
    rowKeys: (d) => [creates('orgUnits', d.orgUnitId)],
    apply: (rows, d) => create(rows, 'orgUnits', { id: d.orgUnitId, parentId: d.parentId ?? null, name: d.name, kind: d.kind, retired: false }),
  },
  OrgUnitRenamed: {
    rowKeys: (d) => [reads('orgUnits', d.orgUnitId)],
    apply: (rows, d) => update(rows, 'orgUnits', d.orgUnitId, (unit) => ({ ...unit, name: d.name })),
  },
  OrgUnitRetired: {
    rowKeys: (d) => [reads('orgUnits', d.orgUnitId)],
    apply: (rows, d) => update(rows, 'orgUnits', d.orgUnitId, (unit) => ({ ...unit, retired: true })),
  },

  VolunteerActivityRecorded: {
    rowKeys: (d) => [creates('activities', d.activityId)],
    apply: (rows, d) => create(rows, 'activities', { id: d.activityId, voided: false, ...activityColumns(d) }),
  },
  VolunteerActivityCorrected: {
    rowKeys: (d) => [reads('activities', d.activityId)],
    apply: (rows, d) => update(rows, 'activities', d.activityId, (row) => ({ ...row, ...activityColumns({ ...row, ...d.changes }) })),
  },
  VolunteerActivityVoided: {
    rowKeys: (d) => [reads('activities', d.activityId)],
    apply: (rows, d) => update(rows, 'activities', d.activityId, (row) => ({ ...row, voided: true })),
  },

  CoBuildingAgreementSigned: {
    rowKeys: (d) => [creates('agreements', d.agreementId)],
    apply: (rows, d) =>
      create(rows, 'agreements', {
        id: d.agreementId,
        branchId: d.branchId,
        signedOn: d.signedOn,
        validUntil: d.validUntil ?? null,
        terminatedOn: null,
        partnerNames: d.partners.map((p) => t(p.name)),
      }),
  },
  CoBuildingAgreementRenewed: {
    rowKeys: (d) => [reads('agreements', d.agreementId)],
    apply: (rows, d) => update(rows, 'agreements', d.agreementId, (row) => ({ ...row, validUntil: d.validUntil })),
  },
  CoBuildingAgreementTerminated: {
    rowKeys: (d) => [reads('agreements', d.agreementId)],
    apply: (rows, d) => update(rows, 'agreements', d.agreementId, (row) => ({ ...row, terminatedOn: d.terminatedOn })),
  },

  DonationCampaignLaunched: {
    rowKeys: (d) => [creates('campaigns', d.campaignId)],
    apply: (rows, d) => create(rows, 'campaigns', { id: d.campaignId, name: d.name, organizerId: d.organizerId, year: d.year, launchedOn: d.launchedOn, closed: false }),
  },
  UnionDonationRecorded: {
    rowKeys: (d) => [reads('campaigns', d.campaignId), creates('donations', d.donationId)],
    apply: (rows, d) => {
      existing(rows, 'campaigns', d.campaignId);
      return create(rows, 'donations', { id: d.donationId, campaignId: d.campaignId, unionId: d.unionId, amountFen: d.amountFen, donorCount: d.donorCount, receivedOn: d.receivedOn });
    },
  },
  UnionDonationCorrected: {
    rowKeys: (d) => [reads('campaigns', d.campaignId), reads('donations', d.donationId)],
    apply: (rows, d) => update(rows, 'donations', d.donationId, (row) => ({ ...row, amountFen: d.amountFen ?? row.amountFen, donorCount: d.donorCount ?? row.donorCount })),
  },
  DonationCampaignClosed: {
    rowKeys: (d) => [reads('campaigns', d.campaignId)],
    apply: (rows, d) => update(rows, 'campaigns', d.campaignId, (row) => ({ ...row, closed: true })),
  },

  ReliefGranted: {
    rowKeys: (d) => [creates('reliefGrants', d.grantId)],
    apply: (rows, d) => create(rows, 'reliefGrants', { id: d.grantId, unionId: d.unionId, voided: false, ...reliefGrantColumns(d) }),
  },
  ReliefGrantCorrected: {
    rowKeys: (d) => [reads('reliefGrants', d.grantId)],
    apply: (rows, d) => update(rows, 'reliefGrants', d.grantId, (row) => ({ ...row, ...reliefGrantColumns({ ...row, ...d.changes }) })),
  },
  ReliefGrantVoided: {
    rowKeys: (d) => [reads('reliefGrants', d.grantId)],
    apply: (rows, d) => update(rows, 'reliefGrants', d.grantId, (row) => ({ ...row, voided: true })),
  },

  ExamSentinelShiftRecorded: {
    rowKeys: (d) => [creates('examShifts', d.shiftId)],
    apply: (rows, d) => create(rows, 'examShifts', { id: d.shiftId, organizerId: d.organizerId, voided: false, ...examShiftColumns(d) }),
  },
  ExamSentinelShiftCorrected: {
    rowKeys: (d) => [reads('examShifts', d.shiftId)],
    apply: (rows, d) => update(rows, 'examShifts', d.shiftId, (row) => ({ ...row, ...examShiftColumns({ ...row, ...d.changes }) })),
  },
  ExamSentinelShiftVoided: {
    rowKeys: (d) => [reads('examShifts', d.shiftId)],
    apply: (rows, d) => update(rows, 'examShifts', d.shiftId, (row) => ({ ...row, voided: true })),
  },

  BoothOpened: {
    rowKeys: (d) => [creates('booths', d.boothId)],
    apply: (rows, d) =>
      create(rows, 'booths', { id: d.boothId, name: d.name, kind: d.kind, hostId: d.hostId, subdistrict: t(d.subdistrict), openedOn: d.openedOn, closedOn: null }),
  },
  BoothSessionRecorded: {
    rowKeys: (d) => [reads('booths', d.boothId), creates('boothSessions', d.sessionId)],
    apply: (rows, d) => {
      existing(rows, 'booths', d.boothId);
      return create(rows, 'boothSessions', {
        id: d.sessionId,
        boothId: d.boothId,
        date: d.date,
        year: yearOf(d.date),
        volunteers: d.volunteers,
        peopleServed: d.peopleServed,
        voided: false,
      });
    },
  },
  BoothSessionVoided: {
    rowKeys: (d) => [reads('booths', d.boothId), reads('boothSessions', d.sessionId)],
    apply: (rows, d) => update(rows, 'boothSessions', d.sessionId, (row) => ({ ...row, voided: true })),
  },
  BoothClosed: {
    rowKeys: (d) => [reads('booths', d.boothId)],
    apply: (rows, d) => update(rows, 'booths', d.boothId, (row) => ({ ...row, closedOn: d.closedOn })),
  },
} satisfies HandlerTable;

/** The table as its mapped type, which the dispatch below indexes by a generic event type. */
const handlers: HandlerTable = HANDLERS;

/** A domain event whose data is tied to its type, so `handlers[event.type]` takes `event.data`. */
type TypedEvent<K extends DomainEventType> = { [P in K]: { readonly type: P; readonly data: EventData<P> } }[K];

/** Every domain event type has a handler (a missing one does not compile). */
export const HANDLED_EVENT_TYPES: readonly DomainEventType[] = DOMAIN_EVENT_TYPES;

/**
 * The rows an event reads or writes: the Postgres projector loads these before applying a batch,
 * except a row the event `creates`. The row the event WRITES is always the last one listed.
 */
export function rowKeysFor<K extends DomainEventType>(event: TypedEvent<K>): readonly RowKey[] {
  return handlers[event.type].rowKeys(event.data);
}

/**
 * Applies one event to `rows` (replacing the affected row objects) and returns the key of the row
 * it wrote. Throws ReadModelIntegrityError when the event refers to a record the rows lack.
 */
export function applyEvent<K extends DomainEventType>(rows: ReadModelRows, event: TypedEvent<K>): RowKey {
  return handlers[event.type].apply(rows, event.data);
}
