// renameOrgUnit and retireOrgUnit over HTTP: the org chart's rules hold, records keep the names
// they were made under, the history says who did what and why, and bad input writes nothing.
import { ApiHarness, dataOf } from '../../test/api-harness';
import { RECORD_ACTIVITY, RECORD_HISTORY, type OrgFixture, leiFengDay, registerBureau, registerOrgUnit } from '../../test/documents';
import { shanghaiDateOf } from '../shared/shanghai-date';

const UNIT_FIELDS = 'id name kind parentId path retired retiredOn';
const RENAME = /* GraphQL */ `mutation ($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { position orgUnit { ${UNIT_FIELDS} } } }`;
const RETIRE = /* GraphQL */ `mutation ($input: RetireOrgUnitInput!) { retireOrgUnit(input: $input) { position orgUnit { ${UNIT_FIELDS} } } }`;
const ORG_UNITS = /* GraphQL */ `{ orgUnits { ${UNIT_FIELDS} } }`;

interface Unit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string[];
  retired: boolean;
  retiredOn: string | null;
}
type RenameResult = { renameOrgUnit: { position: string; orgUnit: Unit } };
type RetireResult = { retireOrgUnit: { position: string; orgUnit: Unit } };
type History = { recordHistory: { type: string; recordedBy: string; data: Record<string, unknown> }[] };

const UNKNOWN_ID = '6a1f5c0e-0000-4000-8000-00000000abcd';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'wang.admin', name: '王管理', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
});

afterAll(() => api.close());

const rename = (input: Record<string, unknown>, token: string | null = admin) => api.gql<RenameResult>(RENAME, { input }, token);
const retire = (input: Record<string, unknown>, token: string | null = admin) => api.gql<RetireResult>(RETIRE, { input }, token);
const unitsNow = async () => dataOf(await api.gql<{ orgUnits: Unit[] }>(ORG_UNITS, {}, admin)).orgUnits;

describe('renameOrgUnit', () => {
  it('renames a unit, trimming the name; the paths below it follow, records keep the name they were made under', async () => {
    const recorded = dataOf(await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, admin));
    const { renameOrgUnit } = dataOf(await rename({ id: org.branchId, name: ' 公客党支部 ' }));
    expect(renameOrgUnit.orgUnit).toMatchObject({ id: org.branchId, name: '公客党支部', path: ['南区局', '公客党支部'], retired: false });
    expect(BigInt(renameOrgUnit.position)).toBe(await api.head());
    expect((await unitsNow()).find((unit) => unit.id === org.subBureauId)?.path).toEqual(['南区局', '公客党支部', '康健支局']);

    const activity = dataOf(await api.gql<History>(RECORD_HISTORY, { id: recorded.recordVolunteerActivity.activity.id }, admin)).recordHistory;
    expect(activity[0]?.data['organizerPath']).toEqual(['南区局', '公客综合党支部', '康健支局']);
    const unit = dataOf(await api.gql<History>(RECORD_HISTORY, { id: org.branchId }, admin)).recordHistory;
    expect(unit.map(({ type, recordedBy, data }) => ({ type, recordedBy, name: data['name'] }))).toEqual([
      { type: 'OrgUnitRegistered', recordedBy: 'wang.admin', name: '公客综合党支部' },
      { type: 'OrgUnitRenamed', recordedBy: 'wang.admin', name: '公客党支部' },
    ]);
  });

  it('writes nothing when the name is the one the unit has', async () => {
    const head = await api.head();
    const { renameOrgUnit } = dataOf(await rename({ id: org.branchId, name: '公客党支部' }));
    expect(renameOrgUnit.orgUnit.name).toBe('公客党支部');
    expect(await api.head()).toBe(head);
  });

  describe('refuses, writing nothing', () => {
    it.each([
      ['an empty name', () => ({ id: org.otherSubBureauId, name: '   ' }), 'BAD_USER_INPUT', 'name'],
      ['a name over 100 characters', () => ({ id: org.otherSubBureauId, name: '局'.repeat(101) }), 'BAD_USER_INPUT', 'name'],
      ['a name that is not text', () => ({ id: org.otherSubBureauId, name: 42 }), 'BAD_USER_INPUT', undefined],
      ['an id that is not an id', () => ({ id: 'hengfu', name: '衡复新支局' }), 'BAD_USER_INPUT', 'id'],
      ['an unknown unit', () => ({ id: UNKNOWN_ID, name: '衡复新支局' }), 'NOT_FOUND', undefined],
      ['the name a sibling has', () => ({ id: org.otherSubBureauId, name: '网络部工会' }), 'CONFLICT', undefined],
    ] as const)('%s', async (_case, input, code, field) => {
      await api.expectRefused(() => rename(input()), code, field);
    });

    it('a caller who is not an ADMIN', async () => {
      const recorder = api.token({ sub: 'li.si', roles: ['RECORDER', 'COMPILER'], orgUnitIds: [org.bureauId] });
      await api.expectRefused(() => rename({ id: org.otherSubBureauId, name: '衡复新支局' }, recorder), 'FORBIDDEN');
    });

    it('a caller who has not signed in', async () => {
      await api.expectRefused(() => rename({ id: org.otherSubBureauId, name: '衡复新支局' }, null), 'UNAUTHENTICATED');
    });
  });
});

describe('retireOrgUnit', () => {
  it('retires a unit as of today in Shanghai, keeping the reason in its history; it stays in the chart', async () => {
    const hallId = await registerOrgUnit(api, admin, { name: '徐家汇营业厅', kind: 'SERVICE_HALL', parentId: org.bureauId });
    const { retireOrgUnit } = dataOf(await retire({ id: hallId, reason: ' 营业厅撤并 ' }));
    expect(retireOrgUnit.orgUnit).toMatchObject({ id: hallId, name: '徐家汇营业厅', retired: true, retiredOn: shanghaiDateOf(new Date()) });
    expect(BigInt(retireOrgUnit.position)).toBe(await api.head());
    expect((await unitsNow()).find((unit) => unit.id === hallId)).toMatchObject({ retired: true });

    const history = dataOf(await api.gql<History>(RECORD_HISTORY, { id: hallId }, admin)).recordHistory;
    expect(history.at(-1)).toMatchObject({ type: 'OrgUnitRetired', recordedBy: 'wang.admin', data: { orgUnitId: hallId, reason: '营业厅撤并' } });
  });

  it('retires without a reason, and then nothing new is recorded for the unit or registered under it', async () => {
    const studioId = await registerOrgUnit(api, admin, { name: '枫林工作室', kind: 'STUDIO', parentId: org.bureauId });
    dataOf(await retire({ id: studioId }));
    const history = dataOf(await api.gql<History>(RECORD_HISTORY, { id: studioId }, admin)).recordHistory;
    expect(history.at(-1)?.data).toEqual({ orgUnitId: studioId, retiredOn: shanghaiDateOf(new Date()) });

    await api.expectRefused(() => api.gql(RECORD_ACTIVITY, { input: leiFengDay(studioId) }, admin), 'BAD_USER_INPUT', 'organizerId');
    await api.expectRefused(() => api.gql(`mutation ($input: RegisterOrgUnitInput!) { registerOrgUnit(input: $input) { position } }`, { input: { name: '枫林小组', kind: 'STUDIO', parentId: studioId } }, admin), 'CONFLICT');
    await api.expectRefused(() => rename({ id: studioId, name: '枫林新工作室' }), 'CONFLICT');
  });

  describe('refuses, writing nothing', () => {
    it.each([
      ['a unit with live units under it', () => ({ id: org.branchId }), 'CONFLICT', undefined],
      ['a reason over 500 characters', () => ({ id: org.unionId, reason: '因'.repeat(501) }), 'BAD_USER_INPUT', 'reason'],
      ['a reason that is not text', () => ({ id: org.unionId, reason: 7 }), 'BAD_USER_INPUT', undefined],
      ['an id that is not an id', () => ({ id: 'union' }), 'BAD_USER_INPUT', 'id'],
      ['an unknown unit', () => ({ id: UNKNOWN_ID }), 'NOT_FOUND', undefined],
      ['no id at all', () => ({ reason: '机构调整' }), 'BAD_USER_INPUT', undefined],
    ] as const)('%s', async (_case, input, code, field) => {
      await api.expectRefused(() => retire(input()), code, field);
    });

    it('a unit retired already', async () => {
      const kioskId = await registerOrgUnit(api, admin, { name: '漕河泾营业厅', kind: 'SERVICE_HALL', parentId: org.bureauId });
      dataOf(await retire({ id: kioskId }));
      await api.expectRefused(() => retire({ id: kioskId, reason: '再撤一次' }), 'CONFLICT');
    });

    it('a caller who is not an ADMIN', async () => {
      const treasurer = api.token({ sub: 'zhao.liu', roles: ['TREASURER'], orgUnitIds: [org.unionId] });
      await api.expectRefused(() => retire({ id: org.unionId, reason: '合并' }, treasurer), 'FORBIDDEN');
    });
  });
});
