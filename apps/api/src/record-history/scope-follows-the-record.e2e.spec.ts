// Issue 12 item 4: scope follows the record. A correction that moves a record to another unit
// moves its history with it (the new owner's compiler reads it, the old owner's no longer does),
// and a FORBIDDEN answer says only that a unit is outside the caller's scope, never which.
import { ApiHarness, dataOf } from '../../test/api-harness';
import { CORRECT_ACTIVITY, leiFengDay, type OrgFixture, RECORD_ACTIVITY, RECORD_HISTORY, registerBureau } from '../../test/documents';

let api: ApiHarness;
let org: OrgFixture;
let recorder: string; // covers the whole bureau, so it may move a record between its units
let kangjianCompiler: string; // 康健支局 (org.subBureauId)
let hengfuCompiler: string; // 衡复支局 (org.otherSubBureauId)
let activityId: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  const admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  recorder = api.token({ sub: 'bureau-recorder', roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
  kangjianCompiler = api.token({ sub: 'kangjian-compiler', roles: ['COMPILER'], orgUnitIds: [org.subBureauId] });
  hengfuCompiler = api.token({ sub: 'hengfu-compiler', roles: ['COMPILER'], orgUnitIds: [org.otherSubBureauId] });
  const recorded = await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, recorder);
  activityId = dataOf(recorded).recordVolunteerActivity.activity.id;
});

afterAll(() => api.close());

const history = (token: string) => api.gql<{ recordHistory: { type: string }[] }>(RECORD_HISTORY, { id: activityId }, token);

it('a record moved to another unit by a correction: its history goes with it', async () => {
  expect(dataOf(await history(kangjianCompiler)).recordHistory).toHaveLength(1);
  dataOf(await api.gql(CORRECT_ACTIVITY, { input: { id: activityId, reason: '组织单位登记有误', organizerId: org.otherSubBureauId } }, recorder));

  expect(dataOf(await history(hengfuCompiler)).recordHistory.map((e) => e.type)).toEqual(['VolunteerActivityRecorded', 'VolunteerActivityCorrected']);
  const refused = await api.expectRefused(() => history(kangjianCompiler), 'FORBIDDEN');
  expect(refused.errors?.[0]?.message).toBe('所涉及的组织不在你的权限范围内：你只能查看本单位及其下属单位的记录和汇总');
});

describe('FORBIDDEN names no unit outside the caller’s scope', () => {
  const kangjianOnly = () => api.token({ sub: 'kangjian-recorder', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });

  it('recording for a unit outside it', async () => {
    const refused = await api.expectRefused(() => api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.otherSubBureauId) }, kangjianOnly()), 'FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe('所涉及的组织不在你的权限范围内：你只能操作本单位及其下属单位的记录');
    expect(JSON.stringify(refused)).not.toMatch(/衡复|南区局|公客/);
  });

  it('asking for the totals of a unit outside it', async () => {
    const refused = await api.expectRefused(
      () => api.gql('query ($id: ID) { communityResponsibility(year: 2023, orgUnitId: $id) { year } }', { id: org.otherSubBureauId }, kangjianCompiler),
      'FORBIDDEN',
    );
    expect(JSON.stringify(refused)).not.toMatch(/衡复|南区局/);
  });
});
