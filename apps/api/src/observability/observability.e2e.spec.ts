// Operations end to end (docs/design.md §19), on the built tracker as a real process: JSON logs with an
// access line and an audit line and no secret in them, /metrics for an ADMIN, /health/ready
// turning 503 on a FAILED projection and back after a rebuild, and the HOST listen address.
import { JwtService } from '@nestjs/jwt';
import { type JsonObject, createPostgresEventStore } from '@tracker/event-store';
import { PROJECTION_NAME } from '@tracker/projections';
import type { TestDatabase } from '@tracker/testing';
import { createTestDatabase } from '@tracker/testing';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { REGISTER_ORG_UNIT } from '../../test/documents';
import { CORRECT_RELIEF, GRANT_RELIEF, springFestivalRelief } from '../../test/relief-grants.documents';
import { TrackerProcess, ensureBuilt, freePort, killProcessesMentioning, printedOneTimePasswords } from '../../test/tracker-process';

const JWT_SECRET = 'observability-e2e-secret-long-enough-for-hs256';
const signer = new JwtService({ secret: JWT_SECRET });
const sign = (sub: string, roles: string[]) => signer.sign({ sub, name: '运维测试', roles, orgUnitIds: [] }, { algorithm: 'HS256', expiresIn: 600 });
const admin = sign('ops.admin', ['ADMIN']);

// What must never reach a log line, each sent where a careless logger would pick it up.
const COOKIE_VALUE = 'session-cookie-value-7f3a9c';
const PASSWORD_VALUE = 'Passw0rd-never-logged-91b2';
const RELIEF_REASON = '受助人王五家属住院，金额按发票调整';

interface GraphQLAnswer<T> {
  readonly data?: T;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

async function gql<T>(tracker: TrackerProcess, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`http://127.0.0.1:${tracker.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

function dataOf<T>(answer: GraphQLAnswer<T>): T {
  if (answer.errors?.length || !answer.data) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** Captures a child's stdout alone (TrackerProcess.output mixes in stderr). */
function captureStdout(tracker: TrackerProcess): () => string {
  let text = '';
  tracker.child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

type LogLine = Record<string, unknown>;

function jsonLines(stdout: string): LogLine[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '' && printedOneTimePasswords(line).length === 0 && !line.startsWith('请用它登录'))
    .map((line) => JSON.parse(line) as LogLine);
}

async function eventually<T>(find: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match?.[1] || !match[3]) throw new Error(`Not a Prometheus sample: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The value of one series (0 when it does not exist yet, as for a counter never incremented). */
function valueOf(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): number {
  const sample = samples.find((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value));
  return sample?.value ?? 0;
}

async function scrape(tracker: TrackerProcess, token = admin): Promise<Sample[]> {
  const response = await fetch(`http://127.0.0.1:${tracker.port}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return parseMetrics(await response.text());
}

async function probe(tracker: TrackerProcess, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${tracker.port}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The addresses a local port listens on, from the kernel's own table (a real socket, not a log line). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const addresses: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let table = '';
    try {
      table = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of table.split('\n').slice(1)) {
      const [, local = '', , state] = line.trim().split(/\s+/);
      const [hexAddress = '', portPart] = local.split(':');
      if (portPart !== hexPort || state !== '0A') continue; // 0A: LISTEN
      addresses.push(decodeAddress(hexAddress));
    }
  }
  return addresses;
}

function decodeAddress(hex: string): string {
  // The kernel prints each 32-bit word in host (little-endian) byte order.
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) => (word.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.every((b) => b === 0)) return '::';
  if (bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1) return '::1';
  return hex;
}

const EVERY_INTERFACE = ['0.0.0.0', '::'];

let database: TestDatabase;
let root: string;
const trackers: TrackerProcess[] = [];

async function start(env: Record<string, string>): Promise<TrackerProcess> {
  const tracker = TrackerProcess.start({ DATA_DIR: join(root, `data-${trackers.length}`), ...env }, await freePort());
  trackers.push(tracker);
  return tracker;
}

beforeAll(async () => {
  await ensureBuilt();
  database = await createTestDatabase('observability');
  root = mkdtempSync(join(tmpdir(), 'tracker-ops-'));
  chmodSync(root, 0o777); // as root, the embedded PostgreSQL's OS user must be able to enter it
}, 180_000);

afterAll(async () => {
  await Promise.all(trackers.map((tracker) => (tracker.running ? tracker.stop('SIGKILL').catch(() => undefined) : undefined)));
  killProcessesMentioning(root);
  await database?.drop();
  rmSync(root, { recursive: true, force: true });
});

describe('a tracker on DATABASE_URL', () => {
  let tracker: TrackerProcess;
  let stdout: () => string;
  let unionId: string;

  beforeAll(async () => {
    tracker = await start({ DATABASE_URL: database.url, JWT_SECRET, LOG_FORMAT: 'json' });
    stdout = captureStdout(tracker);
    await tracker.waitForHealthy(30_000);
    const bureauId = dataOf(await gql<RegisteredUnit>(tracker, REGISTER_ORG_UNIT, { input: { name: '南区局', kind: 'BUREAU' } })).registerOrgUnit.orgUnit.id;
    unionId = dataOf(await gql<RegisteredUnit>(tracker, REGISTER_ORG_UNIT, { input: { name: '网络部工会', kind: 'UNION', parentId: bureauId } })).registerOrgUnit.orgUnit.id;
  }, 60_000);

  it('listens on every interface when HOST is unset, as before HOST existed', () => {
    const addresses = listeningAddresses(tracker.port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(EVERY_INTERFACE).toContain(address);
  });

  it('logs JSON lines with ISO times, an access line and an audit line per mutation, and no token, cookie, password or relief reason', async () => {
    const secretHeaders = { cookie: `tracker_session=${COOKIE_VALUE}`, 'x-request-id': 'ops-e2e-grant' };
    // An undeclared variable is ignored by GraphQL; a logger that dumped variables would still print it.
    const granted = dataOf(
      await gql<Granted>(tracker, GRANT_RELIEF, { input: springFestivalRelief(unionId), password: PASSWORD_VALUE, newPassword: PASSWORD_VALUE }, secretHeaders),
    ).grantRelief;
    const corrected = dataOf(
      await gql<Corrected>(tracker, CORRECT_RELIEF, { input: { id: granted.grant.id, reason: RELIEF_REASON, personTimes: 16 } }, { 'x-correlation-id': 'ops-e2e-correct' }),
    ).correctReliefGrant;

    const access = await eventually(
      () => jsonLines(stdout()).find((line) => line['kind'] === 'access' && line['requestId'] === 'ops-e2e-correct'),
      'the access line of the correction',
    );
    const lines = jsonLines(stdout());
    for (const line of lines) expect(String(line['time'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(lines.find((line) => line['kind'] === 'access' && line['requestId'] === 'ops-e2e-grant')).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      account: 'ops.admin',
      graphql: { operationType: 'mutation', operationName: 'Grant' },
      msg: 'POST /graphql 200',
    });
    expect(access).toMatchObject({ account: 'ops.admin', graphql: { operationType: 'mutation', operationName: 'Correct' } });

    const audits = lines.filter((line) => line['kind'] === 'audit');
    expect(audits.find((line) => line['correlationId'] === 'ops-e2e-grant')).toMatchObject({
      context: 'Audit',
      events: ['ReliefGranted'],
      stream: `reliefgrant-${granted.grant.id}`,
      recordId: granted.grant.id,
      account: 'ops.admin',
      position: granted.position,
      // The audit line was logged while serving the request: it carries the request's id.
      requestId: 'ops-e2e-grant',
    });
    expect(audits.find((line) => line['correlationId'] === 'ops-e2e-correct')).toMatchObject({ events: ['ReliefGrantCorrected'], position: corrected.position });

    // Everything the process wrote, stdout and stderr.
    for (const secret of [admin, COOKIE_VALUE, PASSWORD_VALUE, RELIEF_REASON, '王五']) expect(tracker.output).not.toContain(secret);
  });

  it('serves /metrics to an ADMIN token only', async () => {
    const url = `http://127.0.0.1:${tracker.port}/metrics`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('管理员') });
    expect((await fetch(url, { headers: { authorization: 'Bearer not-a-token' } })).status).toBe(401);
    const compiler = await fetch(url, { headers: { authorization: `Bearer ${sign('li.hua', ['COMPILER'])}` } });
    expect(compiler.status).toBe(403);
    expect(await compiler.json()).toMatchObject({ code: 'FORBIDDEN' });
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${admin}` } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('has the request, command, append, projection, pool and process series, and a mutation moves them', async () => {
    const before = await scrape(tracker);
    const names = new Set(before.map((sample) => sample.name));
    for (const name of [
      'tracker_http_request_duration_seconds_bucket',
      'tracker_commands_total',
      'tracker_event_store_appends_total',
      'tracker_event_store_append_duration_seconds_bucket',
      'tracker_event_store_appended_events_total',
      'tracker_projection_lag_events',
      'tracker_projection_state',
      'tracker_projection_leader',
      'tracker_db_pool_connections',
      'tracker_db_pool_idle_connections',
      'tracker_db_pool_waiting_requests',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect({ name, present: names.has(name) }).toEqual({ name, present: true });
    }
    for (const pool of ['event_store', 'read_model']) expect(valueOf(before, 'tracker_db_pool_connections', { pool })).toBeGreaterThan(0);
    expect(valueOf(before, 'tracker_projection_state', { projection: PROJECTION_NAME, state: 'RUNNING' })).toBe(1);
    expect(valueOf(before, 'tracker_projection_leader', { projection: PROJECTION_NAME })).toBe(1);

    dataOf(await gql<Granted>(tracker, GRANT_RELIEF, { input: springFestivalRelief(unionId, { grantedOn: '2023-02-01' }) }));
    const refused = await gql<Granted>(tracker, GRANT_RELIEF, { input: springFestivalRelief(unionId, { personTimes: 0 }) });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const after = await scrape(tracker);
    const moved = (name: string, labels: Record<string, string> = {}) => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(moved('tracker_commands_total', { command: 'grantRelief', outcome: 'accepted' })).toBe(1);
    expect(moved('tracker_commands_total', { command: 'grantRelief', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(moved('tracker_event_store_appends_total', { outcome: 'written' })).toBe(1);
    expect(moved('tracker_event_store_appended_events_total')).toBe(1);
    expect(moved('tracker_event_store_append_duration_seconds_count', { outcome: 'written' })).toBe(1);
    expect(moved('tracker_http_request_duration_seconds_count', { operation: 'grantRelief', type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(moved('tracker_http_request_duration_seconds_count', { operation: 'grantRelief', type: 'mutation', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(valueOf(after, 'tracker_projection_lag_events', { projection: PROJECTION_NAME })).toBe(0);

    // Bounded labels: operations are schema fields or route patterns, never an id or the client's operation names (Grant, Correct).
    const operations = new Set(after.flatMap((sample) => (sample.labels['operation'] === undefined ? [] : [sample.labels['operation']])));
    expect([...operations].filter((operation) => !/^([a-z][A-Za-z]*|\/[\w/:.-]*|\([a-z]+\))$/.test(operation))).toEqual([]);
    expect([...operations]).toEqual(expect.arrayContaining(['grantRelief', 'correctReliefGrant', 'registerOrgUnit', '/metrics']));
    const labelValues = after.flatMap((sample) => Object.values(sample.labels));
    expect(labelValues.filter((value) => /[0-9a-f]{8}-[0-9a-f]{4}-|^(Grant|Correct|ops-e2e-.*)$/.test(value))).toEqual([]);
  });

  it('is not ready while its projection is FAILED, stays live meanwhile, and is ready again after a rebuild and after a restart', async () => {
    const ready = await probe(tracker, '/health/ready');
    expect(ready).toMatchObject({ status: 200, body: { status: 'ok', details: { database: { status: 'up' }, [PROJECTION_NAME]: { status: 'up', state: 'RUNNING', lag: 0 } } } });

    // Damage the read model under a recorded grant, then correct that grant: the projector cannot
    // apply the correction and stops FAILED, as for any poison event (the log itself stays sound).
    const grant = dataOf(await gql<Granted>(tracker, GRANT_RELIEF, { input: springFestivalRelief(unionId, { grantedOn: '2023-03-01' }) })).grantRelief.grant;
    await withClient(async (client) => {
      const [pointer] = (await client.query<{ generation: number }>(`SELECT generation FROM projection_active_generation WHERE name = $1`, [PROJECTION_NAME])).rows;
      await client.query(`DELETE FROM read_model_g${pointer?.generation}.relief_grants WHERE id = $1`, [grant.id]);
    });
    await appendDirectly(`reliefgrant-${grant.id}`, 'ReliefGrantCorrected', { grantId: grant.id, changes: { personTimes: 20 }, reason: '直接写入的更正' });

    const notReady = await eventually(async () => {
      const answer = await probe(tracker, '/health/ready');
      return answer.status === 503 ? answer : undefined;
    }, '/health/ready to answer 503');
    expect(notReady.body).toMatchObject({ status: 'error', error: { [PROJECTION_NAME]: { status: 'down', state: 'FAILED', lag: expect.any(Number) } } });
    // The cause stays out of an unauthenticated answer (projectionStatus shows it to a COMPILER or ADMIN).
    expect(JSON.stringify(notReady.body)).not.toMatch(/"lastError"|统计数据中没有|reliefgrant-/);
    expect(await probe(tracker, '/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
    // GET /health answers as it always has: the database is fine.
    expect(await probe(tracker, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(valueOf(await scrape(tracker), 'tracker_projection_state', { projection: PROJECTION_NAME, state: 'FAILED' })).toBe(1);

    const rebuilt = await gql<{ rebuildProjections: { events: number } }>(tracker, 'mutation { rebuildProjections { events } }', {});
    expect(dataOf(rebuilt).rebuildProjections.events).toBeGreaterThan(0);
    expect(await probe(tracker, '/health/ready')).toMatchObject({ status: 200, body: { status: 'ok', details: { [PROJECTION_NAME]: { state: 'RUNNING', lag: 0 } } } });
    expect(valueOf(await scrape(tracker), 'tracker_projection_state', { projection: PROJECTION_NAME, state: 'RUNNING' })).toBe(1);

    // A restart on the same database is ready too, and its projector counts new records again.
    expect(await tracker.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    tracker = await start({ DATABASE_URL: database.url, JWT_SECRET });
    await tracker.waitForHealthy(30_000);
    dataOf(await gql<Granted>(tracker, GRANT_RELIEF, { input: springFestivalRelief(unionId, { grantedOn: '2023-04-01' }) }));
    expect(await probe(tracker, '/health/ready')).toMatchObject({ status: 200, body: { details: { [PROJECTION_NAME]: { state: 'RUNNING', lag: 0 } } } });
  }, 90_000);

  it('gives a bad HOST one clear line and no start', async () => {
    const bad = await start({ DATABASE_URL: database.url, JWT_SECRET, HOST: '0.0.0.0:3000' });
    expect((await bad.exited).code).not.toBe(0);
    expect(bad.output.trim().split('\n')).toEqual([
      '配置有误：HOST 应为本机的 IP 地址或主机名，不带协议和端口（例如 127.0.0.1、0.0.0.0、::）（现为 "0.0.0.0:3000"）',
    ]);
  });

  it('stops with one line naming HOST when HOST is not an address of this machine', async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of a real machine.
    const elsewhere = await start({ DATABASE_URL: database.url, JWT_SECRET, HOST: '192.0.2.1' });
    expect((await elsewhere.exited).code).not.toBe(0);
    expect(elsewhere.output).toContain('HOST 192.0.2.1 不是本机的地址');
  });

  it('listens on the HOST it is given', async () => {
    const loopback = await start({ DATABASE_URL: database.url, JWT_SECRET, HOST: '127.0.0.1' });
    await loopback.waitForHealthy(30_000);
    expect(listeningAddresses(loopback.port)).toEqual(['127.0.0.1']);
    expect(loopback.output).toContain(`追踪系统已启动：http://localhost:${loopback.port}/ （接口 /graphql；仅本机可访问）`);
    await loopback.stop('SIGTERM');
  });
});

describe('a tracker on the embedded database', () => {
  it('listens on 127.0.0.1 only by default, logs JSON, and keeps the first start’s one-time password plain lines', async () => {
    const tracker = await start({ LOG_FORMAT: 'json' });
    const stdout = captureStdout(tracker);
    await tracker.waitForHealthy(60_000);
    expect(listeningAddresses(tracker.port)).toEqual(['127.0.0.1']);

    const [printed, ...more] = printedOneTimePasswords(stdout());
    expect({ printed, more }).toEqual({ printed: { username: 'admin', password: expect.any(String) }, more: [] });
    const password = printed?.password ?? '';
    expect(stdout()).toMatch(new RegExp(`^管理员账号 admin 的一次性密码：${password}$`, 'm'));
    const lines = jsonLines(stdout());
    expect(lines.find((line) => String(line['msg']).startsWith('内置 PostgreSQL'))).toMatchObject({ level: 'info', context: 'Runtime' });
    expect(lines.find((line) => String(line['msg']).startsWith('追踪系统已启动'))).toMatchObject({ host: '127.0.0.1', port: tracker.port });
    // The printed password signs in, and after it nothing prints it again: not even the failed sign-in's warning.
    const signIn = async (attempt: string) =>
      (await fetch(`http://127.0.0.1:${tracker.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation ($input: SignInInput!) { signIn(input: $input) { account { mustChangePassword } } }', variables: { input: { username: 'admin', password: attempt } } }),
      }).then((response) => response.json())) as { data?: unknown };
    expect(await signIn(password)).toEqual({ data: { signIn: { account: { mustChangePassword: true } } } });
    await signIn(`${password}-wrong`);
    expect(await tracker.graphql<{ version: string }>('{ version }')).toMatchObject({ data: { version: expect.any(String) } });
    expect(tracker.output.split(password)).toHaveLength(2);
    expect(await tracker.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });
});

interface RegisteredUnit {
  registerOrgUnit: { orgUnit: { id: string } };
}
interface Granted {
  grantRelief: { position: string; grant: { id: string } };
}
interface Corrected {
  correctReliefGrant: { position: string };
}

async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Appends one event to the tracker's store from outside, as a poison event would arrive. */
async function appendDirectly(streamId: string, type: string, data: JsonObject): Promise<void> {
  const store = await createPostgresEventStore({ connectionString: database.url, migrate: false });
  try {
    const eventId = randomUUID();
    await store.appendToStream(streamId, [{ eventId, type, data, metadata: { eventId, recordedAt: new Date().toISOString(), recordedBy: 'ops-e2e', correlationId: 'ops-e2e' } }], {
      expectedVersion: 'any',
    });
  } finally {
    await store.close();
  }
}
