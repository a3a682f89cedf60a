// Server-side limits (docs/design.md §8): query depth, breadth and cost, the budget of a request without
// a token, and errors that never leak internals.
import { ApiHarness, englishIn, errorCode, type GraphQLResponse } from '../../test/api-harness';
import { QUERY_LIMITS } from './query-limits';

let api: ApiHarness;
let admin: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ roles: ['ADMIN'] });
});

afterAll(() => api.close());

it(`refuses a query nested deeper than ${QUERY_LIMITS.maxDepth} levels, even through fragments`, async () => {
  // __type introspection nests arbitrarily deep through ofType; the depth rule stops it first.
  const nested = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${nested(depth - 1)} }`);
  const deep = await api.gql(`{ __type(name: "Query") { ${nested(QUERY_LIMITS.maxDepth + 1)} } }`, {}, admin);
  expect(errorCode(deep)).toBe('BAD_USER_INPUT');
  expect(deep.errors?.[0]?.message).toBe('查询嵌套超过了 8 层的上限');

  const viaFragment = await api.gql(`{ __type(name: "Query") { ...F } } fragment F on __Type { ${nested(QUERY_LIMITS.maxDepth + 1)} }`, {}, admin);
  expect(errorCode(viaFragment)).toBe('BAD_USER_INPUT');
});

it(`refuses a query selecting more than ${QUERY_LIMITS.maxFields} fields`, async () => {
  const wide = `{ ${Array.from({ length: QUERY_LIMITS.maxFields + 1 }, (_, i) => `v${i}: version`).join(' ')} }`;
  const response = await api.gql(wide, {}, admin);
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0]?.message).toBe('查询选择的字段超过了 400 个的上限');
});

/** The fragment bomb of issue 12: 22 fragments, each spreading the next one twice (2^21 fields, under 1 KB). */
const FRAGMENT_BOMB = `query { ...F0 } ${Array.from({ length: 21 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F21 on Query { version }`;

/** Sends one request and measures the CPU this process (client and server both) spent on it. */
async function timed<T>(send: () => Promise<GraphQLResponse<T>>): Promise<{ response: GraphQLResponse<T>; cpuMs: number }> {
  const before = process.cpuUsage();
  const response = await send();
  const used = process.cpuUsage(before);
  return { response, cpuMs: (used.user + used.system) / 1000 };
}

describe('the fragment bomb (issue 12)', () => {
  it.each([
    ['without a token', () => null, 200, 'UNAUTHENTICATED'],
    ['with a token', () => admin, 400, 'BAD_USER_INPUT'],
  ])('is refused %s within 100 ms of CPU', async (_name, token, status, code) => {
    expect(FRAGMENT_BOMB.length).toBeLessThan(1024);
    const { response, cpuMs } = await timed(() => api.gql(FRAGMENT_BOMB, {}, token()));
    expect([response.status, errorCode(response)]).toEqual([status, code]);
    expect(response.errors?.[0]?.message).toMatch(/查询选择的字段超过了 \d+ 个的上限$/);
    expect(cpuMs).toBeLessThan(100);
  });
});

describe('the cost of a request', () => {
  it('refuses 399 aliases of reportSection, which fit under the field limit, before running any of them', async () => {
    const aliases = `{ ${Array.from({ length: 399 }, (_, i) => `a${i}: reportSection(year: 2023)`).join(' ')} }`;
    const response = await api.gql(aliases, {}, admin);
    // A 400 with no data: refused while the document was validated, so no resolver ran.
    expect([response.status, errorCode(response)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.message).toBe(`查询的计算量超过了上限（${QUERY_LIMITS.maxCost}）：汇总、报告、历史等查询较重，请分几次查询`);
    expect(englishIn(response)).toEqual([]);
  });

  it('answers an honest section and report together', async () => {
    const response = await api.gql('{ communityResponsibility(year: 2023) { year } reportSection(year: 2023) }', {}, admin);
    expect(response.errors).toBeUndefined();
  });
});

describe('a request without a token', () => {
  it('gets a smaller budget: 51 fields are refused before any guard runs, as needing a sign-in', async () => {
    const wide = `{ ${Array.from({ length: QUERY_LIMITS.anonymous.maxFields + 1 }, (_, i) => `v${i}: version`).join(' ')} }`;
    const response = await api.gql(wide, {}, null);
    expect([response.status, errorCode(response)]).toEqual([200, 'UNAUTHENTICATED']);
    expect(response.errors?.[0]?.message).toMatch(/^请先登录：未登录的请求限额很低/);
    expect((await api.gql(wide, {}, admin)).errors?.[0]?.extensions?.code).toBeUndefined();
  });

  it('is refused within milliseconds even as a body-sized document', async () => {
    const huge = `{ ${Array.from({ length: 15_000 }, (_, i) => `a${i}: version`).join(' ')} }`;
    expect(huge.length).toBeGreaterThan(200_000);
    const { response, cpuMs } = await timed(() => api.gql(huge, {}, null));
    expect(response.errors?.[0]?.message).toContain('查询语句过长');
    expect(cpuMs).toBeLessThan(100);
  });

  it('hears no schema hints outside development: neither accepted values nor required names', async () => {
    const wrongEnum = 'mutation { grantRelief(input: { unionId: "x", grantedOn: "2023-01-16", amount: "1.00", personTimes: 1, category: LIVING }) { position } }';
    const anonymous = await api.gql(wrongEnum, {}, null);
    expect(anonymous.errors?.[0]?.message).toBe('取值无效');
    expect(JSON.stringify(anonymous)).not.toMatch(/LIVING_HARDSHIP|Did you mean/);
    const missing = await api.gql('mutation { grantRelief(input: { unionId: "x" }) { position } }', {}, null);
    expect(JSON.stringify(missing)).not.toMatch(/grantedOn|personTimes|category/);
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    // With a token, the same refusal names the values to choose from.
    expect((await api.gql(wrongEnum, {}, admin)).errors?.[0]?.message).toMatch(/^取值无效，可选：SERIOUS_ILLNESS、LIVING_HARDSHIP/);
  });
});

it('keeps introspection off outside development', async () => {
  const response = await api.gql('{ __schema { queryType { name } } }', {}, admin);
  expect(response.errors?.[0]?.message).toBe('此环境不开放接口结构查询');
});

it('answers a failure inside the server with INTERNAL_SERVER_ERROR and no stack trace or SQL', async () => {
  // Closing the event store's pool makes the next read fail deep inside pg.
  await api.store.close();
  const response = await api.gql('{ eventStore { headPosition } }', {}, admin);
  expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
  expect(response.errors?.[0]?.message).toMatch(/服务器出错了/);
  expect(JSON.stringify(response)).not.toMatch(/stacktrace|pool|\.ts:\d+|\.js:\d+|SELECT/i);
});
