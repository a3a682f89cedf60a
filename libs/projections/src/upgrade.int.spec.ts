// Upgrading a tracker whose read model was projected before the running totals existed
// (migration 2): the migration marks the generation as predating them, queries answer at once
// with the same figures (folding the log until the totals exist), the live projector carries on
// from its checkpoint, and the upgrade's rebuild (which the tracker starts on its own) gives a new
// generation its totals and stream/year index.
import { createPostgresEventStore, formatPosition, START_OF_LOG } from '@tracker/event-store';
import type { EventStore } from '@tracker/event-store';
import { createTestDatabase } from '@tracker/testing';
import type { TestDatabase } from '@tracker/testing';
import { DataSource } from 'typeorm';
import { createReadModelDataSource } from './postgres/data-source';
import { READ_MODEL_ENTITIES } from './postgres/entities';
import { INCOMPLETE_STREAM_INDEX_YEAR, READ_MODEL_MIGRATIONS_TABLE, ReadModelInit1735000000000 } from './postgres/migrations';
import { saveRows } from './postgres/row-store';
import { Projector } from './projector';
import { CommunityResponsibilityQueries } from './queries';
import { applyEvent } from './read-model/apply-event';
import { domainEventOf, eventMetaOf } from './read-model/recorded-event';
import type { RowKey, TableName } from './read-model/rows';
import { emptyRows, TABLE_NAMES } from './read-model/rows';
import { totalsFromRows } from './read-model/totals';
import { UNKNOWN_START, versionKey } from './read-model/versions';
import { activity, agreement, appendAll, booth, campaign, donation, examShift, newId, orgUnit, reliefGrant, session } from './testing/test-events';

let db: TestDatabase;
let store: EventStore;
beforeAll(async () => {
  db = await createTestDatabase('upgrade');
  store = await createPostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
});
afterAll(async () => {
  await store.close();
  await db.drop();
});

it('an existing read model answers with the same figures at once; the projector carries on; the upgrade rebuilds it', async () => {
  const bureau = newId();
  const branch = newId();
  const union = newId();
  const a = activity(branch, { site: '徐家汇', serviceItems: ['义诊', '反诈宣传'] });
  const older = activity(branch, { startDate: '2022-03-05', endDate: '2022-03-05', program: 'COMMUNITY_SERVICE', site: '康健' });
  const b = booth(branch);
  const c = campaign(union);
  const written = await appendAll(store, [
    orgUnit(bureau, '南区局', 'SUB_BUREAU'),
    orgUnit(branch, '第一党支部', 'PARTY_BRANCH', bureau),
    orgUnit(union, '工会', 'UNION', bureau),
    a,
    older,
    { type: 'VolunteerActivityCorrected', data: { activityId: a.data.activityId, changes: { personTimes: 9 }, reason: '更正' } },
    agreement(branch, ['康健街道', '田林街道']),
    agreement(branch, ['枫林街道'], { signedOn: '2021-01-01', validUntil: '2023-06-30' }),
    c,
    donation(c.data.campaignId, union),
    reliefGrant(union),
    examShift(branch),
    b,
    session(b.data.boothId),
  ]);
  // $all readers see an event once every older transaction of the cluster has ended (other test
  // files run beside this one): wait until the whole history is visible before reading it.
  const last = written?.lastPosition.globalPosition ?? 1n;
  for (let i = 0; i < 500 && (await store.headPosition()) < last; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  const head = await store.headPosition();
  expect(head).toBeGreaterThan(0n);

  // The read model as the previous version left it: migration 1's tables holding the current
  // rows, and a checkpoint at the head of the log.
  const rows = emptyRows();
  let position = START_OF_LOG;
  for (let after = START_OF_LOG; ; ) {
    const page = await store.readAll({ after, limit: 100 });
    if (page.events.length === 0) break;
    for (const event of page.events) {
      const domain = domainEventOf(event);
      if (domain) applyEvent(rows, domain, eventMetaOf(event));
      position = event.position;
    }
    after = page.next;
  }
  const old = await new DataSource({
    type: 'postgres',
    url: db.url,
    entities: READ_MODEL_ENTITIES,
    migrations: [ReadModelInit1735000000000],
    migrationsTableName: READ_MODEL_MIGRATIONS_TABLE,
    migrationsRun: true,
  }).initialize();
  await old.transaction(async (m) => {
    await m.query(`SET LOCAL search_path TO read_model_g1, public`);
    const keys: RowKey[] = TABLE_NAMES.flatMap((table: TableName) => [...rows[table].keys()].map((id) => ({ table, id })));
    await saveRows(m, rows, keys, () => false, new Map(keys.map((key) => [versionKey(key.table, key.id), UNKNOWN_START])), []);
    await m.query(`UPDATE public.projection_checkpoints SET position = $1`, [formatPosition(position)]);
  });
  await old.destroy();

  // Start the new version: migration 2 runs.
  const dataSource = await createReadModelDataSource(db.url).initialize();
  try {
    const queries = new CommunityResponsibilityQueries({ dataSource, store });
    const [index] = (await dataSource.query(`SELECT count(*)::int AS n FROM read_model_g1.stream_years WHERE year = $1`, [INCOMPLETE_STREAM_INDEX_YEAR])) as { n: number }[];
    expect(index?.n).toBe(1);
    for (const year of [2021, 2022, 2023, 2024]) {
      for (const scope of [undefined, [bureau], [branch], [union]]) {
        expect(await queries.section(year, scope)).toEqual(totalsFromRows(rows, year, scope));
      }
      expect(await queries.sectionAsOf(year, undefined, new Date('2999-01-01'))).toEqual(totalsFromRows(rows, year));
    }
    const before = await queries.section(2023);
    expect(before.volunteering.activities.personTimes).toBeGreaterThan(0);
    expect(before.volunteering.agreements).toEqual({ signed: 1, active: 2, partners: 3 });

    // The live projector goes on from the checkpoint, on top of the filled totals.
    const projector = new Projector({ store, dataSource, batchSize: 10 });
    const more = await appendAll(store, [activity(branch, { personTimes: 4 })]);
    await projector.catchUp(more?.lastPosition);
    const after = await queries.section(2023);
    expect(after.volunteering.activities.count).toBe(before.volunteering.activities.count + 1);
    expect(after.volunteering.activities.personTimes).toBe(before.volunteering.activities.personTimes + 4);

    // A correction of a record projected before the upgrade: the old generation has no totals to
    // take its old contribution out of, so the projector keeps its rows and leaves totals alone.
    const earlier = await queries.section(2022);
    const fix = await appendAll(store, [{ type: 'VolunteerActivityCorrected', data: { activityId: older.data.activityId, changes: { personTimes: 3 }, reason: '更正' } }]);
    await projector.catchUp(fix?.lastPosition);
    expect((await queries.section(2022)).volunteering.activities.personTimes).toBe(earlier.volunteering.activities.personTimes + 2);
    expect((await projector.status()).state).not.toBe('FAILED');

    // The upgrade's rebuild gives the new generation its totals and a complete stream/year index;
    // the figures do not move, and a second start finds nothing to upgrade.
    expect(await projector.upgrade()).toMatchObject({ previousGeneration: 1, generation: 2 });
    expect(await projector.upgrade()).toBeUndefined();
    const generation = ((await dataSource.query(`SELECT generation FROM public.projection_active_generation`)) as { generation: number }[])[0]?.generation;
    expect(generation).toBe(2);
    const [left] = (await dataSource.query(`SELECT count(*)::int AS n FROM read_model_g2.stream_years WHERE year = $1`, [INCOMPLETE_STREAM_INDEX_YEAR])) as { n: number }[];
    expect(left?.n).toBe(0);
    expect(await queries.section(2023)).toEqual(after);
    expect(await queries.sectionAsOf(2023, undefined, new Date('2999-01-01'))).toEqual(after);
    expect((await queries.section(2022)).volunteering.activities.personTimes).toBe(earlier.volunteering.activities.personTimes + 2);
  } finally {
    await dataSource.destroy();
  }
});
