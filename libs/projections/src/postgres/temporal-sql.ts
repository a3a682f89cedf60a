// The rows valid at an instant, from the temporal read model (read-model/versions.ts): a row's
// current version when it began by then, else the replaced version that was current then. `asOf`
// counts them through the totals' one home (read-model/totals.ts) instead of folding events.
import { assertNever } from '@tracker/domain';
import type { EntityManager } from 'typeorm';
import type { ReadModelRows, TableName } from '../read-model/rows';
import { TABLE_NAMES } from '../read-model/rows';
import type { MutableCountedRows } from '../read-model/section-totals';
import { addRecords, tableSql } from './row-store';
import { VERSION_COLUMNS, versionsTable } from './schema';

/** Which rows to read: those that can count for a year, or given ids (the records an unprojected event touches). */
export type RowSelection = { readonly year: number } | { readonly ids: ReadonlyMap<TableName, readonly string[]> };

/**
 * The rows of `table` that can count in the section of year $2 (undefined: all of them): the SQL
 * form of yearsOf (read-model/section-totals.ts), plus the rows those look up (a session's booth).
 * `s` is the quoted schema.
 */
function canCountIn(table: TableName, s: string): string | undefined {
  switch (table) {
    case 'activities':
    case 'reliefGrants':
    case 'examShifts':
    case 'boothSessions':
    case 'campaigns':
      return 'year = $2';
    case 'donations':
      // A donation belongs to its campaign's year, which no event changes.
      return `campaign_id IN (SELECT id FROM ${s}.donation_campaigns WHERE year = $2)`;
    case 'orgUnits':
    case 'agreements':
    case 'booths':
      // The scope's tree; agreements count in every year of their term; booths for their sessions.
      return undefined;
    default:
      return assertNever(table);
  }
}

/**
 * Adds to `into` the rows of generation schema `schema` (unquoted) valid at `at` (ms since the
 * epoch) that can count for `year`, with the fields the totals read alone (section-totals.ts
 * COUNTED_FIELDS: a fraction of each row to read). Run it, and addRowsByIdValidAt, in the
 * transaction that read the generation's checkpoint, so that the rows are exactly those of the
 * events up to it.
 */
export async function addYearRowsValidAt(manager: EntityManager, schema: string, at: number, year: number, into: MutableCountedRows): Promise<void> {
  for await (const [table, records] of recordsValidAt(manager, schema, at, { year })) addRecords(table, records, into, 'counted');
}

/** Adds the rows of the given ids valid at `at`, whole: the records an unprojected event is applied to. */
export async function addRowsByIdValidAt(manager: EntityManager, schema: string, at: number, ids: ReadonlyMap<TableName, readonly string[]>, into: ReadModelRows): Promise<void> {
  for await (const [table, records] of recordsValidAt(manager, schema, at, { ids })) addRecords(table, records, into);
}

/** The records valid at `at` that `selection` names, table by table: a year's (counted columns) or given ids' (all). */
async function* recordsValidAt(manager: EntityManager, schema: string, at: number, selection: RowSelection): AsyncGenerator<[TableName, Record<string, unknown>[]]> {
  const s = `"${schema}"`;
  const { beganAt: began, endedAt: ended } = VERSION_COLUMNS;
  for (const table of TABLE_NAMES) {
    const ids = 'ids' in selection ? selection.ids.get(table) : undefined;
    if ('ids' in selection && (ids === undefined || ids.length === 0)) continue;
    const { name, columns } = tableSql(table, 'ids' in selection ? 'all' : 'counted');
    // $1 is the instant; $2 the year or the ids, when the rows are selected by them.
    const selected = ids === undefined ? canCountIn(table, s) : 'id = ANY($2::text[])';
    const where = selected === undefined ? '' : ` AND ${selected}`;
    const sql = `SELECT ${columns} FROM ${s}."${name}" WHERE ${began} <= $1${where}
      UNION ALL SELECT ${columns} FROM ${s}."${versionsTable(name)}" WHERE ${began} <= $1 AND ${ended} > $1${where}`;
    const params = selected === undefined ? [at] : [at, ids ?? ('year' in selection ? selection.year : null)];
    yield [table, (await manager.query(sql, params)) as Record<string, unknown>[]];
  }
}
