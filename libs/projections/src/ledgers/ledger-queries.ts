// 台账 ledgers (docs/design.md §14): every kind of record listed, filtered and paged from the read
// model's rows (never the log), in a stable order: the record's own date, then the log position of
// the event that created it. Callers pass the scope they checked (the units, descendants included);
// records count for the unit that owns them NOW, as in the totals, and a donation is seen from its
// campaign organizer's scope and from its own union's.
import { ValidationError } from '@tracker/domain';
import type { DataSource } from 'typeorm';
import type { ReadModelRows, RowTypes } from '../read-model/rows';
import { emptyRows } from '../read-model/rows';
import { activeGeneration, isGenerationGone, readActiveGeneration } from '../postgres/active-generation';
import type { GroupedExport, PagedLedger, Statement } from '../postgres/ledger-sql';
import { activityMonthsStatement, boothLedgerStatement, campaignLedgerStatement, campaignYearsStatement, exportBatchStatement, exportKeysStatement, groupedExportBatchStatement, groupedExportKeysStatement, lookAlikeStatement, pagedLedgerStatement, scopeUnitsStatement } from '../postgres/ledger-sql';
import { addRecords } from '../postgres/row-store';
import { generationSchema, PROJECTION_NAME } from '../postgres/schema';
import { decodeCursor, encodeCursor } from './ledger-cursor';
import type {
  ActivityLedgerFilter,
  ActivityMonth,
  ActivityRow,
  AgreementRow,
  BoothLedgerEntry,
  CampaignLedgerEntry,
  ExamShiftRow,
  ExportedBoothSession,
  ExportedDonation,
  LedgerFilter,
  LedgerPage,
  PageRequest,
  ReliefGrantRow,
} from './ledger-types';
import { LEDGER_PAGE_DEFAULT, LEDGER_PAGE_MAX } from './ledger-types';
import type { KeptRecord, LookAlike, LookAlikeCandidate, LookAlikeKind } from './look-alike';
import { candidateOf, keyText, lookAlikeDate, lookAlikeKey, lookAlikeWarning, lookAlikeYear } from './look-alike';
import { searchKey } from './search-key';

/**
 * The read model predates the ledgers' columns and is being rebuilt (the upgrade's rebuild at
 * start): its rows cannot answer yet. Nothing is wrong with the request; it answers once the rebuild switches.
 */
export class LedgerRebuildingError extends Error {
  override readonly name = 'LedgerRebuildingError';
  readonly code = 'READ_MODEL_REBUILDING';
  constructor() {
    super('台账正在随系统升级重建，暂时无法查询，请几分钟后再试；年度汇总不受影响');
  }
}

export interface LedgerQueriesOptions {
  readonly dataSource: DataSource;
  readonly name?: string;
}

/**
 * Rows per read of an export. Small, so that a read's rows are written and gone before the
 * collector has to move them out of the young generation (2,000 cost the api ~100 MB of RSS at 100,000 records).
 */
const EXPORT_BATCH_ROWS = 100;

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The record's date in each paged ledger's order. */
const DATE_OF = {
  activities: (row: ActivityRow) => row.startDate,
  agreements: (row: AgreementRow) => row.signedOn,
  reliefGrants: (row: ReliefGrantRow) => row.grantedOn,
  examShifts: (row: ExamShiftRow) => row.examDate,
} as const;

export class LedgerQueries {
  private readonly name: string;

  constructor(private readonly options: LedgerQueriesOptions) {
    this.name = options.name ?? PROJECTION_NAME;
  }

  /** 志愿服务: activities of the year (by start date), optionally of one programme. */
  async volunteerActivities(filter: ActivityLedgerFilter, page: PageRequest = {}): Promise<LedgerPage<ActivityRow>> {
    const rows = await this.page('activities', filter, page, filter.program);
    return pageOf(rows.result, [...rows.rows.activities.values()], DATE_OF.activities, rows.limit);
  }

  /**
   * 志愿服务 month by month: for each month of the year (1 to 12, every one listed), the activities
   * that count in the scope and their 人次, by start date: 首页's chart, never a year of rows.
   */
  async volunteerActivityMonths(filter: Pick<LedgerFilter, 'year' | 'scope'>): Promise<ActivityMonth[]> {
    const year = checkYear(filter.year);
    const [result] = await this.run<{ months: { month: number; count: number; person_times: number }[] }>(filter.scope, (s, units) => activityMonthsStatement(s, { year, units }));
    const byMonth = new Map(result.months.map((m) => [m.month, m]));
    return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: byMonth.get(i + 1)?.count ?? 0, personTimes: byMonth.get(i + 1)?.person_times ?? 0 }));
  }

  /** 党建翼联: agreements active in the year (by signing date). */
  async coBuildingAgreements(filter: LedgerFilter, page: PageRequest = {}): Promise<LedgerPage<AgreementRow>> {
    const rows = await this.page('agreements', filter, page);
    return pageOf(rows.result, [...rows.rows.agreements.values()], DATE_OF.agreements, rows.limit);
  }

  /** 帮困: grants of the year (by grant date). The caller checks the role: relief is for TREASURER, COMPILER and ADMIN only. */
  async reliefGrants(filter: LedgerFilter, page: PageRequest = {}): Promise<LedgerPage<ReliefGrantRow>> {
    const rows = await this.page('reliefGrants', filter, page);
    return pageOf(rows.result, [...rows.rows.reliefGrants.values()], DATE_OF.reliefGrants, rows.limit);
  }

  /** 考务哨兵: shifts of the year (by exam date). */
  async examSentinelShifts(filter: LedgerFilter, page: PageRequest = {}): Promise<LedgerPage<ExamShiftRow>> {
    const rows = await this.page('examShifts', filter, page);
    return pageOf(rows.result, [...rows.rows.examShifts.values()], DATE_OF.examShifts, rows.limit);
  }

  /**
   * 爱心一日捐: the campaigns of the year (their own `year`) with the donations the scope sees: all
   * of them when the organizer is in scope, else those of the unions in scope. A search matches
   * the campaign's name (then all its donations are listed) or a donating union's name (then those donations).
   */
  async donationCampaigns(filter: LedgerFilter): Promise<CampaignLedgerEntry[]> {
    const search = searchOf(filter);
    const year = checkYear(filter.year);
    const [result] = await this.run<{ campaigns: Flagged[]; donations: Flagged[] }>(filter.scope, (s, units) =>
      campaignLedgerStatement(s, { year, units, includeVoided: filter.includeVoided === true, search, id: filter.id }),
    );
    const rows = emptyRows();
    addRecords('campaigns', result.campaigns, rows);
    addRecords('donations', result.donations, rows);
    const flags = new Map([...result.campaigns, ...result.donations].map((r) => [String(r['id']), r]));
    const entries: CampaignLedgerEntry[] = [];
    for (const campaign of rows.campaigns.values()) {
      const flagged = flags.get(campaign.id);
      const organizerInScope = flagged?.['organizer_in_scope'] === true;
      const seen = [...rows.donations.values()].filter((d) => d.campaignId === campaign.id && (organizerInScope || flags.get(d.id)?.['union_in_scope'] === true));
      const campaignMatches = flagged?.['matches'] === true;
      const listed = search === undefined || campaignMatches ? seen : seen.filter((d) => flags.get(d.id)?.['matches'] === true);
      const visible = organizerInScope || seen.length > 0;
      if (visible && (search === undefined || campaignMatches || listed.length > 0)) entries.push({ campaign, donations: listed });
    }
    return entries;
  }

  /** Hello老友亭: the booths of the units in scope open at some time in the year, with the year's sessions. */
  async booths(filter: LedgerFilter): Promise<BoothLedgerEntry[]> {
    const year = checkYear(filter.year);
    const [result] = await this.run<{ booths: Flagged[]; sessions: Flagged[] }>(filter.scope, (s, units) =>
      boothLedgerStatement(s, { year, units, includeVoided: filter.includeVoided === true, search: searchOf(filter), id: filter.id }),
    );
    const rows = emptyRows();
    addRecords('booths', result.booths, rows);
    addRecords('boothSessions', result.sessions, rows);
    const sessions = [...rows.boothSessions.values()];
    return [...rows.booths.values()].map((booth) => ({ booth, sessions: sessions.filter((s) => s.boothId === booth.id) }));
  }

  /**
   * For each candidate (in order), the records kept that it looks like (ledgers/look-alike.ts), with
   * the Chinese warning naming each. Voided records are not kept; ids in `exclude` (the candidate
   * itself, once recorded) never match. The import's dry run asks for a whole sheet at once.
   */
  async lookAlikes(candidates: readonly LookAlikeCandidate[], exclude: ReadonlySet<string> = new Set()): Promise<LookAlike[][]> {
    const kinds = [...new Set(candidates.map((c) => c.kind))];
    const kept = new Map<string, KeptRecord[]>();
    const campaignYears = new Map<string, number>();
    for (const kind of kinds) {
      const keys = candidates.filter((c) => c.kind === kind).map(lookAlikeKey);
      const rows = emptyRows();
      await readActiveGeneration(this.options.dataSource.manager, this.name, async (generation) => {
        const s = `"${generationSchema(generation)}"`;
        const { sql, params } = lookAlikeStatement(s, kind, keys);
        addRecords(kind, (await this.options.dataSource.query(sql, [...params])) as Record<string, unknown>[], rows);
        // A donation is listed in its campaign's year, which its own row does not hold.
        if (kind === 'donations' && rows.donations.size > 0) {
          const years = campaignYearsStatement(s, [...new Set([...rows.donations.values()].map((donation) => donation.campaignId))]);
          for (const { id, year } of (await this.options.dataSource.query(years.sql, [...years.params])) as { id: string; year: number }[]) campaignYears.set(id, year);
        }
      });
      for (const record of keptOf(kind, rows)) {
        if (exclude.has(record.row.id)) continue;
        const key = `${kind}\u0000${keyText(lookAlikeKey(candidateOf(record)))}`;
        kept.set(key, [...(kept.get(key) ?? []), record]);
      }
    }
    return candidates.map((candidate) =>
      (kept.get(`${candidate.kind}\u0000${keyText(lookAlikeKey(candidate))}`) ?? []).map((record) => ({
        kind: record.kind,
        id: record.row.id,
        date: lookAlikeDate(record),
        year: lookAlikeYear(record, campaignYears),
        warning: lookAlikeWarning(record),
      })),
    );
  }

  /** The look-alikes of one record just written (itself excluded): what its payload says. */
  async lookAlikesOf(candidate: LookAlikeCandidate, ownId: string): Promise<LookAlike[]> {
    const [found] = await this.lookAlikes([candidate], new Set([ownId]));
    return found ?? [];
  }

  /**
   * A paged ledger's whole year, for an export: the rows `pages` would list (voided ones left out),
   * in the same order, `EXPORT_BATCH_ROWS` at a time: the ids in order from one scan, then the rows
   * a batch of ids at a time (see exportKeysStatement).
   */
  async *exportRows<Kind extends PagedLedger>(kind: Kind, filter: LedgerFilter): AsyncGenerator<RowTypes[Kind][]> {
    const year = checkYear(filter.year);
    const batches = this.exportBatches<{ row: Flagged }>(
      filter.scope,
      (s, units) => exportKeysStatement(s, kind, { year, units }),
      (s, units, ids) => exportBatchStatement(s, kind, { year, units, ids }),
    );
    for await (const fetched of batches) {
      const rows = emptyRows();
      addRecords(
        kind,
        fetched.map((r) => r.row),
        rows,
      );
      yield [...rows[kind].values()];
    }
  }

  /** 爱心一日捐 for an export: the donations `donationCampaigns` lists (no search), each beside its campaign, in its order, a batch at a time. */
  async *exportDonations(filter: LedgerFilter): AsyncGenerator<ExportedDonation[]> {
    for await (const rows of this.exportGrouped('donations', filter)) {
      yield [...rows.donations.values()].map((donation) => ({ campaign: parentOf(rows.campaigns, donation.campaignId), donation }));
    }
  }

  /** Hello老友亭 for an export: the sessions `booths` lists (no search), each beside its booth, in its order, a batch at a time. */
  async *exportBoothSessions(filter: LedgerFilter): AsyncGenerator<ExportedBoothSession[]> {
    for await (const rows of this.exportGrouped('boothSessions', filter)) {
      yield [...rows.boothSessions.values()].map((session) => ({ booth: parentOf(rows.booths, session.boothId), session }));
    }
  }

  private async *exportGrouped(kind: GroupedExport, filter: LedgerFilter): AsyncGenerator<ReadModelRows> {
    const year = checkYear(filter.year);
    const parent = kind === 'donations' ? 'campaigns' : 'booths';
    const batches = this.exportBatches<{ row: Flagged; parent: Flagged }>(
      filter.scope,
      (s, units) => groupedExportKeysStatement(s, kind, { year, units }),
      (s, units, ids) => groupedExportBatchStatement(s, kind, { year, units, ids }),
    );
    for await (const fetched of batches) {
      const rows = emptyRows();
      addRecords(
        parent,
        fetched.map((r) => r.parent),
        rows,
      );
      addRecords(
        kind,
        fetched.map((r) => r.row),
        rows,
      );
      yield rows;
    }
  }

  /**
   * An export's rows, `EXPORT_BATCH_ROWS` at a time: the ids in order from one scan (`keys`), then
   * each batch of ids (`batch`). The generation and the scope's units are read once; a batch reads
   * that generation, or the next one if a rebuild's switch dropped it meanwhile.
   */
  private async *exportBatches<Row>(
    scope: readonly string[] | undefined,
    keys: (schema: string, units: readonly string[]) => Statement,
    batch: (schema: string, units: readonly string[], ids: readonly string[]) => Statement,
  ): AsyncGenerator<Row[]> {
    const manager = this.options.dataSource.manager;
    let on = await this.exportContext(scope);
    const [found] = (await manager.query(...sqlOf(keys(on.schema, on.units)))) as { ids: string[]; incomplete: boolean }[];
    if (!found) throw new Error('a ledger statement returned no row');
    if (found.incomplete) throw new LedgerRebuildingError();
    for (let from = 0; from < found.ids.length; from += EXPORT_BATCH_ROWS) {
      const ids = found.ids.slice(from, from + EXPORT_BATCH_ROWS);
      const read = async () => (await manager.query(...sqlOf(batch(on.schema, on.units, ids)))) as Row[];
      yield await read().catch(async (error: unknown) => {
        if (!isGenerationGone(error)) throw error;
        on = await this.exportContext(scope);
        return read();
      });
    }
  }

  /** The active generation's schema and the scope's units (descendants included), for an export's reads. */
  private async exportContext(scope: readonly string[] | undefined): Promise<{ schema: string; units: readonly string[] }> {
    const manager = this.options.dataSource.manager;
    const schema = `"${generationSchema(await activeGeneration(manager, this.name))}"`;
    const unitsOf = scopeUnitsStatement(schema, scope);
    const units = ((await manager.query(unitsOf.sql, [...unitsOf.params])) as { units: string[] }[])[0]?.units ?? [];
    return { schema, units };
  }

  // ---- the paged ledgers ----

  private async page(kind: PagedLedger, filter: LedgerFilter, page: PageRequest, program?: string): Promise<{ result: PagedResult; rows: ReadModelRows; limit: number }> {
    const limit = checkFirst(page.first);
    const year = checkYear(filter.year);
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    const [result] = await this.run<PagedResult>(filter.scope, (s, units) =>
      pagedLedgerStatement(s, kind, { year, units, includeVoided: filter.includeVoided === true, search: searchOf(filter), id: filter.id, program, after, limit: limit + 1 }),
    );
    const rows = emptyRows();
    addRecords(kind, result.rows, rows);
    return { result, rows, limit };
  }

  /**
   * Runs a ledger statement on the active generation, with the scope's units (descendants
   * included) listed first; refuses while that generation predates the ledgers' columns.
   */
  private async run<R>(scope: readonly string[] | undefined, statement: (schema: string, units: readonly string[]) => Statement): Promise<[R]> {
    const manager = this.options.dataSource.manager;
    const [result] = await readActiveGeneration(manager, this.name, async (generation) => {
      const s = `"${generationSchema(generation)}"`;
      // The scope's units first, as a list the planner can count (see postgres/ledger-sql.ts).
      const unitsOf = scopeUnitsStatement(s, scope);
      const units = ((await manager.query(unitsOf.sql, [...unitsOf.params])) as { units: string[] }[])[0]?.units ?? [];
      const { sql, params } = statement(s, units);
      return (await manager.query(sql, [...params])) as (R & { incomplete: boolean })[];
    });
    if (!result) throw new Error('a ledger statement returned no row');
    if (result.incomplete) throw new LedgerRebuildingError();
    return [result];
  }
}

function parentOf<Row>(parents: ReadonlyMap<string, Row>, id: string): Row {
  const parent = parents.get(id);
  if (parent === undefined) throw new Error(`an export's batch lacks the parent ${id}`);
  return parent;
}

/** A statement as the arguments of `manager.query`. */
const sqlOf = ({ sql, params }: Statement): [string, unknown[]] => [sql, [...params]];

/** Every row of a paged ledger, page after page (for exports: whole years, in the ledger's order). */
export async function* eachLedgerRow<Row>(fetch: (page: PageRequest) => Promise<LedgerPage<Row>>): AsyncGenerator<Row> {
  for (let after: string | undefined; ; ) {
    const page = await fetch({ first: LEDGER_PAGE_MAX, ...(after === undefined ? {} : { after }) });
    for (const edge of page.edges) yield edge.node;
    if (!page.hasNextPage || page.endCursor === null) return;
    after = page.endCursor;
  }
}

type Flagged = Record<string, unknown>;

interface PagedResult {
  readonly total: number;
  readonly rows: Flagged[];
}

function pageOf<Row extends { readonly recordedPosition: number }>(result: PagedResult, fetched: readonly Row[], dateOf: (row: Row) => string, limit: number): LedgerPage<Row> {
  const rows = fetched.slice(0, limit);
  const edges = rows.map((node) => ({ cursor: encodeCursor({ date: dateOf(node), position: node.recordedPosition }), node }));
  return { edges, hasNextPage: fetched.length > limit, endCursor: edges.at(-1)?.cursor ?? null, totalCount: result.total };
}

/** The rows of a look-alike kind, each with its kind. */
function keptOf(kind: LookAlikeKind, rows: ReadModelRows): KeptRecord[] {
  switch (kind) {
    case 'activities':
      return [...rows.activities.values()].map((row) => ({ kind, row }));
    case 'examShifts':
      return [...rows.examShifts.values()].map((row) => ({ kind, row }));
    case 'reliefGrants':
      return [...rows.reliefGrants.values()].map((row) => ({ kind, row }));
    case 'donations':
      return [...rows.donations.values()].map((row) => ({ kind, row }));
    case 'boothSessions':
      return [...rows.boothSessions.values()].map((row) => ({ kind, row }));
    case 'booths':
      return [...rows.booths.values()].map((row) => ({ kind, row }));
    case 'agreements':
      return [...rows.agreements.values()].map((row) => ({ kind, row }));
    case 'campaigns':
      return [...rows.campaigns.values()].map((row) => ({ kind, row }));
    default:
      return assertNever(kind);
  }
}

function assertNever(kind: never): never {
  throw new Error(`unknown ledger kind ${String(kind)}`);
}

/** The search key of the filter; none for words that are only spaces. */
function searchOf(filter: LedgerFilter): string | undefined {
  const key = filter.search === undefined ? '' : searchKey(filter.search);
  return key === '' ? undefined : key;
}

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw ValidationError.of('filter.year', `年份须为 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间的整数`);
  return year;
}

function checkFirst(first: number | undefined): number {
  if (first === undefined) return LEDGER_PAGE_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > LEDGER_PAGE_MAX) throw ValidationError.of('first', `每页条数须为 1 至 ${LEDGER_PAGE_MAX} 之间的整数`);
  return first;
}
