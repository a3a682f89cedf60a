// WORKERS=2 end to end (issue 18, decision 4): the built tracker on its embedded PostgreSQL, two
// workers behind one port. Mutations are answered by both, each counted by the totals the moment
// it is answered (read your writes, whichever worker projects), and a worker killed -9 is
// replaced; SIGTERM stops the primary and every worker.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { RECORD_ACTIVITY, REGISTER_ORG_UNIT, leiFengDay } from '../../test/documents';
import { TrackerProcess, ensureBuilt, freePort, killProcessesMentioning } from '../../test/tracker-process';

const JWT_SECRET = 'workers-e2e-secret-long-enough-for-hs256-signing';
const TOTALS = /* GraphQL */ `query { communityResponsibility(year: 2023) { volunteering { activities { count personTimes } } } }`;
const signer = new JwtService({ secret: JWT_SECRET });
const admin = signer.sign({ sub: 'ops-admin', name: '测试运维', roles: ['ADMIN'], orgUnitIds: [] }, { algorithm: 'HS256', expiresIn: 600 });

interface Answer<T> {
  readonly data: T;
  /** The pid of the worker that answered, from its access line. */
  readonly requestId: string;
}

let root: string;
let tracker: TrackerProcess | undefined;

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'tracker-workers-'));
  chmodSync(root, 0o777); // as root, the postgres OS user must be able to enter it
}, 120_000);

afterAll(async () => {
  if (tracker?.running) await tracker.stop('SIGKILL').catch(() => undefined);
  killProcessesMentioning(root);
  rmSync(root, { recursive: true, force: true });
});

/** One request on a connection of its own, so that the cluster hands each to the next worker. */
function post<T>(port: number, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, connection: 'close' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const parsed = JSON.parse(text) as { data?: T; errors?: unknown[] };
          if (parsed.errors || !parsed.data) return reject(new Error(`GraphQL errors: ${text}`));
          resolve({ data: parsed.data, requestId: String(response.headers['x-request-id']) });
        });
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** The JSON log lines the tracker's processes wrote so far. */
function logLines(output: string): { pid?: number; msg?: string; requestId?: string; kind?: string }[] {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as { pid?: number; msg?: string; requestId?: string; kind?: string }];
    } catch {
      return [];
    }
  });
}

const serving = (output: string) => logLines(output).flatMap((line) => (/^工作进程 \d+（pid \d+）开始服务$/.test(line.msg ?? '') && line.pid ? [line.pid] : []));
const answeredBy = (output: string, requestId: string) => logLines(output).find((line) => line.kind === 'access' && line.requestId === requestId)?.pid;

async function until<T>(find: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${tracker?.output ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('answers mutations from both workers, each counted at once, and replaces a worker killed -9', async () => {
  const port = await freePort();
  tracker = TrackerProcess.start({ DATA_DIR: join(root, 'data'), JWT_SECRET, WORKERS: '2', LOG_FORMAT: 'json', LOG_LEVEL: 'log' }, port);
  const running = tracker;
  await running.waitForHealthy(90_000);
  const first = await until(() => (serving(running.output).length >= 2 ? serving(running.output) : undefined), 'two serving workers');
  expect(new Set(first).size).toBe(2);
  expect(running.output).toContain('，2 个工作进程');

  const bureauId = (await post<{ registerOrgUnit: { orgUnit: { id: string } } }>(port, REGISTER_ORG_UNIT, { input: { name: '南区局', kind: 'BUREAU' } })).data.registerOrgUnit.orgUnit.id;
  let count = 0;
  let personTimes = 0;
  /**
   * Records one activity, then reads the totals twice, each request on a connection of its own:
   * both workers must count it the moment it is answered. Three connections a round make the
   * next mutation go to the other worker.
   */
  const record = async (): Promise<number> => {
    const times = 1 + (count % 5);
    const answer = await post(port, RECORD_ACTIVITY, { input: leiFengDay(bureauId, { personTimes: times, site: `第${count + 1}号营业厅` }) });
    count += 1;
    personTimes += times;
    for (let read = 0; read < 2; read++) {
      const totals = (await post<{ communityResponsibility: { volunteering: { activities: { count: number; personTimes: number } } } }>(port, TOTALS)).data;
      expect(totals.communityResponsibility.volunteering.activities).toEqual({ count, personTimes });
    }
    return until(() => answeredBy(running.output, answer.requestId), `the access line of ${answer.requestId}`);
  };

  const before: number[] = [];
  for (let n = 0; n < 12; n++) before.push(await record());
  expect(new Set(before)).toEqual(new Set(first));

  // Kill the worker that projects, so that the other takes the projection over as well.
  const projecting = logLines(running.output).find((line) => /本实例开始运行统计/.test(line.msg ?? ''))?.pid;
  expect(first).toContain(projecting);
  process.kill(projecting ?? -1, 'SIGKILL');
  const replacement = await until(() => serving(running.output).find((pid) => !first.includes(pid)), 'a replacement worker');
  const now = first.filter((pid) => pid !== projecting).concat(replacement);
  expect(running.output).toContain(`（pid ${projecting}）已停止（信号 SIGKILL）；`);

  const after: number[] = [];
  for (let n = 0; n < 12; n++) after.push(await record());
  expect(new Set(after)).toEqual(new Set(now));
  expect(count).toBe(24);

  const exit = await running.stop('SIGTERM', 40_000);
  expect(exit.code).toBe(0);
  for (const pid of now) expect(() => process.kill(pid, 0)).toThrow();
}, 240_000);
