// Events from before canonical text (issue 12): written straight to the store, past every decider,
// with the invisible and look-alike variants that once inflated the report. The projection
// canonicalises as it turns events into rows, so the live totals, `asOf`, a rebuild and the report
// text all count one 街道, one site, one service item, one exam site and one partner.
import type { DomainEvent } from '@tracker/domain';
import { createPostgresEventStore, formatPosition, START_OF_LOG } from '@tracker/event-store';
import { createTestDatabase } from '@tracker/testing';
import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from './postgres/entities';
import { INCOMPLETE_STREAM_INDEX_YEAR, READ_MODEL_MIGRATIONS_TABLE, ReadModelB4siSplit1737000000000, ReadModelInit1735000000000, ReadModelSectionTotals1736000000000 } from './postgres/migrations';
import { createReadModelDataSource } from './postgres/data-source';
import { saveRows, saveTotals } from './postgres/row-store';
import { Projector } from './projector';
import { CommunityResponsibilityQueries } from './queries';
import { applyBatch } from './read-model/apply-batch';
import { rowKeysFor } from './read-model/apply-event';
import { allRows, emptyRows, TABLE_NAMES } from './read-model/rows';
import type { RowKey } from './read-model/rows';
import { TotalsDelta } from './read-model/section-totals';
import { renderCommunityResponsibilityReport } from './report/community-responsibility-report';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import { activity, agreement, appendAll, booth, examShift, newId, orgUnit, streamOf } from './testing/test-events';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

// The eight ways issue 12 found 枫林 written, each once counted as a 街道 of its own.
const FENGLIN = ['枫林', '枫林\u200b', '枫\u200d林', '枫林\u2060', '枫林\u00ad', '枫\uF9F4', '枫林街道', '\u202e枫林\u202c'];
const SITE = ['枫林路营业厅', '枫林路\u200b营业厅', '\u3000枫林路营业厅 ', '\ufeff枫林路营业厅', '枫林路营业厅\u00a0', '枫林路营\u2060业厅', '枫林路营业厅\u200e', '\u2066枫林路营业厅\u2069'];
const ITEM = ['反诈骗宣传', '反诈骗宣传\u200b', '反\u00ad诈骗宣传', '反诈骗宣传\u2060', '反诈骗\u200d宣传', ' 反诈骗宣传', '反诈骗宣传\u200f', '反诈骗宣传\ufe0f'];

const B = newId();
const S = newId();
const Q = newId();

it('old events with invisible and look-alike variants count as one 街道, site, item, exam site and partner, live, asOf and after a rebuild', async () => {
  const variants = FENGLIN.map((subdistrict, i) => activity(S, { subdistrict, site: SITE[i] as string, serviceItems: [ITEM[i] as string], personTimes: 5 }));
  const events: DomainEvent[] = [
    orgUnit(B, '南区局', 'BUREAU'),
    orgUnit(S, '枫林支局', 'SUB_BUREAU', B),
    orgUnit(Q, '公客综合党支部', 'PARTY_BRANCH', B),
    ...variants,
    // A booth in 枫林街道 and one in 枫林 plus a zero-width space: one 街道 in the booth rows too.
    booth(S, { subdistrict: '枫林街道' }),
    booth(S, { subdistrict: '枫林\u200b' }),
    examShift(S, { site: '南洋模范中学' }),
    examShift(S, { site: '南洋模范\u200b中学', examName: '春季\u2060高考' }),
    agreement(Q, ['千鹤六居委', '千鹤六居委\u200b', '虹南居委']),
    // A correction (also old) to a variant form: still the same 街道.
    { type: 'VolunteerActivityCorrected', data: { activityId: variants[0]?.data.activityId ?? '', changes: { subdistrict: '枫林街道\u200b' }, reason: '更正' } },
  ];
  const written = await appendAll(h.store, events);
  await h.projector().catchUp(written?.lastPosition);

  const live = await h.queries.section(2023);
  expect(live.volunteering.activities).toMatchObject({ count: 8, personTimes: 40, sites: 1, subdistricts: ['枫林'], serviceItems: ['反诈骗宣传'] });
  expect(live.volunteering.examSentinel).toEqual({ exams: 1, sites: 1, supports: 4 });
  expect(live.volunteering.agreements).toMatchObject({ signed: 1, partners: 2 });
  expect(await h.queries.section(2023, [S])).toEqual({ ...live, volunteering: { ...live.volunteering, agreements: { signed: 0, active: 0, partners: 0 } } });

  const report = renderCommunityResponsibilityReport(live);
  expect(report).toContain('覆盖枫林 1 个街道');
  expect(report.match(/枫林/g)).toHaveLength(1);

  // asOf folds the same events through the same row mapping.
  expect(await h.queries.sectionAsOf(2023, undefined, new Date('2999-01-01T00:00:00Z'))).toEqual(live);
  // A rebuild projects the log afresh into a new generation: the same canonical values.
  await h.projector().rebuild();
  expect(await h.queries.section(2023)).toEqual(live);

  // The names a client is offered are the canonical ones, once each (booths' 街道 included).
  expect(await h.queries.nameSuggestions(undefined, 10)).toEqual({ subdistricts: ['枫林'], sites: ['枫林路营业厅'], examSites: ['南洋模范中学'], serviceItems: ['反诈骗宣传'] });
});

it('a read model projected before canonical text is replaced: migration 4 marks it, queries count canonically at once, the upgrade rebuilds it', async () => {
  const db = await createTestDatabase('canonical');
  const store = await createPostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
  try {
    const unit = newId();
    const events: DomainEvent[] = [orgUnit(unit, '枫林支局', 'SUB_BUREAU'), ...FENGLIN.map((subdistrict) => activity(unit, { subdistrict, site: '枫林路营业厅' }))];
    const written = await appendAll(store, events);
    // The previous version's read model: migrations 1 to 3, and rows (and so counters) whose 街道 were only trimmed.
    const old = await new DataSource({
      type: 'postgres',
      url: db.url,
      entities: READ_MODEL_ENTITIES,
      migrations: [ReadModelInit1735000000000, ReadModelSectionTotals1736000000000, ReadModelB4siSplit1737000000000],
      migrationsTableName: READ_MODEL_MIGRATIONS_TABLE,
      migrationsRun: true,
    }).initialize();
    const batch = events.map((event, index) => ({
      streamId: streamOf(event),
      event,
      meta: { position: index + 1, recordedAt: '2023-03-06T01:00:00.000Z', recordedBy: 'previous-version' },
      rowKeys: rowKeysFor(event),
    }));
    const { rows, streamYears, versions } = applyBatch(emptyRows(), batch);
    for (const event of events) {
      if (event.type !== 'VolunteerActivityRecorded') continue;
      const row = rows.activities.get(event.data.activityId);
      if (row) rows.activities.set(row.id, { ...row, subdistrict: event.data.subdistrict?.trim() ?? null });
    }
    const totals = new TotalsDelta();
    for (const entry of allRows(rows)) totals.add(entry, rows, 1);
    await old.transaction(async (m) => {
      await m.query(`SET LOCAL search_path TO read_model_g1, public`);
      const keys: RowKey[] = TABLE_NAMES.flatMap((table) => [...rows[table].keys()].map((id) => ({ table, id })));
      await saveRows(m, rows, keys, () => false, versions, []);
      await saveTotals(m, totals, streamYears);
      await m.query(`UPDATE public.projection_checkpoints SET position = $1`, [formatPosition(written?.lastPosition ?? START_OF_LOG)]);
    });
    expect((await new CommunityResponsibilityQueries({ dataSource: old, store: store }).section(2023)).volunteering.activities.subdistricts).toHaveLength(FENGLIN.length);
    await old.destroy();

    // The new version starts: migration 4 marks the generation, and the figures are right at once.
    const dataSource = await createReadModelDataSource(db.url).initialize();
    try {
      const queries = new CommunityResponsibilityQueries({ dataSource, store: store });
      const [marker] = (await dataSource.query(`SELECT count(*)::int AS n FROM read_model_g1.stream_years WHERE year = $1`, [INCOMPLETE_STREAM_INDEX_YEAR])) as { n: number }[];
      expect(marker?.n).toBe(1);
      const section = await queries.section(2023);
      expect(section.volunteering.activities).toMatchObject({ count: 8, sites: 1, subdistricts: ['枫林'] });
      const projector = new Projector({ store: store, dataSource, batchSize: 10 });
      expect(await projector.upgrade()).toMatchObject({ previousGeneration: 1, generation: 2 });
      expect(await queries.section(2023)).toEqual(section);
      const [counted] = (await dataSource.query(`SELECT count(*)::int AS n FROM read_model_g2.section_distinct WHERE metric = 'activity.subdistrict' AND unit_id = '*'`)) as { n: number }[];
      expect(counted?.n).toBe(1);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await store.close();
    await db.drop();
  }
});
