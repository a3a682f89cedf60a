// The ledgers' statements (docs/design.md §14), each ONE statement (one round trip, one snapshot)
// over the generation schema `s` (quoted). Their text follows the filter's shape (a scope or not, a
// search or not…), so that the planner sees plain conditions and picks the ledger indexes of
// schema.ts; every value travels as a parameter. The scope arrives as the full list of units
// (scopeUnitsStatement): a list the planner can count, where a recursive CTE in the same statement
// made it guess half the year and scan it.
import type { TableName } from '../read-model/rows';
import type { LookAlikeKind } from '../ledgers/look-alike';
import { INCOMPLETE_STREAM_INDEX_YEAR } from './migrations';
import { tableSql } from './row-store';
import { gramsFunction } from './schema';

/** Numbered parameters, added as the statement is written. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** The units of a scope and all their descendants (every unit without a scope): column `units` (text[]). */
export function scopeUnitsStatement(s: string, scope: readonly string[] | undefined): Statement {
  if (scope === undefined) return { sql: `SELECT coalesce(array_agg(id), '{}') AS units FROM ${s}.org_units`, params: [] };
  return {
    sql: `WITH RECURSIVE scope(id) AS (
        SELECT unnest($1::text[])
        UNION
        SELECT o.id FROM ${s}.org_units o JOIN scope ON o.parent_id = scope.id
      )
      SELECT coalesce(array_agg(id), '{}') AS units FROM scope`,
    params: [[...scope]],
  };
}

/** The condition that `column` names a unit of the scope; the list is one parameter, however often it is used. */
function scopeCondition(p: Params, units: readonly string[]): (column: string) => string {
  const list = p.add([...units], '::text[]');
  return (column) => `${column} = ANY(${list})`;
}

/**
 * The search condition on a table's `search_text`: the pieces index (schema.ts) narrows to the
 * records holding every two-character piece of the words, the substring test decides. A single
 * character has no pieces: the substring test alone, on the rows the other conditions leave.
 */
function searchCondition(s: string, p: Params, key: string, column = 'search_text'): string {
  const k = p.add(key, '::text');
  const whole = `strpos(${column}, ${k}) > 0`;
  return Array.from(key).length >= 2 ? `${gramsFunction(s)}(${column}) @> ${gramsFunction(s)}(${k}) AND ${whole}` : whole;
}

/** Whether the generation predates the current shape of the rows (see INCOMPLETE_STREAM_INDEX_YEAR). */
const incomplete = (s: string) => `EXISTS (SELECT 1 FROM ${s}.stream_years WHERE year = ${INCOMPLETE_STREAM_INDEX_YEAR}) AS incomplete`;

export type PagedLedger = 'activities' | 'agreements' | 'reliefGrants' | 'examShifts';

interface PagedLedgerSpec {
  /** The owning unit's column: the scope applies to it. */
  readonly unit: string;
  /** The record's date: the ledger's order, then the creating event's position. */
  readonly date: string;
  readonly voidable: boolean;
  /** The kind's year rule. */
  readonly inYear: (p: Params, year: number) => string;
}

const PAGED_LEDGERS: { readonly [K in PagedLedger]: PagedLedgerSpec } = {
  activities: { unit: 'organizer_id', date: 'start_date', voidable: true, inYear: (p, year) => `year = ${p.add(year)}` },
  reliefGrants: { unit: 'union_id', date: 'granted_on', voidable: true, inYear: (p, year) => `year = ${p.add(year)}` },
  examShifts: { unit: 'organizer_id', date: 'exam_date', voidable: true, inYear: (p, year) => `year = ${p.add(year)}` },
  agreements: {
    unit: 'branch_id',
    date: 'signed_on',
    voidable: false,
    // Active in year Y: signed on or before Y-12-31 and not ended (the earlier of its term and its termination) before Y-01-01 (docs/design.md §3).
    inYear: (p, year) => {
      const ends = 'least(valid_until, terminated_on)';
      return `signed_on <= ${p.add(`${year}-12-31`)} AND (${ends} IS NULL OR ${ends} >= ${p.add(`${year}-01-01`)})`;
    },
  },
};

export interface PagedLedgerQuery {
  readonly year: number;
  /** Every unit of the scope, descendants included (scopeUnitsStatement). */
  readonly units: readonly string[];
  readonly includeVoided: boolean;
  /** A search key (ledgers/search-key.ts), never empty. */
  readonly search: string | undefined;
  /** One record only, by its id. */
  readonly id: string | undefined;
  readonly program: string | undefined;
  readonly after: { readonly date: string; readonly position: number } | undefined;
  /** Rows to fetch: the page plus one, which tells whether another page follows. */
  readonly limit: number;
}

/**
 * One page of a paged ledger and the filter's total: columns `total`, `rows` (json, in order) and
 * `incomplete`. The page merges the units' own first rows: for each unit of the scope, its ledger
 * index yields its next `limit` rows already in order, and the page is the first `limit` of those,
 * so a page reads at most units × limit rows however many the year holds. The total counts them all.
 */
export function pagedLedgerStatement(s: string, kind: PagedLedger, q: PagedLedgerQuery): Statement {
  const spec = PAGED_LEDGERS[kind];
  const table = tableSql(kind);
  const p = new Params();
  const rest = [
    spec.inYear(p, q.year),
    ...(spec.voidable && !q.includeVoided ? ['NOT voided'] : []),
    ...(q.program === undefined ? [] : [`program = ${p.add(q.program)}`]),
    ...(q.search === undefined ? [] : [searchCondition(s, p, q.search)]),
    ...(q.id === undefined ? [] : [`id = ${p.add(q.id)}`]),
  ];
  const units = p.add([...q.units], '::text[]');
  const after = q.after === undefined ? [] : [`(${spec.date}, recorded_position) > (${p.add(q.after.date, '::text')}, ${p.add(q.after.position, '::bigint')})`];
  const limit = p.add(q.limit);
  const order = `${spec.date}, recorded_position`;
  const sql = `SELECT (SELECT count(*)::int FROM ${s}."${table.name}" WHERE ${[`${spec.unit} = ANY(${units})`, ...rest].join(' AND ')}) AS total,
      (SELECT coalesce(json_agg(page ORDER BY page.${spec.date}, page.recorded_position), '[]') FROM (
         SELECT own.* FROM unnest(${units}) AS unit(id)
         CROSS JOIN LATERAL (
           SELECT ${table.columns} FROM ${s}."${table.name}" WHERE ${[`${spec.unit} = unit.id`, ...rest, ...after].join(' AND ')}
           ORDER BY ${order} LIMIT ${limit}) own
         ORDER BY own.${spec.date}, own.recorded_position LIMIT ${limit}) page) AS rows,
      ${incomplete(s)}`;
  return { sql, params: p.values };
}

export interface ExportLedgerQuery {
  readonly year: number;
  readonly units: readonly string[];
}

/** The rules a paged ledger's export applies (year, voided left out, scope), for its key scan and again for each batch. */
function exportConditions(p: Params, spec: PagedLedgerSpec, q: ExportLedgerQuery): string[] {
  return [spec.inYear(p, q.year), ...(spec.voidable ? ['NOT voided'] : []), `${spec.unit} = ANY(${p.add([...q.units], '::text[]')})`];
}

/**
 * A paged ledger's whole year for an export (the Excel workbook), by the same rules as the pages
 * (year, scope, voided left out), in the same order: first only the ids, in order, from ONE scan of
 * the year (columns `ids` (text[]) and `incomplete`); the rows then come a batch of ids at a time
 * (exportBatchStatement). A keyset page per read rescanned and resorted the whole year each time,
 * which made small reads slow and large reads heavy in memory.
 */
export function exportKeysStatement(s: string, kind: PagedLedger, q: ExportLedgerQuery): Statement {
  const spec = PAGED_LEDGERS[kind];
  const p = new Params();
  const sql = `SELECT (SELECT coalesce(array_agg(id ORDER BY ${spec.date}, recorded_position), '{}')
      FROM ${s}."${tableSql(kind).name}" WHERE ${exportConditions(p, spec, q).join(' AND ')}) AS ids,
    ${incomplete(s)}`;
  return { sql, params: p.values };
}

/**
 * The rows of a batch of exportKeysStatement's ids, in the ledger's order, the rules applied again
 * (a record voided or moved out of scope since the key scan is left out): one result row per
 * record, column `row` (json). Not one json_agg: a batch as one large text is allocated where only
 * a full collection frees it, and a year of batches piled up there.
 */
export function exportBatchStatement(s: string, kind: PagedLedger, q: ExportLedgerQuery & { readonly ids: readonly string[] }): Statement {
  const spec = PAGED_LEDGERS[kind];
  const table = tableSql(kind);
  const p = new Params();
  const where = [`id = ANY(${p.add([...q.ids], '::text[]')})`, ...exportConditions(p, spec, q)];
  const sql = `SELECT to_json(batch) AS row FROM (SELECT ${table.columns} FROM ${s}."${table.name}" WHERE ${where.join(' AND ')}) batch
    ORDER BY batch.${spec.date}, batch.recorded_position`;
  return { sql, params: p.values };
}

/** The kinds an export lists beside their parent record: donations by campaign, sessions by booth. */
export type GroupedExport = 'donations' | 'boothSessions';

interface GroupedExportSpec {
  readonly parent: 'campaigns' | 'booths';
  readonly parentKey: string;
  /** The parent's order, then the child's, as the ledger lists them (donationCampaigns, booths). */
  readonly order: string;
  /** Which parents and children the year and scope list, on `p` (parent) and `c` (child). */
  readonly listed: (params: Params, year: number, units: readonly string[]) => string;
}

const GROUPED_EXPORTS: { readonly [K in GroupedExport]: GroupedExportSpec } = {
  // A donation is seen from its campaign organizer's scope and from its own union's.
  donations: {
    parent: 'campaigns',
    parentKey: 'campaign_id',
    order: 'p.launched_on, p.recorded_position, c.received_on, c.recorded_position',
    listed: (params, year, units) => {
      const list = params.add([...units], '::text[]');
      return `p.year = ${params.add(year)} AND NOT p.voided AND NOT c.voided AND (p.organizer_id = ANY(${list}) OR c.union_id = ANY(${list}))`;
    },
  },
  // The booths of the units in scope open at some time in the year, with the year's sessions.
  boothSessions: {
    parent: 'booths',
    parentKey: 'booth_id',
    order: 'p.opened_on, p.recorded_position, c.date, c.recorded_position',
    listed: (params, year, units) =>
      `p.opened_on <= ${params.add(`${year}-12-31`)} AND (p.closed_on IS NULL OR p.closed_on >= ${params.add(`${year}-01-01`)})
       AND p.host_id = ANY(${params.add([...units], '::text[]')}) AND c.year = ${params.add(year)} AND NOT c.voided`,
  },
};

/** A grouped export's ids in the ledger's order, as exportKeysStatement: columns `ids` and `incomplete`. */
export function groupedExportKeysStatement(s: string, kind: GroupedExport, q: ExportLedgerQuery): Statement {
  const spec = GROUPED_EXPORTS[kind];
  const p = new Params();
  const sql = `SELECT (SELECT coalesce(array_agg(c.id ORDER BY ${spec.order}), '{}')
      FROM ${s}."${tableSql(kind).name}" c JOIN ${s}."${tableSql(spec.parent).name}" p ON p.id = c.${spec.parentKey}
      WHERE ${spec.listed(p, q.year, q.units)}) AS ids,
    ${incomplete(s)}`;
  return { sql, params: p.values };
}

/**
 * A batch of a grouped export's ids with their parents, in the ledger's order, the rules applied
 * again: one result row per record, columns `row` and `parent` (json), as exportBatchStatement.
 */
export function groupedExportBatchStatement(s: string, kind: GroupedExport, q: ExportLedgerQuery & { readonly ids: readonly string[] }): Statement {
  const spec = GROUPED_EXPORTS[kind];
  const child = tableSql(kind);
  const parent = tableSql(spec.parent);
  const p = new Params();
  const ids = p.add([...q.ids], '::text[]');
  const sql = `SELECT to_json(c) AS row, to_json(p) AS parent
    FROM (SELECT ${child.columns} FROM ${s}."${child.name}" WHERE id = ANY(${ids})) c
    JOIN (SELECT ${parent.columns} FROM ${s}."${parent.name}") p ON p.id = c.${spec.parentKey}
    WHERE ${spec.listed(p, q.year, q.units)}
    ORDER BY ${spec.order}`;
  return { sql, params: p.values };
}

export interface ListedLedgerQuery {
  readonly year: number;
  /** Every unit of the scope, descendants included (scopeUnitsStatement). */
  readonly units: readonly string[];
  readonly includeVoided: boolean;
  readonly search: string | undefined;
  /** One campaign or booth only, by its id. */
  readonly id: string | undefined;
}

/**
 * 爱心一日捐: the year's campaigns and their donations, each flagged with what the listing rule
 * needs (whose scope it is in, whether it matches the search): columns `campaigns`, `donations`
 * (json, in ledger order) and `incomplete`. ledger-queries.ts applies the rule.
 */
export function campaignLedgerStatement(s: string, q: ListedLedgerQuery): Statement {
  const campaigns = tableSql('campaigns');
  const donations = tableSql('donations');
  const p = new Params();
  const inScope = scopeCondition(p, q.units);
  const matches = q.search === undefined ? 'true' : searchCondition(s, p, q.search);
  const live = q.includeVoided ? '' : ' AND NOT voided';
  const sql = `WITH
    listed AS (
      SELECT ${campaigns.columns}, ${inScope('organizer_id')} AS organizer_in_scope, ${matches} AS matches
      FROM ${s}."${campaigns.name}" WHERE year = ${p.add(q.year)}${live}${q.id === undefined ? '' : ` AND id = ${p.add(q.id)}`}),
    given AS (
      SELECT ${donations.columns}, ${inScope('union_id')} AS union_in_scope, ${matches} AS matches
      FROM ${s}."${donations.name}" WHERE campaign_id IN (SELECT id FROM listed)${live})
    SELECT (SELECT coalesce(json_agg(c ORDER BY c.launched_on, c.recorded_position), '[]') FROM listed c) AS campaigns,
      (SELECT coalesce(json_agg(d ORDER BY d.received_on, d.recorded_position), '[]') FROM given d) AS donations,
      ${incomplete(s)}`;
  return { sql, params: p.values };
}

/**
 * Hello老友亭: the booths of the units in scope open at some time in the year (matching the search
 * by name), with the year's sessions: columns `booths`, `sessions` (json, in ledger order) and `incomplete`.
 */
export function boothLedgerStatement(s: string, q: ListedLedgerQuery): Statement {
  const booths = tableSql('booths');
  const sessions = tableSql('boothSessions');
  const p = new Params();
  const inScope = scopeCondition(p, q.units);
  const where = [
    `opened_on <= ${p.add(`${q.year}-12-31`)}`,
    `(closed_on IS NULL OR closed_on >= ${p.add(`${q.year}-01-01`)})`,
    inScope('host_id'),
    ...(q.search === undefined ? [] : [searchCondition(s, p, q.search)]),
    ...(q.id === undefined ? [] : [`id = ${p.add(q.id)}`]),
  ].join(' AND ');
  const sql = `WITH
    booths_open AS (SELECT ${booths.columns} FROM ${s}."${booths.name}" WHERE ${where}),
    staffed AS (
      SELECT ${sessions.columns} FROM ${s}."${sessions.name}"
      WHERE booth_id IN (SELECT id FROM booths_open) AND year = ${p.add(q.year)}${q.includeVoided ? '' : ' AND NOT voided'})
    SELECT (SELECT coalesce(json_agg(b ORDER BY b.opened_on, b.recorded_position), '[]') FROM booths_open b) AS booths,
      (SELECT coalesce(json_agg(x ORDER BY x.date, x.recorded_position), '[]') FROM staffed x) AS sessions,
      ${incomplete(s)}`;
  return { sql, params: p.values };
}

interface LookAlikeColumns {
  /** The columns of a look-alike key's `owner`, in its order. */
  readonly owner: readonly string[];
  readonly date: string;
  /** The table has a `year` column leading its ledger index: the year of the date narrows the lookup to it. */
  readonly byYear: boolean;
  readonly voidable: boolean;
}

/** Where each kind's look-alikes are looked up (ledgers/look-alike.ts decides which of those are). */
const LOOK_ALIKE_COLUMNS: { readonly [K in LookAlikeKind]: LookAlikeColumns } = {
  activities: { owner: ['organizer_id'], date: 'start_date', byYear: true, voidable: true },
  examShifts: { owner: ['organizer_id'], date: 'exam_date', byYear: true, voidable: true },
  reliefGrants: { owner: ['union_id'], date: 'granted_on', byYear: true, voidable: true },
  donations: { owner: ['campaign_id', 'union_id'], date: 'received_on', byYear: false, voidable: true },
  boothSessions: { owner: ['booth_id'], date: 'date', byYear: true, voidable: true },
  booths: { owner: ['host_id'], date: 'opened_on', byYear: false, voidable: false },
  agreements: { owner: ['branch_id'], date: 'signed_on', byYear: false, voidable: false },
  campaigns: { owner: ['organizer_id'], date: 'launched_on', byYear: false, voidable: true },
};

/**
 * The records of `kind` kept (not voided) for the given owners and dates: the rows ledgers/look-alike.ts
 * compares candidates with. Each key is its owner's values and its date.
 */
export function lookAlikeStatement(s: string, kind: LookAlikeKind & TableName, keys: readonly { readonly owner: readonly string[]; readonly date: string }[]): Statement {
  const spec = LOOK_ALIKE_COLUMNS[kind];
  const table = tableSql(kind);
  const p = new Params();
  const columns = [...(spec.byYear ? ['year'] : []), ...spec.owner, spec.date];
  const lists = [
    ...(spec.byYear ? [p.add(keys.map((k) => Number(k.date.slice(0, 4))), '::int[]')] : []),
    ...spec.owner.map((_, i) => p.add(keys.map((k) => k.owner[i] ?? ''), '::text[]')),
    p.add(keys.map((k) => k.date), '::text[]'),
  ];
  // `IS NOT TRUE`: a generation that predates the void columns holds NULL for records never voided.
  const live = spec.voidable ? ' AND voided IS NOT TRUE' : '';
  const sql = `SELECT ${table.columns} FROM ${s}."${table.name}" WHERE (${columns.join(', ')}) IN (SELECT * FROM unnest(${lists.join(', ')}))${live}`;
  return { sql, params: p.values };
}

/** The year of each campaign named (columns `id`, `year`): the year its donations are listed in. */
export function campaignYearsStatement(s: string, campaignIds: readonly string[]): Statement {
  const p = new Params();
  return { sql: `SELECT id, year FROM ${s}."${tableSql('campaigns').name}" WHERE id = ANY(${p.add([...campaignIds], '::text[]')})`, params: p.values };
}

export interface ActivityMonthsQuery {
  readonly year: number;
  /** Every unit of the scope, descendants included (scopeUnitsStatement). */
  readonly units: readonly string[];
}

/**
 * 志愿服务 by month: the year's activities that count (voided ones left out) in the scope, by the
 * month of their start date, with their 人次. Columns `months` (json [{month, count, person_times}],
 * months without activities absent) and `incomplete`. The year's own index (year, organizer_id…) serves it.
 */
export function activityMonthsStatement(s: string, q: ActivityMonthsQuery): Statement {
  const p = new Params();
  const where = [`year = ${p.add(q.year)}`, 'NOT voided', `organizer_id = ANY(${p.add([...q.units], '::text[]')})`];
  const sql = `SELECT (SELECT coalesce(json_agg(m ORDER BY m.month), '[]') FROM (
      SELECT substr(start_date, 6, 2)::int AS month, count(*)::int AS count, coalesce(sum(person_times), 0)::int AS person_times
      FROM ${s}."volunteer_activities" WHERE ${where.join(' AND ')} GROUP BY 1) m) AS months,
    ${incomplete(s)}`;
  return { sql, params: p.values };
}
