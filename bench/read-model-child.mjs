// Child process of bench/run.mjs (its own process so that peak RSS is the projector's alone):
// 1. Projector.rebuild() over the whole log → events/s and peak RSS right after;
// 2. `section(year)` × N through CommunityResponsibilityQueries → p50/p99;
// 3. a ledger page (50 activities of a party branch and its sub-bureaus, `LedgerQueries`) × N → p50/p99;
// 4. `sectionAsOf(year, …, end of log)` three times → the median (and the first) seconds and peak RSS after.
// Prints one JSON line on stdout.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadDist } from './lib/dist.mjs';
import { percentile } from './lib/stats.mjs';

const [url, queriesArg, yearArg, asOfArg] = process.argv.slice(2);
const { eventStore, projections } = loadDist();

/** VmHWM (peak resident set) in MB, from /proc; falls back to resourceUsage().maxRSS. */
function peakRssMb() {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const store = await eventStore.createPostgresEventStore({ connectionString: url, poolSize: 4 });
const dataSource = projections.createReadModelDataSource(url, { poolSize: 4, applicationName: 'bench-read-model' });
await dataSource.initialize();
const result = {};
try {
  const projector = new projections.Projector({ store, dataSource });
  const baseRss = peakRssMb();
  const started = performance.now();
  const report = await projector.rebuild();
  const seconds = (performance.now() - started) / 1000;
  result.rebuild = { events: report.events, seconds, eventsPerSecond: report.events / seconds, peakRssMb: peakRssMb(), rssBeforeMb: baseRss };

  const queries = new projections.CommunityResponsibilityQueries({ dataSource, store });
  const year = Number(yearArg);
  const count = Number(queriesArg);
  for (let i = 0; i < 20; i++) await queries.section(year); // warm-up: plans, pool, JIT
  const times = [];
  let sample;
  // At most `count` queries or 60 s, whichever comes first (keeps the full run under 10 minutes); the count done is reported.
  const budgetEnd = performance.now() + 60_000;
  for (let i = 0; i < count && performance.now() < budgetEnd; i++) {
    const t0 = performance.now();
    sample = await queries.section(year);
    times.push(performance.now() - t0);
  }
  result.section = { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99), activities: sample?.volunteering?.activities?.count ?? null };

  // A ledger page filtered by unit: the first page, then the pages after it by their cursors (a
  // person paging on), 20 pages deep before starting over; each page with its totalCount.
  const ledgers = new projections.LedgerQueries({ dataSource });
  const { generation } = await projector.status();
  const [unit] = await dataSource.query(
    `SELECT o.id, o.name, count(c.id)::int AS children FROM "read_model_g${generation}".org_units o JOIN "read_model_g${generation}".org_units c ON c.parent_id = o.id
     WHERE o.kind = 'PARTY_BRANCH' GROUP BY o.id, o.name ORDER BY children DESC, o.name LIMIT 1`,
  );
  const filter = { year, scope: [unit.id] };
  let after;
  let depth = 0;
  const page = async () => {
    const answer = await ledgers.volunteerActivities(filter, { first: 50, ...(after ? { after } : {}) });
    depth = answer.hasNextPage && depth < 19 ? depth + 1 : 0;
    after = depth === 0 ? undefined : answer.endCursor;
    return answer;
  };
  for (let i = 0; i < 20; i++) await page();
  const pageTimes = [];
  let lastPage;
  const pageBudgetEnd = performance.now() + 30_000;
  for (let i = 0; i < count && performance.now() < pageBudgetEnd; i++) {
    const t1 = performance.now();
    lastPage = await page();
    pageTimes.push(performance.now() - t1);
  }
  result.ledgerPage = { count: pageTimes.length, p50: percentile(pageTimes, 50), p99: percentile(pageTimes, 99), unit: unit.name, totalCount: lastPage?.totalCount ?? null, rows: lastPage?.edges.length ?? null };

  // Three questions, the median counted (issue 18: medians of three, so that one swing of the
  // machine does not decide the figure); the first, with its plans and code still cold, is reported beside it.
  const asOfTimes = [];
  let asOf;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    asOf = await queries.sectionAsOf(year, undefined, new Date(asOfArg));
    asOfTimes.push((performance.now() - t0) / 1000);
  }
  const [firstAsOf] = asOfTimes;
  result.asOf = { seconds: [...asOfTimes].sort((a, b) => a - b)[1], firstSeconds: firstAsOf, peakRssMb: peakRssMb(), activities: asOf?.volunteering?.activities?.count ?? null };
} finally {
  await dataSource.destroy().catch(() => undefined);
  await store.close().catch(() => undefined);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
