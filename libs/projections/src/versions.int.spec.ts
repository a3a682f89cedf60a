// The temporal read model (read-model/versions.ts) in Postgres: the projector keeps every version a
// row had, `asOf` reads the rows valid at an instant from them, and a generation projected before
// them (migration 6) keeps answering the section and the ledgers while `asOf` folds the log, until
// the upgrade's rebuild replaces it.
import { LedgerQueries } from './ledgers/ledger-queries';
import { createReadModelDataSource } from './postgres/data-source';
import { INCOMPLETE_STREAM_INDEX_YEAR, INCOMPLETE_VERSIONS_YEAR, READ_MODEL_MIGRATIONS_TABLE } from './postgres/migrations';
import { generationSchema, rowTableNames, versionsEndedIndex, versionsTable } from './postgres/schema';
import { Projector } from './projector';
import { CommunityResponsibilityQueries } from './queries';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import { activity, appendAll, newId, orgUnit } from './testing/test-events';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const unit = newId();
const generationOf = async (): Promise<number> =>
  ((await h.dataSource.query(`SELECT generation FROM public.projection_active_generation`)) as { generation: number }[])[0]?.generation ?? NaN;

it('keeps each replaced row with when it began and ended, in the batch that replaced it', async () => {
  const a = activity(unit, { personTimes: 4 });
  await appendAll(h.store, [orgUnit(unit, '康健支局', 'SUB_BUREAU'), a], '2023-03-05T01:00:00.000Z');
  const fix = await appendAll(h.store, [{ type: 'VolunteerActivityCorrected', data: { activityId: a.data.activityId, changes: { personTimes: 5 }, reason: '更正' } }], '2023-03-06T01:00:00.000Z');
  await h.projector().catchUp(fix?.lastPosition);
  const s = `"${generationSchema(await generationOf())}"`;
  const [current] = (await h.dataSource.query(`SELECT person_times, version_position, version_at FROM ${s}.volunteer_activities WHERE id = $1`, [a.data.activityId])) as {
    person_times: number;
    version_position: string;
    version_at: string;
  }[];
  const replaced = (await h.dataSource.query(`SELECT person_times, version_position, version_at, ended_position, ended_at FROM ${s}.volunteer_activities_versions WHERE id = $1`, [
    a.data.activityId,
  ])) as { person_times: number; version_position: string; version_at: string; ended_position: string; ended_at: string }[];
  expect(current).toMatchObject({ person_times: 5, version_position: String(fix?.lastPosition.globalPosition), version_at: String(Date.parse('2023-03-06T01:00:00.000Z')) });
  expect(replaced).toHaveLength(1);
  expect(replaced[0]).toMatchObject({ person_times: 4, version_at: String(Date.parse('2023-03-05T01:00:00.000Z')), ended_position: current?.version_position, ended_at: current?.version_at });
  const at = (iso: string) => h.queries.sectionAsOf(2023, [unit], new Date(iso));
  expect((await at('2023-03-05T12:00:00Z')).volunteering.activities.personTimes).toBe(4);
  expect((await at('2023-03-06T12:00:00Z')).volunteering.activities.personTimes).toBe(5);
});

it('a generation projected before the versions answers as before, folds for asOf, and is rebuilt by the upgrade', async () => {
  const a = activity(unit, { personTimes: 10, startDate: '2022-05-01', endDate: '2022-05-01' });
  const written = await appendAll(h.store, [a], '2023-04-01T00:00:00.000Z');
  await h.projector().catchUp(written?.lastPosition);
  const generation = await generationOf();
  const s = `"${generationSchema(generation)}"`;
  // The generation as the previous version left it: no version columns, no versions tables, and
  // migration 6 not applied yet.
  for (const table of rowTableNames()) {
    await h.dataSource.query(`DROP TABLE ${s}.${versionsTable(table)}`);
    await h.dataSource.query(`ALTER TABLE ${s}.${table} DROP COLUMN version_position, DROP COLUMN version_at`);
  }
  await h.dataSource.query(`DELETE FROM public.${READ_MODEL_MIGRATIONS_TABLE} WHERE name = 'ReadModelRowVersions1740000000000'`);
  const expected2022 = await h.queries.section(2022, [unit]);
  const expected2023 = await h.queries.section(2023, [unit]);

  const dataSource = await createReadModelDataSource(h.db.url).initialize();
  try {
    const queries = new CommunityResponsibilityQueries({ dataSource, store: h.store });
    const markers = (await dataSource.query(`SELECT year FROM ${s}.stream_years WHERE year < 0`)) as { year: number }[];
    expect(markers.map((m) => m.year)).toEqual([INCOMPLETE_VERSIONS_YEAR]);
    expect(markers.map((m) => m.year)).not.toContain(INCOMPLETE_STREAM_INDEX_YEAR);
    const [added] = (await dataSource.query(
      `SELECT is_nullable FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'volunteer_activities' AND column_name = 'version_at'`,
      [generationSchema(generation)],
    )) as { is_nullable: string }[];
    expect(added?.is_nullable).toBe('YES');
    // The section and the ledgers read it as before; asOf folds the log, with the same figures.
    expect(await queries.section(2022, [unit])).toEqual(expected2022);
    expect((await new LedgerQueries({ dataSource }).volunteerActivities({ year: 2022, scope: [unit] })).totalCount).toBe(1);
    const march = new Date('2023-03-31T00:00:00Z');
    expect((await queries.sectionAsOf(2023, [unit], march)).volunteering.activities.personTimes).toBe(5);
    expect((await queries.sectionAsOf(2022, [unit], march)).volunteering.activities.count).toBe(0);
    expect((await queries.sectionAsOf(2022, [unit], new Date('2023-04-02T00:00:00Z'))).volunteering.activities.personTimes).toBe(10);
    // The live projector carries on, replacing rows whose versions began before it kept them.
    const projector = new Projector({ store: h.store, dataSource, batchSize: 10 });
    const fix = await appendAll(h.store, [{ type: 'VolunteerActivityCorrected', data: { activityId: a.data.activityId, changes: { personTimes: 11 }, reason: '更正' } }], '2023-05-01T00:00:00.000Z');
    await projector.catchUp(fix?.lastPosition);
    expect((await projector.status()).state).not.toBe('FAILED');
    expect((await queries.section(2022, [unit])).volunteering.activities.personTimes).toBe(11);

    // The upgrade's rebuild gives the new generation versions from the log: asOf reads them.
    expect(await projector.upgrade()).toMatchObject({ previousGeneration: generation });
    expect(await projector.upgrade()).toBeUndefined();
    expect((await queries.sectionAsOf(2022, [unit], new Date('2023-04-15T00:00:00Z'))).volunteering.activities.personTimes).toBe(10);
    expect((await queries.sectionAsOf(2022, [unit], new Date('2023-05-15T00:00:00Z'))).volunteering.activities.personTimes).toBe(11);
    expect(await queries.section(2023, [unit])).toEqual(expected2023);
  } finally {
    await dataSource.destroy();
  }
});

it('every versions table has the index asOf reads it by, in a generation made before it (migration 8) and in a rebuilt one', async () => {
  const endedIndexes = async (generation: number) =>
    ((await h.dataSource.query(`SELECT tablename FROM pg_indexes WHERE schemaname = $1 AND indexdef LIKE '%(ended_at)'`, [generationSchema(generation)])) as { tablename: string }[])
      .map((row) => row.tablename)
      .sort();
  const everyVersionsTable = rowTableNames().map(versionsTable).sort();
  const before = await generationOf();
  for (const table of rowTableNames()) await h.dataSource.query(`DROP INDEX "${generationSchema(before)}".${versionsEndedIndex(table)}`);
  await h.dataSource.query(`DELETE FROM public.${READ_MODEL_MIGRATIONS_TABLE} WHERE name = 'ReadModelVersionsEndedIndex1742000000000'`);
  expect(await endedIndexes(before)).toEqual([]);
  const dataSource = await createReadModelDataSource(h.db.url).initialize();
  await dataSource.destroy();
  expect(await endedIndexes(before)).toEqual(everyVersionsTable);

  await h.projector().rebuild();
  const rebuilt = await generationOf();
  expect(rebuilt).not.toBe(before);
  expect(await endedIndexes(rebuilt)).toEqual(everyVersionsTable);
});
