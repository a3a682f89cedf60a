// The independent recount property: random histories (records with corrections and voids over
// three years, a small org tree) projected into Postgres give exactly the totals of a
// straightforward recount (testing/recount.ts) from the raw events, without the production fold.
// The same holds after a rebuild and after a projector killed mid-batch and restarted.
import type { DomainEvent } from '@tracker/domain';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { createReadModelDataSource } from './postgres/data-source';
import { generationSchema } from './postgres/schema';
import { Projector } from './projector';
import { allRows } from './read-model/rows';
import { TotalsDelta } from './read-model/section-totals';
import { totalsFromRows } from './read-model/totals';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import type { Op } from './testing/recount';
import { interpret, op, recount, YEARS } from './testing/recount';
import { appendAll } from './testing/test-events';

// ---------------------------------------------------------------- the property

let h: Harness;
let victim: DataSource;
beforeAll(async () => {
  h = await openHarness();
  // The projector we kill mid-batch gets its own pool, recognisable in pg_stat_activity.
  victim = await createReadModelDataSource(h.db.url, { migrationsRun: false, applicationName: 'crash-victim', poolSize: 2 }).initialize();
});
afterAll(async () => {
  await victim.destroy();
  await h.close();
});

const allEvents: DomainEvent[] = [];
const LATER = new Date('2999-01-01T00:00:00Z');
/** Instants between the runs, each with how many of `allEvents` had been recorded by then. */
const instants: { at: Date; recorded: number }[] = [];

async function expectRecount(scopes: readonly string[][]): Promise<void> {
  for (const year of YEARS) {
    expect(await h.queries.section(year)).toEqual(recount(allEvents, year));
    for (const scope of scopes) expect(await h.queries.section(year, scope)).toEqual(recount(allEvents, year, scope));
    // asOf reads the rows valid at the instant (the row versions): none may be missing.
    expect(await h.queries.sectionAsOf(year, scopes[0], LATER)).toEqual(recount(allEvents, year, scopes[0]));
  }
  await expectAsOfAtEarlierInstants(scopes);
  await expectKeptTotalsMatchTheRows();
}

/**
 * asOf at instants between earlier runs gives the totals of the events recorded by then: the fold
 * of the log up to the instant (the reference `asOf` replaced) and the independent recount of
 * those events both say so.
 */
async function expectAsOfAtEarlierInstants(scopes: readonly string[][]): Promise<void> {
  // The one inside the latest run, the latest, and the middle one so far.
  const inside = instants.at(-2);
  const latest = instants.at(-1);
  const further = instants[Math.floor((instants.length - 1) / 2)];
  for (const then of new Set([inside, latest, further])) {
    if (then === undefined) continue;
    const folded = await h.queries.rowsAsOf(then.at);
    const recorded = allEvents.slice(0, then.recorded);
    for (const year of YEARS) {
      for (const scope of [undefined, scopes[0]]) {
        const section = await h.queries.sectionAsOf(year, scope, then.at);
        expect(section).toEqual(totalsFromRows(folded, year, scope));
        expect(section).toEqual(recount(recorded, year, scope));
      }
    }
  }
}

/**
 * The totals the projector keeps batch by batch (and a rebuild writes at once) are exactly the
 * contributions of the rows as they stand, counted afresh: no batch left a counter behind (zero
 * sums are only left-overs).
 */
async function expectKeptTotalsMatchTheRows(): Promise<void> {
  const rows = await h.queries.rowsAsOf(LATER);
  const afresh = new TotalsDelta();
  for (const entry of allRows(rows)) afresh.add(entry, rows, 1);
  const [pointer] = (await h.dataSource.query(`SELECT generation FROM public.projection_active_generation`)) as { generation: number }[];
  const s = `"${generationSchema(pointer?.generation ?? NaN)}"`;
  const [sums, members] = (await Promise.all([
    h.dataSource.query(`SELECT year || '|' || unit_id || '|' || metric || '|' || subject || '=' || amount AS c FROM ${s}.section_sums WHERE amount <> 0`),
    h.dataSource.query(`SELECT year || '|' || unit_id || '|' || metric || '|' || subject || '|' || value || '=' || refs AS c FROM ${s}.section_distinct`),
  ])) as { c: string }[][];
  const kept = (list: { c: string }[] | undefined) => (list ?? []).map((r) => r.c).sort();
  expect(kept(sums).length).toBeGreaterThan(0);
  expect(kept(sums)).toEqual(afresh.sumChanges().map(({ key, amount }) => `${key.year}|${key.unitId}|${key.metric}|${key.subject}=${amount}`).sort());
  expect(kept(members)).toEqual(afresh.distinctChanges().map(({ key, refs }) => `${key.year}|${key.unitId}|${key.metric}|${key.subject}|${key.value}=${refs}`).sort());
}

/** Runs a projector that is killed (its backend terminated) in the middle of a batch; true if the kill happened. */
async function killedMidBatch(killAt: number): Promise<boolean> {
  let seen = 0;
  let killed = false;
  const projector = new Projector({
    store: h.store,
    dataSource: victim,
    batchSize: 7,
    beforeApply: async () => {
      seen += 1;
      if (seen !== killAt || killed) return;
      const [row] = (await h.dataSource.query(
        `SELECT count(pg_terminate_backend(pid, 5000)) AS n FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = 'crash-victim' AND state LIKE 'idle in transaction%'`,
      )) as { n: string }[];
      killed = row?.n === '1';
    },
  });
  await projector.catchUp().catch((error: unknown) => {
    if (!killed) throw error;
  });
  return killed;
}

/**
 * The first history, always run: two campaigns with donations, one donation corrected and one
 * voided, then a whole campaign voided with its donations. Random histories void donations and
 * campaigns often but not always (one CI run in many drew none), and the property must cover both.
 */
const DONATIONS_AND_A_CAMPAIGN_VOIDED: Op[] = [
  { k: 'camp', org: 0, year: 2023, launchedOn: '2023-03-01' },
  { k: 'camp', org: 1, year: 2024, launchedOn: '2024-03-02' },
  { k: 'don', target: 0, org: 1, fen: 120000, donors: 12 },
  { k: 'don', target: 0, org: 2, fen: 45000, donors: 5 },
  { k: 'don', target: 1, org: 3, fen: 30000, donors: 3 },
  { k: 'don', target: 1, org: 1, fen: 8000, donors: 1 },
  { k: 'donFix', target: 1, fen: 4500, donors: undefined },
  { k: 'donVoid', target: 0 },
  { k: 'relief', org: 0, date: '2023-05-01', fen: 20000, pt: 2 },
  { k: 'relief', org: 2, date: '2024-06-02', fen: 15000, pt: 1 },
  { k: 'campVoid', target: 1 },
  { k: 'don', target: 0, org: 3, fen: 6600, donors: 2 },
  { k: 'reliefVoid', target: 1 },
];

it('projected totals equal an independent recount, also after a mid-batch kill and after rebuilds', async () => {
  let run = 0;
  let kills = 0;
  let rebuilds = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(op, { minLength: 15, maxLength: 45, size: 'max' }),
      // A kill point within the first batches, which every run has (15+ events, 7 a batch): a point
      // past the last batch would kill nothing and leave the kill case to chance.
      fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      async (ops, killAt) => {
        run += 1;
        const { events, scopes } = interpret(ops);
        // Written in two goes with an instant between them, so that asOf at that instant sees
        // records whose later corrections and voids came after it (their versions of the past).
        // The cut moves between a fifth and four fifths of the history from run to run.
        const cut = Math.floor(events.length * (0.2 + 0.6 * ((run * 0.618) % 1)));
        let written;
        for (const part of [events.slice(0, cut), events.slice(cut)]) {
          allEvents.push(...part);
          written = (await appendAll(h.store, part)) ?? written;
          // Everything so far was recorded before this instant; what follows comes after it.
          instants.push({ at: new Date(), recorded: allEvents.length });
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        if (killAt !== undefined && (await killedMidBatch(killAt))) kills += 1;
        // A fresh projector resumes from the checkpoint: no double count, no skip.
        await new Projector({ store: h.store, dataSource: h.dataSource, batchSize: 7 }).catchUp(written?.lastPosition);
        await expectRecount(scopes);
        if (run % 8 === 0) {
          const report = await new Projector({ store: h.store, dataSource: h.dataSource, batchSize: 50, rebuildBatchSize: 13 }).rebuild();
          expect(report.events).toBeGreaterThan(0);
          rebuilds += 1;
          await expectRecount(scopes);
        }
      },
    ),
    // The fixed history first, killed in its second batch; then random ones.
    { numRuns: 25, examples: [[DONATIONS_AND_A_CAMPAIGN_VOIDED, 2]] },
  );
  expect(kills).toBeGreaterThan(2);
  expect(rebuilds).toBe(3);
  // The histories did void donations and whole campaigns (the fixed one always does).
  expect(allEvents.filter((e) => e.type === 'UnionDonationVoided').length).toBeGreaterThan(0);
  expect(allEvents.filter((e) => e.type === 'DonationCampaignVoided').length).toBeGreaterThan(0);
  // 25 histories with their asOf checks and three rebuilds: ~9 s on a quiet machine, 55–70 s at a
  // load average of 18–24 on 2 cores shared with other suites, past the tier's 60 s.
}, 180_000);
