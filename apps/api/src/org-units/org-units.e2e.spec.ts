// registerOrgUnit and orgUnits over HTTP: the org chart's rules hold and bad input writes nothing.
import { ApiHarness, dataOf, errorCode } from '../../test/api-harness';
import { type OrgUnitResult, REGISTER_ORG_UNIT, RECORD_ACTIVITY, RECORD_HISTORY, leiFengDay, registerOrgUnit } from '../../test/documents';

let api: ApiHarness;
let admin: string;
let bureauId: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  bureauId = await registerOrgUnit(api, admin, { name: '南区局', kind: 'BUREAU' });
});

afterAll(() => api.close());

const register = (input: Record<string, unknown>) => api.gql<OrgUnitResult>(REGISTER_ORG_UNIT, { input }, admin);

it('registers a unit under its parent and answers with its path and position', async () => {
  const { registerOrgUnit: result } = dataOf(await register({ name: ' 康健支局 ', kind: 'SUB_BUREAU', parentId: bureauId }));
  expect(result.orgUnit).toMatchObject({ name: '康健支局', kind: 'SUB_BUREAU', parentId: bureauId, path: ['南区局', '康健支局'], retired: false });
  expect(BigInt(result.position)).toBe(await api.head());
});

it('repeats an idempotent registration without writing, and refuses the key for other data', async () => {
  const input = { name: '网络部工会', kind: 'UNION', parentId: bureauId, idempotencyKey: 'union-1' };
  const first = dataOf(await register(input)).registerOrgUnit;
  const head = await api.head();
  expect(dataOf(await register(input)).registerOrgUnit).toEqual(first);
  expect(errorCode(await register({ ...input, name: '综合部工会' }))).toBe('CONFLICT');
  expect(await api.head()).toBe(head);
});

describe('refuses, writing nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a sibling with the same name', { name: '康健支局', kind: 'SUB_BUREAU', parentId: 'BUREAU' }, 'CONFLICT'],
    ['an unknown parent', { name: '某支局', kind: 'SUB_BUREAU', parentId: '6a1f5c0e-0000-4000-8000-00000000abcd' }, 'NOT_FOUND'],
    ['a top-level unit that is not a BUREAU', { name: '游离党支部', kind: 'PARTY_BRANCH' }, 'BAD_USER_INPUT'],
    ['an empty name', { name: '  ', kind: 'SUB_BUREAU', parentId: 'BUREAU' }, 'BAD_USER_INPUT'],
    ['a name over 100 characters', { name: '局'.repeat(101), kind: 'SUB_BUREAU', parentId: 'BUREAU' }, 'BAD_USER_INPUT'],
    ['an unknown kind', { name: '某处', kind: 'COMMITTEE', parentId: 'BUREAU' }, 'BAD_USER_INPUT'],
    ['a parent id that is not an id', { name: '某支局', kind: 'SUB_BUREAU', parentId: 'nanqu' }, 'BAD_USER_INPUT'],
  ];
  it.each(cases)('%s', async (_name, input, code) => {
    const head = await api.head();
    const resolved = { ...input, ...(input['parentId'] === 'BUREAU' ? { parentId: bureauId } : {}) };
    expect(errorCode(await register(resolved))).toBe(code);
    expect(await api.head()).toBe(head);
  });
});

it('keeps the organizer path as it was on the day an activity was recorded', async () => {
  const hallId = await registerOrgUnit(api, admin, { name: '徐家汇营业厅', kind: 'SERVICE_HALL', parentId: bureauId });
  const recorded = dataOf(
    await api.gql<{ recordVolunteerActivity: { activity: { id: string; organizerPath: string[] } } }>(RECORD_ACTIVITY, { input: leiFengDay(hallId) }, admin),
  ).recordVolunteerActivity.activity;
  expect(recorded.organizerPath).toEqual(['南区局', '徐家汇营业厅']);
  const history = dataOf(await api.gql<{ recordHistory: { type: string; data: { organizerPath: string[] } }[] }>(RECORD_HISTORY, { id: recorded.id }, admin));
  expect(history.recordHistory[0]?.data.organizerPath).toEqual(['南区局', '徐家汇营业厅']);
  const unitHistory = dataOf(await api.gql<{ recordHistory: { type: string }[] }>(RECORD_HISTORY, { id: hallId }, admin));
  expect(unitHistory.recordHistory.map((e) => e.type)).toEqual(['OrgUnitRegistered']);
});

it('checks scope against a unit registered a moment ago, while other requests keep reading the org chart', async () => {
  // The org chart is kept folded in memory and its reads are shared between concurrent requests;
  // a request must still see every unit registered before it was sent.
  const busy = Array.from({ length: 12 }, () => api.gql(RECORD_ACTIVITY, { input: leiFengDay(bureauId) }, admin));
  for (let i = 0; i < 3; i++) {
    const unitId = await registerOrgUnit(api, admin, { name: `临时志愿服务点${i}`, kind: 'STUDIO', parentId: bureauId });
    const recorder = api.token({ sub: `studio-${i}`, roles: ['RECORDER'], orgUnitIds: [unitId] });
    const recorded = await api.gql<{ recordVolunteerActivity: { activity: { organizerPath: string[] } } }>(RECORD_ACTIVITY, { input: leiFengDay(unitId) }, recorder);
    expect(dataOf(recorded).recordVolunteerActivity.activity.organizerPath).toEqual(['南区局', `临时志愿服务点${i}`]);
  }
  for (const response of await Promise.all(busy)) dataOf(response);
});
