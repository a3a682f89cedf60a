// The section totals written in parts (row-store.ts saveTotals): a rebuild writes the whole log's
// counters at once, TOTALS_PER_STATEMENT to a statement. Written two to a statement they are
// exactly what one statement writes and what the projector kept; a count that goes negative is
// refused whichever part holds it; members whose last reference goes leave the set in every part.
import type { EntityManager } from 'typeorm';
import { ReadModelIntegrityError } from '../read-model/apply-event';
import { allRows } from '../read-model/rows';
import { TotalsDelta } from '../read-model/section-totals';
import type { Harness } from '../testing/harness';
import { openHarness } from '../testing/harness';
import { activity, agreement, appendAll, examShift, newId, orgUnit, reliefGrant } from '../testing/test-events';
import { generationSearchPath } from './checkpoint-store';
import { saveTotals } from './row-store';
import { generationDdl, generationSchema } from './schema';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const R = newId();
const A = newId();
const B = newId();

/** The counters of a generation, as sorted lines (sums that are zero are only left-overs). */
async function counters(generation: number): Promise<{ sums: string[]; members: string[] }> {
  const s = `"${generationSchema(generation)}"`;
  const [sums, members] = (await Promise.all([
    h.dataSource.query(`SELECT year || '|' || unit_id || '|' || metric || '|' || subject || '=' || amount AS c FROM ${s}.section_sums WHERE amount <> 0 ORDER BY 1`),
    h.dataSource.query(`SELECT year || '|' || unit_id || '|' || metric || '|' || subject || '|' || value || '=' || refs AS c FROM ${s}.section_distinct ORDER BY 1`),
  ])) as { c: string }[][];
  return { sums: (sums ?? []).map((r) => r.c), members: (members ?? []).map((r) => r.c) };
}

/** Runs `write` in a transaction on a fresh, empty generation. */
async function inFreshGeneration(generation: number, write: (m: EntityManager) => Promise<void>): Promise<void> {
  await h.dataSource.transaction(async (m) => {
    for (const statement of generationDdl(generation)) await m.query(statement);
    await m.query(`SELECT set_config('search_path', $1, true)`, [generationSearchPath(generation)]);
    await write(m);
  });
}

/** The totals of the rows the projector keeps, counted afresh, times `sign`. */
async function totalsOfTheRows(sign: 1 | -1): Promise<TotalsDelta> {
  const rows = await h.queries.rowsAsOf(new Date('2999-01-01T00:00:00Z'));
  const delta = new TotalsDelta();
  for (const entry of allRows(rows)) delta.add(entry, rows, sign);
  return delta;
}

beforeAll(async () => {
  // Several units, years, sites, 街道, exams and partners: dozens of sums and distinct members.
  const sites = ['枫林路营业厅', '康健社区文化中心', '徐家汇', '田林', '长桥'];
  const written = await appendAll(h.store, [
    orgUnit(R, '南区局', 'BUREAU'),
    orgUnit(A, '康健支局', 'SUB_BUREAU', R),
    orgUnit(B, '网络部党支部', 'PARTY_BRANCH', R),
    ...sites.flatMap((site, i) => [
      activity(i % 2 === 0 ? A : B, { site, subdistrict: i % 2 === 0 ? '枫林' : '康健', startDate: `202${2 + (i % 2)}-0${i + 1}-05`, endDate: `202${2 + (i % 2)}-0${i + 1}-05`, personTimes: i + 2 }),
      examShift(i % 2 === 0 ? B : A, { site, examDate: `2023-0${i + 1}-07` }),
    ]),
    reliefGrant(A, { amountFen: 321_00 }),
    agreement(B, ['长丰坊居委', '枫林街道社区事务受理中心']),
  ]);
  await h.projector().catchUp(written?.lastPosition);
});

it('two counters to a statement write exactly what one statement writes, and what the projector kept', async () => {
  const kept = await counters(1);
  const delta = await totalsOfTheRows(1);
  expect(delta.distinctChanges().length).toBeGreaterThan(10);
  expect(delta.sumChanges().length).toBeGreaterThan(10);
  await inFreshGeneration(90, (m) => saveTotals(m, delta, [], 2));
  await inFreshGeneration(91, (m) => saveTotals(m, delta, []));
  expect(kept.members.length).toBeGreaterThan(10);
  expect(await counters(90)).toEqual(kept);
  expect(await counters(91)).toEqual(kept);
});

it('a count that goes negative is refused in whichever part it is, and the transaction writes nothing', async () => {
  const twiceRemoved = await totalsOfTheRows(-1);
  const rows = await h.queries.rowsAsOf(new Date('2999-01-01T00:00:00Z'));
  for (const entry of allRows(rows)) twiceRemoved.add(entry, rows, -1);
  const write = inFreshGeneration(92, async (m) => {
    await saveTotals(m, await totalsOfTheRows(1), [], 2);
    await saveTotals(m, twiceRemoved, [], 2);
  });
  await expect(write).rejects.toBeInstanceOf(ReadModelIntegrityError);
  const [left] = (await h.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = $1`, [generationSchema(92)])) as { n: number }[];
  expect(left?.n).toBe(0);
});

it('members whose last reference goes leave the set, in every part', async () => {
  await inFreshGeneration(93, async (m) => {
    await saveTotals(m, await totalsOfTheRows(1), [], 2);
    await saveTotals(m, await totalsOfTheRows(-1), [], 2);
  });
  expect(await counters(93)).toEqual({ sums: [], members: [] });
});
