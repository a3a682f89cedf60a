// The ledgers' migration on a read model projected before it: the columns arrive empty (so the
// live projector can go on writing), and the generation is marked for the upgrade's rebuild.
import { createTestDatabase } from '@tracker/testing';
import type { TestDatabase } from '@tracker/testing';
import { DataSource } from 'typeorm';
import { createReadModelDataSource } from '../postgres/data-source';
import { READ_MODEL_ENTITIES } from '../postgres/entities';
import { INCOMPLETE_STREAM_INDEX_YEAR, READ_MODEL_MIGRATIONS_TABLE, ReadModelInit1735000000000, ReadModelSectionTotals1736000000000 } from '../postgres/migrations';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('ledger_migration');
});
afterAll(() => db.drop());

// A few of the columns the ledgers added, across tables.
const ADDED = [
  ['volunteer_activities', 'recorded_at'],
  ['volunteer_activities', 'search_text'],
  ['union_donations', 'voided'],
  ['booth_sessions', 'services'],
] as const;

it('adds the columns to a generation projected before it, empty, and marks it for the rebuild', async () => {
  const before = await new DataSource({
    type: 'postgres',
    url: db.url,
    entities: READ_MODEL_ENTITIES,
    migrations: [ReadModelInit1735000000000, ReadModelSectionTotals1736000000000],
    migrationsTableName: READ_MODEL_MIGRATIONS_TABLE,
    migrationsRun: true,
  }).initialize();
  // The tables as the previous version made them: without the ledgers' columns, and projected.
  for (const [table, column] of ADDED) await before.query(`ALTER TABLE read_model_g1.${table} DROP COLUMN ${column}`);
  await before.query(`UPDATE public.projection_checkpoints SET position = '7:42'`);
  await before.destroy();

  const after = await createReadModelDataSource(db.url).initialize();
  try {
    const columns = (await after.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'read_model_g1' AND (table_name, column_name) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [ADDED.map(([table]) => table), ADDED.map(([, column]) => column)],
    )) as { table_name: string; column_name: string; is_nullable: string }[];
    expect(columns.map((c) => `${c.table_name}.${c.column_name}:${c.is_nullable}`).sort()).toEqual(ADDED.map(([t, c]) => `${t}.${c}:YES`).sort());
    const [marker] = (await after.query(`SELECT count(*)::int AS n FROM read_model_g1.stream_years WHERE year = $1`, [INCOMPLETE_STREAM_INDEX_YEAR])) as { n: number }[];
    expect(marker?.n).toBe(1);
  } finally {
    await after.destroy();
  }
});
