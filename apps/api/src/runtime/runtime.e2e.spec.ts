// The embedded runtime end to end (docs/design.md §9): the built app as a child process on a fresh
// DATA_DIR, through start, restart, a refused second instance, bad config and kill -9.
import { createPostgresEventStore } from '@tracker/event-store';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrackerProcess, ensureBuilt, freePort, killProcessesMentioning, processesMentioning } from '../../test/tracker-process';

const QUERY = '{ version eventStore { headPosition } }';
type Answer = { version: string; eventStore: { headPosition: string } };

let root: string;
let dataDir: string;
const started: TrackerProcess[] = [];

async function startTracker(env: Record<string, string> = {}): Promise<TrackerProcess> {
  const tracker = TrackerProcess.start({ DATA_DIR: dataDir, ...env }, await freePort());
  started.push(tracker);
  return tracker;
}

/** The embedded database's URL, from the password file and the port the runtime logged. */
function embeddedUrl(tracker: TrackerProcess): string {
  const port = /端口 127\.0\.0\.1:(\d+)/.exec(tracker.output)?.[1];
  if (!port) throw new Error(`No embedded PostgreSQL port in the log:\n${tracker.output}`);
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/tracker`;
}

/** Writes 3 events through the Postgres adapter, against the running tracker's database. */
async function appendThreeEvents(connectionString: string): Promise<void> {
  const store = await createPostgresEventStore({ connectionString });
  const events = [1, 2, 3].map((n) => {
    const eventId = `00000000-0000-4000-8000-00000000000${n}`;
    return { eventId, type: 'RuntimeTestEventRecorded', data: { n }, metadata: { eventId, recordedAt: new Date().toISOString(), recordedBy: 'e2e', correlationId: 'e2e' } };
  });
  try {
    await store.appendToStream('runtime-test-1', events, { expectedVersion: 'no_stream' });
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'tracker-e2e-'));
  chmodSync(root, 0o777); // as root, the postgres OS user must be able to enter it
  dataDir = join(root, 'data');
}, 90_000);

afterEach(async () => {
  for (const tracker of started.splice(0)) if (tracker.running) await tracker.stop('SIGKILL').catch(() => undefined);
});

afterAll(() => {
  killProcessesMentioning(dataDir);
  rmSync(root, { recursive: true, force: true });
});

describe('the embedded runtime', () => {
  let headBeforeRestart = '';

  it('initialises PostgreSQL under DATA_DIR, serves /health and GraphQL, refuses a second instance, and stops cleanly on SIGTERM', async () => {
    const first = await startTracker();
    await first.waitForHealthy();
    expect(first.output).toContain(`追踪系统已启动：http://localhost:${first.port}/ （接口 /graphql；`);

    const health = await fetch(`http://127.0.0.1:${first.port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const answer = await first.graphql<Answer>(QUERY);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.version).toBe(JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')).version);
    // One event: the first start created the admin account.
    expect(answer.data?.eventStore.headPosition).toBe('1');

    expect(readFileSync(join(dataDir, 'tracker.lock'), 'utf8')).toMatch(new RegExp(`^${first.pid}\\n`));
    expect(statSync(join(dataDir, 'pg-password')).mode & 0o777).toBe(0o600);

    const second = await startTracker();
    const refused = await second.exited;
    expect(refused.code).not.toBe(0);
    expect(second.output).toContain(`DATA_DIR ${dataDir} 正被另一个运行中的追踪系统使用（pid ${first.pid}）：请先停止它，或换一个 DATA_DIR。`);
    expect((await fetch(`http://127.0.0.1:${first.port}/health`)).status).toBe(200);

    await appendThreeEvents(embeddedUrl(first));
    headBeforeRestart = (await first.graphql<Answer>(QUERY)).data?.eventStore.headPosition ?? '';
    expect(headBeforeRestart).toBe('4');

    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, 'tracker.lock'))).toBe(false);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('keeps its data across a restart on the same DATA_DIR', async () => {
    const again = await startTracker();
    await again.waitForHealthy();
    expect(again.output).not.toContain('初始化内置 PostgreSQL');
    expect((await again.graphql<Answer>(QUERY)).data?.eventStore.headPosition).toBe(headBeforeRestart);
    expect(await again.stop('SIGINT')).toEqual({ code: 0, signal: null });
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  it('starts again after kill -9, stopping the PostgreSQL the killed tracker left behind', async () => {
    const killed = await startTracker();
    await killed.waitForHealthy();
    await killed.stop('SIGKILL');
    const orphans = processesMentioning(dataDir);
    expect(orphans.length).toBeGreaterThan(0); // postgres outlives a SIGKILLed parent

    const next = await startTracker();
    await next.waitForHealthy();
    expect(next.output).toContain(`持锁的追踪系统（pid ${killed.pid}）已不在运行`);
    expect(next.output).toContain('上遗留的 PostgreSQL');
    for (const pid of orphans) expect(processesMentioning(dataDir)).not.toContain(pid);
    expect((await next.graphql<Answer>(QUERY)).data?.eventStore.headPosition).toBe(headBeforeRestart);
    expect(await next.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(processesMentioning(dataDir)).toEqual([]);
  });

  it('starts again when both the tracker and its PostgreSQL were killed (stale lock and stale postmaster.pid)', async () => {
    const killed = await startTracker();
    await killed.waitForHealthy();
    const postmaster = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    await killed.stop('SIGKILL');

    const next = await startTracker();
    await next.waitForHealthy();
    expect((await next.graphql<Answer>(QUERY)).data?.eventStore.headPosition).toBe(headBeforeRestart);
    expect(await next.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(processesMentioning(dataDir)).toEqual([]);
  });
});

describe('bad configuration', () => {
  it.each([
    [{ PORT: 'abc' }, '配置有误：PORT 应为 1 到 65535 之间的整数（现为 "abc"）'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, '配置有误：DATABASE_URL 应为 postgres:// 或 postgresql:// 开头的地址'],
    [{ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://localhost:2113' }, '配置有误：KURRENTDB_URL 应为 kurrentdb://'],
    [{ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://127.0.0.1:1?tls=false' }, 'EVENT_STORE=kurrentdb：KURRENTDB_URL 不可用：连不上 kurrentdb://127.0.0.1:1?tls=false 上的 KurrentDB'],
  ])('%j exits non-zero with one clear line', async (env, message) => {
    const fresh = join(root, `bad-${Math.random().toString(36).slice(2)}`);
    const tracker = await startTracker({ ...env, DATA_DIR: fresh });
    const exit = await tracker.exited;
    expect(exit.code).not.toBe(0);
    expect(tracker.output).toContain(message);
    expect(tracker.output.trim().split('\n')).toHaveLength(1);
    expect(processesMentioning(fresh)).toEqual([]);
  });
});
