// projectionStatus and rebuildProjections over HTTP: who may ask, and what a status at rest says.
import { ApiHarness, dataOf } from '../../test/api-harness';

const STATUS = /* GraphQL */ `{ projectionStatus { name state lag checkpoint headPosition lastError rebuilding { generation checkpoint lag state } } }`;
const REBUILD = /* GraphQL */ `mutation { rebuildProjections { generation events } }`;

let api: ApiHarness;

beforeAll(async () => {
  api = await ApiHarness.start();
});

afterAll(() => api.close());

it('tells a COMPILER the state, and no rebuild while none runs', async () => {
  const compiler = api.token({ sub: 'chen.jing', roles: ['COMPILER'] });
  const [status] = dataOf(await api.gql<{ projectionStatus: Record<string, unknown>[] }>(STATUS, {}, compiler)).projectionStatus;
  expect(status).toMatchObject({ state: 'RUNNING', lastError: null, rebuilding: null });
});

it('refuses the status to a RECORDER, and a rebuild to anyone but an ADMIN, in Chinese', async () => {
  const recorder = api.token({ sub: 'li.si', roles: ['RECORDER'] });
  const refused = await api.expectRefused(() => api.gql(STATUS, {}, recorder), 'FORBIDDEN');
  expect(refused.errors?.[0]?.message).toBe('查看统计数据的处理状态需要报告汇编或管理员角色');
  await api.expectRefused(() => api.gql(REBUILD, {}, api.token({ sub: 'chen.jing', roles: ['COMPILER'] })), 'FORBIDDEN');
});
