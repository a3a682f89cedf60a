// Server-side limits (docs/design.md §8): query depth and breadth, and errors that never leak internals.
import { ApiHarness, errorCode } from '../../test/api-harness';
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
  expect(deep.errors?.[0]?.message).toMatch(/查询嵌套了 \d+ 层，上限为 8 层/);

  const viaFragment = await api.gql(`{ __type(name: "Query") { ...F } } fragment F on __Type { ${nested(QUERY_LIMITS.maxDepth + 1)} }`, {}, admin);
  expect(errorCode(viaFragment)).toBe('BAD_USER_INPUT');
});

it(`refuses a query selecting more than ${QUERY_LIMITS.maxFields} fields`, async () => {
  const wide = `{ ${Array.from({ length: QUERY_LIMITS.maxFields + 1 }, (_, i) => `v${i}: version`).join(' ')} }`;
  const response = await api.gql(wide, {}, admin);
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0]?.message).toMatch(/查询选择了 \d+ 个字段/);
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
