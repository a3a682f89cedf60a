// Set-based persistence of a batch: the rows a batch touches are loaded with ONE query per table
// and written back with ONE `INSERT … SELECT FROM json_populate_recordset(…)` per table, and the
// section totals move by one statement per summary table. Column names and types come from the
// TypeORM mappings (entities.ts), so the mapping stays the single description of each table.
// Runs inside the projector's transaction with the generation's schema first on the search_path.
//
// Why not TypeORM's find/upsert: they build one bound parameter per row and column (75,000 for a
// 5,000-row batch, chunked to stay under Postgres' 65,535 limit) and spent most of a rebuild in
// query building; one json parameter per table is the same whatever the batch size.
import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';
import type { ReadModelRows, RowKey, TableName } from '../read-model/rows';
import { RECORD_NAMES, ReadModelIntegrityError } from '../read-model/apply-event';
import type { StreamYear } from '../read-model/apply-batch';
import type { MutableCountedRows, TotalsDelta } from '../read-model/section-totals';
import { COUNTED_FIELDS } from '../read-model/section-totals';
import type { ClosedVersion, VersionStart } from '../read-model/versions';
import { versionKey } from '../read-model/versions';
import { ENTITY_OF } from './entities';
import { VERSION_COLUMNS, versionsTable } from './schema';
import { copyLines } from './copy-from';

interface ColumnMapping {
  readonly property: string;
  readonly column: string;
  /** bigint arrives from pg as a string; amounts stay far below 2^53, so a number is exact. */
  readonly bigint: boolean;
}

interface TableMapping {
  readonly table: string;
  readonly columns: readonly ColumnMapping[];
  /** The id and the fields the totals read (COUNTED_FIELDS): what `asOf` selects. */
  readonly countedColumns: readonly ColumnMapping[];
  readonly selectSql: string;
  readonly insertSql: string;
  readonly upsertSql: string;
  /** Replaced versions into the table's versions (read-model/versions.ts). */
  readonly insertVersionsSql: string;
  /** COPY of fresh rows and of replaced versions, with their columns in order (a rebuild's, postgres/copy-from.ts). */
  readonly copySql: string;
  readonly columnNames: readonly string[];
  readonly copyVersionsSql: string;
  readonly versionColumnNames: readonly string[];
}

function mappingOf(name: TableName, entity: EntitySchema<ObjectLiteral>): TableMapping {
  const table = entity.options.tableName;
  if (!table) throw new Error(`entity ${entity.options.name} has no table name`);
  const columns: ColumnMapping[] = Object.entries(entity.options.columns).map(([property, options]) => {
    const type = String(options?.type);
    if (type !== 'text' && type !== 'integer' && type !== 'bigint' && type !== 'boolean') throw new Error(`unsupported column type ${type} on ${table}.${property}`);
    return { property, column: options?.name ?? property, bigint: type === 'bigint' };
  });
  // Each row carries when its version began (schema.ts VERSION_COLUMNS) beside what the mapping names.
  const began = [VERSION_COLUMNS.beganPosition, VERSION_COLUMNS.beganAt];
  const columnNames = [...columns.map((c) => c.column), ...began];
  const versionColumnNames = [...columnNames, VERSION_COLUMNS.endedPosition, VERSION_COLUMNS.endedAt];
  const names = columnNames.map((column) => `"${column}"`).join(', ');
  const updates = [...columns.map((c) => c.column).filter((column) => column !== 'id'), ...began]
    .map((column) => `"${column}" = EXCLUDED."${column}"`)
    .join(', ');
  // The batch travels as ONE json parameter (rows keyed by column name); Postgres turns it into
  // typed rows, JSON arrays into text[] included.
  const rowsOf = (into: string, list: string) => `SELECT ${list} FROM json_populate_recordset(NULL::"${into}", $1::json)`;
  const versionNames = versionColumnNames.map((column) => `"${column}"`).join(', ');
  const counted: readonly string[] = COUNTED_FIELDS[name];
  return {
    table,
    columns,
    countedColumns: columns.filter((c) => c.property === 'id' || counted.includes(c.property)),
    selectSql: `SELECT ${names} FROM "${table}" WHERE id = ANY($1::text[])`,
    insertSql: `INSERT INTO "${table}" (${names}) ${rowsOf(table, names)}`,
    upsertSql: `INSERT INTO "${table}" (${names}) ${rowsOf(table, names)} ON CONFLICT (id) DO UPDATE SET ${updates}`,
    insertVersionsSql: `INSERT INTO "${versionsTable(table)}" (${versionNames}) ${rowsOf(versionsTable(table), versionNames)}`,
    copySql: `COPY "${table}" (${names}) FROM STDIN`,
    columnNames,
    copyVersionsSql: `COPY "${versionsTable(table)}" (${versionNames}) FROM STDIN`,
    versionColumnNames,
  };
}

const MAPPINGS = new Map<TableName, TableMapping>(
  (Object.entries(ENTITY_OF) as [TableName, EntitySchema<ObjectLiteral>][]).map(([name, entity]) => [name, mappingOf(name, entity)]),
);

function mapping(table: TableName): TableMapping {
  const found = MAPPINGS.get(table);
  if (!found) throw new Error(`no mapping for read-model table ${table}`);
  return found;
}

// Rows per statement. One statement per table and 5,000-event batch was slower: a rebuild of 1M
// events ran at ~19k ev/s with it and ~22.7k with statements of 1,000 rows (measured, not derived:
// smaller json parameters and result sets, and Postgres works while the client builds the next).
const ROWS_PER_STATEMENT = 1000;
const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return out;
};

function groupByTable(keys: readonly RowKey[]): Map<TableName, Set<string>> {
  const groups = new Map<TableName, Set<string>>();
  for (const { table, id } of keys) {
    const ids = groups.get(table) ?? new Set<string>();
    ids.add(id);
    groups.set(table, ids);
  }
  return groups;
}

/**
 * Loads the rows behind `keys` that `into` lacks, one query per table, and when the version of each
 * began into `versions` (none for a row from before the row tables kept versions).
 */
export async function loadRows(manager: EntityManager, keys: readonly RowKey[], into: ReadModelRows, versions?: Map<string, VersionStart>): Promise<void> {
  for (const [table, ids] of groupByTable(keys)) {
    const missing = [...ids].filter((id) => !into[table].has(id));
    if (missing.length === 0) continue;
    const records = (await manager.query(mapping(table).selectSql, [missing])) as Record<string, unknown>[];
    addRecords(table, records, into);
    if (versions) for (const record of records) {
      const started = versionStartOf(record);
      if (started) versions.set(versionKey(table, String(record['id'])), started);
    }
  }
}

/** When the version a record holds began, from its version columns (bigint arrives as a string). */
function versionStartOf(record: Record<string, unknown>): VersionStart | undefined {
  const position = record[VERSION_COLUMNS.beganPosition];
  const at = record[VERSION_COLUMNS.beganAt];
  return position === null || position === undefined || at === null || at === undefined ? undefined : { position: Number(position), at: Number(at) };
}

/** Which columns a read selects: whole rows, or what the totals read of them (section-totals.ts COUNTED_FIELDS). */
export type RowFields = 'all' | 'counted';

const columnsOf = (table: TableName, fields: RowFields): readonly ColumnMapping[] => (fields === 'all' ? mapping(table).columns : mapping(table).countedColumns);

/**
 * Adds records keyed by column name (a query's rows, or `json_agg` objects) to `into` as rows of
 * `table`, in their order: whole rows, or their counted fields alone (from a query that selected
 * `tableSql(table, 'counted')`). The mapping is the boundary where untyped records become typed rows.
 */
export function addRecords(table: TableName, records: readonly Record<string, unknown>[], into: ReadModelRows): void;
export function addRecords(table: TableName, records: readonly Record<string, unknown>[], into: MutableCountedRows, fields: 'counted'): void;
export function addRecords(table: TableName, records: readonly Record<string, unknown>[], into: ReadModelRows | MutableCountedRows, fields: RowFields = 'all'): void {
  const map = into[table] as Map<string, ObjectLiteral>;
  if (fields === 'counted') {
    // Selected under their property names, numbers as numbers (tableSql): each record is the row.
    for (const record of records) map.set(record['id'] as string, record);
    return;
  }
  const columns = columnsOf(table, fields);
  for (const record of records) {
    const row: ObjectLiteral = {};
    for (const c of columns) {
      const value = record[c.column];
      row[c.property] = c.bigint && value !== null && value !== undefined ? Number(value) : value;
    }
    map.set(row['id'] as string, row);
  }
}

/**
 * The SQL name of a read-model table and its column list (see addRecords), for queries that name
 * the generation's schema. The counted columns come under their property names, bigint as float8
 * (exact below 2^53, as the amounts are): `asOf` reads a year's rows so, and needs no second copy of each.
 */
export function tableSql(table: TableName, fields: RowFields = 'all'): { readonly name: string; readonly columns: string } {
  const column = (c: ColumnMapping) => (fields === 'all' ? `"${c.column}"` : `"${c.column}"${c.bigint ? '::float8' : ''} AS "${c.property}"`);
  return { name: mapping(table).table, columns: columnsOf(table, fields).map(column).join(', ') };
}

/** One statement of a batch's writes: a query with its parameters, or a COPY with its input. */
export type RowWrite =
  | { readonly kind: 'query'; readonly table: TableName; readonly sql: string; readonly params: readonly unknown[]; readonly inserts: boolean }
  | { readonly kind: 'copy'; readonly table: TableName; readonly sql: string; readonly data: string };

/**
 * The statements that write a batch's touched rows and the versions it replaced. Rows `existed`
 * says were loaded are upserted; the others are new and plainly INSERTed (or COPied, with `copy`:
 * a rebuild's generation), so a record the log creates twice (a row that exists though the
 * projector did not look it up) fails loudly instead of being overwritten and counted twice.
 */
export function rowWrites(
  rows: ReadModelRows,
  touched: readonly RowKey[],
  existed: (table: TableName, id: string) => boolean,
  /** When each touched row's version began (applyBatch's `versions`). */
  versions: ReadonlyMap<string, VersionStart>,
  /** The versions the batch replaced: insert only, they never change. */
  closed: readonly ClosedVersion[],
  options: { readonly copy: boolean },
): RowWrite[] {
  const writes: RowWrite[] = [];
  const add = (table: TableName, list: readonly Record<string, unknown>[], sql: string, copy: { sql: string; columns: readonly string[] } | undefined, inserts: boolean) => {
    for (const part of chunks(list)) {
      writes.push(copy ? { kind: 'copy', table, sql: copy.sql, data: copyLines(copy.columns, part) } : { kind: 'query', table, sql, params: [JSON.stringify(part)], inserts });
    }
  };
  for (const [table, ids] of groupByTable(touched)) {
    const map = rows[table] as Map<string, ObjectLiteral>;
    const { insertSql, upsertSql, copySql, columnNames, columns } = mapping(table);
    const fresh: Record<string, unknown>[] = [];
    const known: Record<string, unknown>[] = [];
    for (const id of ids) {
      const row = map.get(id);
      if (row === undefined) continue;
      const began = versions.get(versionKey(table, id));
      if (began === undefined) throw new Error(`no version start for the ${table} row ${id}`);
      (existed(table, id) ? known : fresh).push(recordOf(columns, row, began));
    }
    add(table, known, upsertSql, undefined, false);
    add(table, fresh, insertSql, options.copy ? { sql: copySql, columns: columnNames } : undefined, true);
  }
  const byTable = new Map<TableName, Record<string, unknown>[]>();
  for (const { entry, began, ended } of closed) {
    const list = byTable.get(entry.table) ?? [];
    list.push(recordOf(mapping(entry.table).columns, entry.row, began, ended));
    byTable.set(entry.table, list);
  }
  for (const [table, list] of byTable) {
    const { insertVersionsSql, copyVersionsSql, versionColumnNames } = mapping(table);
    add(table, list, insertVersionsSql, options.copy ? { sql: copyVersionsSql, columns: versionColumnNames } : undefined, false);
  }
  return writes;
}

/** A failed write as the projector reports it: a second creation of a record is the log's fault. */
export function writeError(write: RowWrite, error: unknown): unknown {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const creates = write.kind === 'copy' || write.inserts;
  if (creates && (e?.driverError?.code ?? e?.code) === '23505') {
    return new ReadModelIntegrityError(`这批事件中的一条${RECORD_NAMES[write.table]}已经存在（日志把同一条记录登记了两次）`, { cause: error });
  }
  return error;
}

/** Writes the touched rows and the versions the batch replaced, in the caller's transaction (see rowWrites). */
export async function saveRows(
  manager: EntityManager,
  rows: ReadModelRows,
  touched: readonly RowKey[],
  existed: (table: TableName, id: string) => boolean,
  versions: ReadonlyMap<string, VersionStart>,
  closed: readonly ClosedVersion[],
): Promise<void> {
  for (const write of rowWrites(rows, touched, existed, versions, closed, { copy: false })) {
    if (write.kind === 'copy') throw new Error('the live projector writes no COPY');
    try {
      await manager.query(write.sql, [...write.params]);
    } catch (error) {
      throw writeError(write, error);
    }
  }
}

/** A row as a record keyed by column name, with when its version began (and ended, for a replaced one). */
function recordOf(columns: readonly ColumnMapping[], row: ObjectLiteral, began: VersionStart, ended?: VersionStart): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const c of columns) record[c.column] = row[c.property] ?? null;
  record[VERSION_COLUMNS.beganPosition] = began.position;
  record[VERSION_COLUMNS.beganAt] = began.at;
  if (ended) {
    record[VERSION_COLUMNS.endedPosition] = ended.position;
    record[VERSION_COLUMNS.endedAt] = ended.at;
  }
  return record;
}

/** Adds the years streams entered to the index `asOf` reads; `param` is a json array of them (streamYearsParam). */
const streamYearsInsert = (param: string): string =>
  `INSERT INTO stream_years (year, stream_id) SELECT year, stream_id FROM json_to_recordset(${param}::json) AS e(year integer, stream_id text) ON CONFLICT DO NOTHING`;
const streamYearsParam = (streamYears: readonly StreamYear[]): string => JSON.stringify(streamYears.map((e) => ({ year: e.year, stream_id: e.streamId })));

/** The stream/year index's entries as one statement of their own (a rebuild's writers run it beside the rows). */
export function streamYearsWrite(streamYears: readonly StreamYear[]): { readonly sql: string; readonly params: readonly unknown[] } {
  return { sql: streamYearsInsert('$1'), params: [streamYearsParam(streamYears)] };
}

/**
 * Moves the section totals by a batch's delta (when given) and records which streams touched which
 * years (the index `asOf` reads): ONE statement for a live batch, since each round trip lengthens
 * every live batch and so every mutation's read-your-writes wait; a rebuild's totals of the whole
 * log, in parts of TOTALS_PER_STATEMENT counters.
 */
export async function saveTotals(manager: EntityManager, delta: TotalsDelta | undefined, streamYears: readonly StreamYear[], perStatement = TOTALS_PER_STATEMENT): Promise<void> {
  const sums = delta?.sumChanges() ?? [];
  const distinct = delta?.distinctChanges() ?? [];
  if (sums.length === 0 && distinct.length === 0 && streamYears.length === 0) return;
  // Each key is in one part only, so each part's checks see that key's final count.
  for (let at = 0; at === 0 || at < Math.max(sums.length, distinct.length); at += perStatement) {
    await saveTotalsPart(manager, sums.slice(at, at + perStatement), distinct.slice(at, at + perStatement), at === 0 ? streamYears : []);
  }
}

/**
 * Counters per statement. A live batch's are far fewer; a rebuild writes the whole log's at once,
 * and as one statement their text and parameters took some 30 MB more at a million events, which
 * took its peak RSS past 300 MB.
 */
export const TOTALS_PER_STATEMENT = 10_000;

async function saveTotalsPart(
  manager: EntityManager,
  sums: ReturnType<TotalsDelta['sumChanges']>,
  distinct: ReturnType<TotalsDelta['distinctChanges']>,
  streamYears: readonly StreamYear[],
): Promise<void> {
  const keys = [
    distinct.map((d) => d.key.year),
    distinct.map((d) => d.key.unitId),
    distinct.map((d) => d.key.metric),
    distinct.map((d) => d.key.subject),
    distinct.map((d) => d.key.value),
  ];
  // A CHECK (amount >= 0) cannot guard the counters: Postgres checks the proposed row (a negative
  // delta) before ON CONFLICT turns it into an update. So the statement reports what went negative.
  const [result] = (await manager.query(
    `WITH moved_sums AS (
       INSERT INTO section_sums (year, unit_id, metric, subject, amount)
       SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::bigint[])
       ON CONFLICT (year, unit_id, metric, subject) DO UPDATE SET amount = section_sums.amount + EXCLUDED.amount
       RETURNING year, unit_id, metric, subject, amount),
     moved_members AS (
       INSERT INTO section_distinct (year, unit_id, metric, subject, value, refs)
       SELECT * FROM unnest($6::integer[], $7::text[], $8::text[], $9::text[], $10::text[], $11::integer[])
       ON CONFLICT (year, unit_id, metric, subject, value) DO UPDATE SET refs = section_distinct.refs + EXCLUDED.refs
       RETURNING year, unit_id, metric, subject, value, refs),
     indexed AS (${streamYearsInsert('$12')})
     SELECT (SELECT row_to_json(s) FROM moved_sums s WHERE amount < 0 LIMIT 1) AS negative_sum,
       (SELECT row_to_json(m) FROM moved_members m WHERE refs < 0 LIMIT 1) AS negative_member`,
    [
      sums.map((x) => x.key.year),
      sums.map((x) => x.key.unitId),
      sums.map((x) => x.key.metric),
      sums.map((x) => x.key.subject),
      sums.map((x) => x.amount),
      ...keys,
      distinct.map((d) => d.refs),
      streamYearsParam(streamYears),
    ],
  )) as { negative_sum: unknown; negative_member: unknown }[];
  if (result?.negative_sum) throw new ReadModelIntegrityError(`一项统计数字变成了负数：${JSON.stringify(result.negative_sum)}`);
  if (result?.negative_member) throw new ReadModelIntegrityError(`一项去重计数的引用数变成了负数：${JSON.stringify(result.negative_member)}`);
  // A member no row holds any more leaves the set (only a removal can bring a count to zero). A
  // separate statement: within the one above, the updated counts are not visible yet.
  if (distinct.some((d) => d.refs < 0)) {
    await manager.query(
      `DELETE FROM section_distinct d USING unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[]) AS k(year, unit_id, metric, subject, value)
       WHERE d.year = k.year AND d.unit_id = k.unit_id AND d.metric = k.metric AND d.subject = k.subject AND d.value = k.value AND d.refs = 0`,
      keys,
    );
  }
}
