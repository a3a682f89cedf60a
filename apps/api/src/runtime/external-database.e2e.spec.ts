// With DATABASE_URL set, the api uses that PostgreSQL and never starts its own (docs/design.md §9).
import { createTestDatabase, type TestDatabase } from '@tracker/testing';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrackerProcess, ensureBuilt, freePort, processesMentioning } from '../../test/tracker-process';

let database: TestDatabase;
let root: string;
let tracker: TrackerProcess | undefined;

beforeAll(async () => {
  await ensureBuilt();
  database = await createTestDatabase('api_external');
  root = mkdtempSync(join(tmpdir(), 'tracker-e2e-ext-'));
  chmodSync(root, 0o777);
}, 90_000);

afterAll(async () => {
  if (tracker?.running) await tracker.stop('SIGKILL').catch(() => undefined);
  await database.drop();
  rmSync(root, { recursive: true, force: true });
});

describe('the runtime with DATABASE_URL', () => {
  it('serves from the given database, reports 503 when it goes away, and stops cleanly', async () => {
    const dataDir = join(root, 'data');
    tracker = TrackerProcess.start({ DATABASE_URL: database.url, DATA_DIR: dataDir }, await freePort());
    await tracker.waitForHealthy(20_000);
    expect(tracker.output).not.toContain('embedded PostgreSQL');
    expect(existsSync(join(dataDir, 'pg'))).toBe(false);
    expect(processesMentioning(dataDir)).toEqual([]);

    const answer = await tracker.graphql<{ eventStore: { headPosition: string } }>('{ eventStore { headPosition } }');
    // One event: the first start created the admin account.
    expect(answer).toEqual({ data: { eventStore: { headPosition: '1' } } });

    await database.drop(); // WITH (FORCE): the api's connections are cut, and the database is gone
    const health = await fetch(`http://127.0.0.1:${tracker.port}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable' });

    expect(await tracker.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('exits non-zero, naming DATABASE_URL, when that database cannot be reached', async () => {
    const unreachable = new URL(database.url);
    unreachable.port = String(await freePort());
    tracker = TrackerProcess.start({ DATABASE_URL: unreachable.toString(), DATA_DIR: join(root, 'unused') }, await freePort());
    const exit = await tracker.exited;
    expect(exit.code).not.toBe(0);
    expect(tracker.output).toContain('无法连接 DATABASE_URL 指向的数据库');
  });
});
