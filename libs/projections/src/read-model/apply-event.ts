// The projection's handlers (STYLE §8): ONE table with an entry per event type, each holding the
// rows the event touches beside the step that applies it, so the two can never disagree. The
// table is typed by a mapped type over the domain's event types: an event type without an entry,
// or an entry whose data is not its event's, does not compile. It works on an in-memory
// `ReadModelRows` set, so the Postgres projector (which loads the rows a batch touches, applies,
// and upserts them) and the `asOf` fold (which keeps every row in memory) share exactly the same
// row semantics.
import type { DomainEvent, DomainEventType } from '@tracker/domain';
import { canonicalText, DOMAIN_EVENT_TYPES, subdistrictName, yearOf } from '@tracker/domain';
import { searchTextOf } from '../ledgers/search-key';
import type { ActivityRow, ExamShiftRow, ReadModelRows, RecordStamp, ReliefGrantRow, RowKey, RowTypes, TableName } from './rows';

/** What the log says about an event besides its data: the ledgers show who recorded what, and when. */
export interface EventMeta {
  /** Its global position in the log. */
  readonly position: number;
  /** ISO-8601 instant, the server clock. */
  readonly recordedAt: string;
  /** The subject of the token that recorded it. */
  readonly recordedBy: string;
}

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
  readonly apply: (rows: ReadModelRows, data: Data, meta: EventMeta) => RowKey;
}

type HandlerTable = { readonly [K in DomainEventType]: Handler<EventData<K>> };

// What the integrity errors call a record of each table: the admin reads them on 数据处理.
export const RECORD_NAMES: { readonly [T in TableName]: string } = {
  orgUnits: '组织',
  activities: '志愿活动',
  agreements: '党建翼联协议',
  campaigns: '爱心一日捐活动',
  donations: '捐款记录',
  reliefGrants: '帮困记录',
  examShifts: '考务哨兵记录',
  booths: '服务亭',
  boothSessions: '服务记录',
};

// Distinct counts compare canonical text (docs/design.md §6, §8), and a 街道 by its one name. The
// deciders store canonical text since issue 12; events from before keep theirs, so every text
// that is counted is made canonical HERE, once, as the event becomes a row: the live projector,
// a rebuild and `asOf` all see the same values, whenever the event was written.
const t = canonicalText;

const reads = (table: TableName, id: string): RowKey => ({ table, id });

function existing<T extends TableName>(rows: ReadModelRows, table: T, id: string): RowTypes[T] {
  const row = rows[table].get(id);
  if (row === undefined) throw new ReadModelIntegrityError(`统计数据中没有${RECORD_NAMES[table]} ${id}（事件涉及一条从未登记的记录）`);
  return row;
}

function put<T extends TableName>(rows: ReadModelRows, table: T, row: RowTypes[T]): RowKey {
  rows[table].set(row.id, row);
  return { table, id: row.id };
}

/** A new record's stamp: recorded by this event, never corrected yet. */
const stampOf = (meta: EventMeta): RecordStamp => ({ recordedPosition: meta.position, recordedAt: meta.recordedAt, recordedBy: meta.recordedBy, correctedAt: null });

/** A voidable record as it is recorded: counting. */
const counting = { voided: false, voidReason: null, voidedAt: null } as const;

// ---- the shapes of handler the table is made of ----

/**
 * An event that creates a record's row. The row cannot exist yet, so the projector does not look
 * it up; a log that creates it twice is a poison event, never an overwrite.
 */
function creates<T extends TableName, D>(table: T, idOf: (data: D) => string, rowOf: (data: D, stamp: RecordStamp) => RowTypes[T], under?: ParentOf<D>): Handler<D> {
  return {
    rowKeys: (d) => [...parentKeys(under, d), { table, id: idOf(d), creates: true }],
    apply: (rows, d, meta) => {
      if (under) existing(rows, under.table, under.idOf(d));
      const row = rowOf(d, stampOf(meta));
      if (rows[table].has(row.id)) throw new ReadModelIntegrityError(`${RECORD_NAMES[table]} ${row.id} 已经存在（日志把同一条记录登记了两次）`);
      return put(rows, table, row);
    },
  };
}

/** An event that changes an existing row. */
function updates<T extends TableName, D>(
  table: T,
  idOf: (data: D) => string,
  change: (row: RowTypes[T], data: D, meta: EventMeta) => RowTypes[T],
  under?: ParentOf<D>,
): Handler<D> {
  return {
    rowKeys: (d) => [...parentKeys(under, d), reads(table, idOf(d))],
    apply: (rows, d, meta) => put(rows, table, change(existing(rows, table, idOf(d)), d, meta)),
  };
}

/** A correction: its changes laid over the row, whose columns carry the fields' names (see the column mappings), mapped again. */
function corrects<T extends TableName, D extends { readonly changes: object }>(
  table: T,
  idOf: (data: D) => string,
  columns: (fields: RowTypes[T] & D['changes']) => Partial<RowTypes[T]>,
): Handler<D> {
  return updates(table, idOf, (row, d, meta) => ({ ...row, ...columns({ ...row, ...d.changes }), correctedAt: meta.recordedAt }));
}

/** The tables whose records can be voided. */
type VoidableTable = 'activities' | 'reliefGrants' | 'examShifts' | 'boothSessions' | 'donations' | 'campaigns';

/** A void: the row stays, marked with why and when, and counts no more. */
function voids<T extends VoidableTable, D extends { readonly reason: string }>(table: T, idOf: (data: D) => string, under?: ParentOf<D>): Handler<D> {
  return updates(table, idOf, (row, d, meta) => ({ ...row, voided: true, voidReason: d.reason, voidedAt: meta.recordedAt }), under);
}

/**
 * The row a donation or a booth session belongs to: it must exist, and it is loaded with the
 * batch because the child's contribution reads it (the campaign's year, the booth's host).
 */
interface ParentOf<D> {
  readonly table: TableName;
  readonly idOf: (data: D) => string;
}

const parentKeys = <D>(under: ParentOf<D> | undefined, d: D): RowKey[] => (under ? [reads(under.table, under.idOf(d))] : []);

// ---- the column mappings shared by a record's Recorded and Corrected events ----
// A Recorded event gives every field. A correction lays its changes over the row, whose columns
// carry the fields' names (already canonical, and canonical text is its own canonical form), and maps again.

/** The fields of a 志愿服务 volunteer activity that its columns come from. */
type ActivityFields = Pick<ActivityRow, 'organizerId' | 'program' | 'title' | 'startDate' | 'endDate' | 'site' | 'personTimes' | 'timeBasis'> & {
  readonly organizerPath: readonly string[];
  readonly serviceItems: readonly string[];
  /** Absent or null: none. */
  readonly subdistrict?: string | null;
  readonly volunteerHoursHundredths?: number | null;
  readonly beneficiaries?: number | null;
  readonly agreementId?: string | null;
  readonly charitySales?: { readonly transactions: number; readonly amountFen: number; readonly recipient: string } | null;
  // Charity sales arrive as one field and are kept in three columns: a correction that leaves the
  // sales alone passes the row's columns through.
  readonly charitySalesTransactions?: number | null;
  readonly charitySalesAmountFen?: number | null;
  readonly charitySalesRecipient?: string | null;
};

function activityColumns(f: ActivityFields): Omit<ActivityRow, 'id' | keyof RecordStamp | 'voided' | 'voidReason' | 'voidedAt'> {
  const sales = f.charitySales;
  return {
    organizerId: f.organizerId,
    organizerPath: f.organizerPath,
    program: f.program,
    title: f.title,
    startDate: f.startDate,
    endDate: f.endDate,
    year: yearOf(f.startDate),
    site: t(f.site),
    subdistrict: f.subdistrict === undefined || f.subdistrict === null ? null : subdistrictName(f.subdistrict),
    serviceItems: f.serviceItems.map(t),
    personTimes: f.personTimes,
    volunteerHoursHundredths: f.volunteerHoursHundredths ?? null,
    timeBasis: f.timeBasis,
    beneficiaries: f.beneficiaries ?? null,
    agreementId: f.agreementId ?? null,
    charitySalesTransactions: sales === undefined ? (f.charitySalesTransactions ?? null) : (sales?.transactions ?? null),
    charitySalesAmountFen: sales === undefined ? (f.charitySalesAmountFen ?? null) : (sales?.amountFen ?? null),
    charitySalesRecipient: sales === undefined ? (f.charitySalesRecipient ?? null) : (sales?.recipient ?? null),
    searchText: searchTextOf(f.title, f.site),
  };
}

/** 帮困 relief grant (its union never changes, so neither does its search text). */
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

const examShiftColumns = (f: ExamShiftFields): ExamShiftFields & Pick<ExamShiftRow, 'year' | 'searchText'> => ({
  examName: t(f.examName),
  examDate: f.examDate,
  year: yearOf(f.examDate),
  site: t(f.site),
  supporters: f.supporters,
  searchText: searchTextOf(f.examName, f.site),
});

/** A union's records are searched by the union's own name (the last of its path as recorded). */
const unionSearchText = (unionPath: readonly string[]): string => searchTextOf(unionPath.at(-1));

// ---- the table ----

const HANDLERS = {
  OrgUnitRegistered: creates('orgUnits', (d) => d.orgUnitId, (d) => ({ id: d.orgUnitId, parentId: d.parentId ?? null, name: d.name, kind: d.kind, retired: false })),
  OrgUnitRenamed: updates('orgUnits', (d) => d.orgUnitId, (unit, d) => ({ ...unit, name: d.name })),
  OrgUnitRetired: updates('orgUnits', (d) => d.orgUnitId, (unit) => ({ ...unit, retired: true })),

  VolunteerActivityRecorded: creates('activities', (d) => d.activityId, (d, stamp) => ({ id: d.activityId, ...stamp, ...counting, ...activityColumns(d) })),
  VolunteerActivityCorrected: corrects('activities', (d) => d.activityId, activityColumns),
  VolunteerActivityVoided: voids('activities', (d) => d.activityId),

  CoBuildingAgreementSigned: creates(
    'agreements',
    (d) => d.agreementId,
    (d, stamp) => ({
      id: d.agreementId,
      ...stamp,
      branchId: d.branchId,
      branchPath: d.branchPath,
      signedOn: d.signedOn,
      validUntil: d.validUntil ?? null,
      terminatedOn: null,
      terminationReason: null,
      partnerNames: d.partners.map((p) => t(p.name)),
      partnerKinds: d.partners.map((p) => p.kind),
      commitments: d.commitments,
      searchText: searchTextOf(...d.partners.map((p) => p.name)),
    }),
  ),
  CoBuildingAgreementRenewed: updates('agreements', (d) => d.agreementId, (row, d) => ({ ...row, validUntil: d.validUntil })),
  CoBuildingAgreementTerminated: updates('agreements', (d) => d.agreementId, (row, d) => ({ ...row, terminatedOn: d.terminatedOn, terminationReason: d.reason })),

  DonationCampaignLaunched: creates(
    'campaigns',
    (d) => d.campaignId,
    (d, stamp) => ({
      id: d.campaignId,
      ...stamp,
      ...counting,
      name: d.name,
      organizerId: d.organizerId,
      organizerPath: d.organizerPath,
      year: d.year,
      launchedOn: d.launchedOn,
      closed: false,
      closedOn: null,
      searchText: searchTextOf(d.name),
    }),
  ),
  UnionDonationRecorded: creates(
    'donations',
    (d) => d.donationId,
    (d, stamp) => ({
      id: d.donationId,
      ...stamp,
      ...counting,
      campaignId: d.campaignId,
      unionId: d.unionId,
      unionPath: d.unionPath,
      amountFen: d.amountFen,
      donorCount: d.donorCount,
      receivedOn: d.receivedOn,
      searchText: unionSearchText(d.unionPath),
    }),
    { table: 'campaigns', idOf: (d) => d.campaignId },
  ),
  UnionDonationCorrected: updates(
    'donations',
    (d) => d.donationId,
    (row, d, meta) => ({ ...row, amountFen: d.amountFen ?? row.amountFen, donorCount: d.donorCount ?? row.donorCount, correctedAt: meta.recordedAt }),
    { table: 'campaigns', idOf: (d) => d.campaignId },
  ),
  UnionDonationVoided: voids('donations', (d) => d.donationId, { table: 'campaigns', idOf: (d) => d.campaignId }),
  DonationCampaignClosed: updates('campaigns', (d) => d.campaignId, (row, d) => ({ ...row, closed: true, closedOn: d.closedOn })),
  DonationCampaignVoided: voids('campaigns', (d) => d.campaignId),

  ReliefGranted: creates('reliefGrants', (d) => d.grantId, (d, stamp) => ({
    id: d.grantId,
    ...stamp,
    ...counting,
    unionId: d.unionId,
    unionPath: d.unionPath,
    searchText: unionSearchText(d.unionPath),
    ...reliefGrantColumns(d),
  })),
  ReliefGrantCorrected: corrects('reliefGrants', (d) => d.grantId, reliefGrantColumns),
  ReliefGrantVoided: voids('reliefGrants', (d) => d.grantId),

  ExamSentinelShiftRecorded: creates('examShifts', (d) => d.shiftId, (d, stamp) => ({
    id: d.shiftId,
    ...stamp,
    ...counting,
    organizerId: d.organizerId,
    organizerPath: d.organizerPath,
    ...examShiftColumns(d),
  })),
  ExamSentinelShiftCorrected: corrects('examShifts', (d) => d.shiftId, examShiftColumns),
  ExamSentinelShiftVoided: voids('examShifts', (d) => d.shiftId),

  BoothOpened: creates(
    'booths',
    (d) => d.boothId,
    (d, stamp) => ({
      id: d.boothId,
      ...stamp,
      name: d.name,
      kind: d.kind,
      hostId: d.hostId,
      hostPath: d.hostPath,
      subdistrict: subdistrictName(d.subdistrict),
      location: d.location,
      openedOn: d.openedOn,
      closedOn: null,
      searchText: searchTextOf(d.name),
    }),
  ),
  BoothSessionRecorded: creates(
    'boothSessions',
    (d) => d.sessionId,
    (d, stamp) => ({
      id: d.sessionId,
      ...stamp,
      ...counting,
      boothId: d.boothId,
      date: d.date,
      year: yearOf(d.date),
      volunteers: d.volunteers,
      peopleServed: d.peopleServed,
      services: d.services,
    }),
    { table: 'booths', idOf: (d) => d.boothId },
  ),
  BoothSessionVoided: voids('boothSessions', (d) => d.sessionId, { table: 'booths', idOf: (d) => d.boothId }),
  BoothClosed: updates('booths', (d) => d.boothId, (row, d) => ({ ...row, closedOn: d.closedOn })),
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
export function applyEvent<K extends DomainEventType>(rows: ReadModelRows, event: TypedEvent<K>, meta: EventMeta): RowKey {
  return handlers[event.type].apply(rows, event.data, meta);
}
