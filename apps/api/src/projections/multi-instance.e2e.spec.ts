// Three api PROCESSES on one database (docs/design.md §5, docs/scaling.md): every instance serves
// mutations and queries, exactly one projects (PostgreSQL advisory lock), and when that one is
// killed -9 a survivor takes over from the checkpoint within seconds; the totals stay exact and
// read-your-writes holds on instances that do not project.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import type { TestDatabase } from '@tracker/testing';
import { createTestDatabase } from '@tracker/testing';
import { RECORD_ACTIVITY, REGISTER_ORG_UNIT, leiFengDay } from '../../test/documents';
import { TrackerProcess, ensureBuilt, freePort } from '../../test/tracker-process';

const JWT_SECRET = 'multi-instance-e2e-secret-long-enough-for-hs256';
const ELECTED = /本实例开始运行统计/;
const TOTALS = /* GraphQL */ `query { communityResponsibility(year: 2023) { volunteering { activities { count personTimes } } } }`;
const STATUS = /* GraphQL */ `query { projectionStatus { name state lag checkpoint headPosition } }`;

interface Totals {
  communityResponsibility: { volunteering: { activities: { count: number; personTimes: number } } };
}
interface Status {
  projectionStatus: { name: string; state: string; lag: number; checkpoint: string; headPosition: string }[];
}

const signer = new JwtService({ secret: JWT_SECRET });
const sign = (sub: string, roles: string[], orgUnitIds: string[] = []) =>
  signer.sign({ sub, name: '测试员', roles, orgUnitIds }, { algorithm: 'HS256', expiresIn: 600 });
// An API client's subject: `admin` is the account the first start creates, whose tokens must postdate its password.
const admin = sign('ops-admin', ['ADMIN']);

async function gql<T>(tracker: TrackerProcess, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${tracker.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL errors from instance on port ${tracker.port}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let database: TestDatabase;
const dataDirs: string[] = [];
const trackers: TrackerProcess[] = [];

async function startInstance(): Promise<TrackerProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tracker-multi-'));
  dataDirs.push(dataDir);
  const tracker = TrackerProcess.start({ DATABASE_URL: database.url, JWT_SECRET, DATA_DIR: dataDir }, await freePort());
  trackers.push(tracker);
  await tracker.waitForHealthy();
  return tracker;
}

beforeAll(async () => {
  await ensureBuilt();
  database = await createTestDatabase('multi_instance');
}, 180_000);

afterAll(async () => {
  await Promise.all(trackers.map((tracker) => tracker.stop('SIGKILL').catch(() => undefined)));
  await database?.drop();
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

it('projects in exactly one instance, fails over within seconds of a kill -9, and keeps the totals exact', async () => {
  // The first instance finds the lock free; the two started after it must wait.
  const first = await startInstance();
  const [second, third] = await Promise.all([startInstance(), startInstance()]);
  const instances = [first, second, third];
  expect(instances.map((tracker) => ELECTED.test(tracker.output))).toEqual([true, false, false]);

  const orgUnitId = (await gql<{ registerOrgUnit: { orgUnit: { id: string } } }>(second, REGISTER_ORG_UNIT, { input: { name: '南区局', kind: 'BUREAU' } }, admin))
    .registerOrgUnit.orgUnit.id;
  // A COMPILER (汇编人) scoped to the bureau reads the totals.
  const compiler = sign('compiler', ['COMPILER'], [orgUnitId]);

  let expectedCount = 0;
  let expectedPersonTimes = 0;
  const record = async (via: TrackerProcess, personTimes: number): Promise<void> => {
    await gql(via, RECORD_ACTIVITY, { input: leiFengDay(orgUnitId, { personTimes, site: `第${expectedCount + 1}号营业厅` }) }, admin);
    expectedCount += 1;
    expectedPersonTimes += personTimes;
    // Read your writes on the instance that took the mutation, projecting or not.
    const totals = (await gql<Totals>(via, TOTALS, {}, compiler)).communityResponsibility.volunteering.activities;
    expect({ port: via.port, totals }).toEqual({ port: via.port, totals: { count: expectedCount, personTimes: expectedPersonTimes } });
  };

  for (let round = 1; round <= 3; round++) {
    for (const via of instances) await record(via, round);
  }

  // Kill the projecting instance without any chance to clean up, and keep writing elsewhere.
  const killedAt = Date.now();
  await first.stop('SIGKILL');
  const survivors = [second, third];
  await record(second, 10);
  await record(third, 11);
  const takeover = await waitFor(() => survivors.find((tracker) => ELECTED.test(tracker.output)), 10_000);
  const takeoverMs = Date.now() - killedAt;
  expect(survivors.filter((tracker) => ELECTED.test(tracker.output))).toEqual([takeover]);
  expect(takeoverMs).toBeLessThan(10_000);
  for (let round = 1; round <= 2; round++) {
    for (const via of survivors) await record(via, 20 + round);
  }

  // Every survivor answers the same exact totals and the same projection status.
  for (const via of survivors) {
    expect((await gql<Totals>(via, TOTALS, {}, compiler)).communityResponsibility.volunteering.activities).toEqual({
      count: expectedCount,
      personTimes: expectedPersonTimes,
    });
    const [status] = (await gql<Status>(via, STATUS, {}, compiler)).projectionStatus;
    expect(status).toMatchObject({ state: 'RUNNING', lag: 0 });
  }
  expect(expectedCount).toBe(15);
  console.log(`multi-instance failover: projection taken over ${takeoverMs} ms after kill -9 (port ${takeover.port})`);
}, 90_000);

async function waitFor<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Nothing took over within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
