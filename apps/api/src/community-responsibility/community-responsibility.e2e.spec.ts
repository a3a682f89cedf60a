// communityResponsibility over HTTP: totals follow every write at once (read your writes), stay
// exact under corrections and voids, respect scope and role, travel in time with asOf, and
// survive a rebuild; projectionStatus reports the projector (docs/design.md §5, §6).
import { ApiHarness, dataOf, errorCode } from '../../test/api-harness';
import { CORRECT_ACTIVITY, type OrgFixture, RECORD_ACTIVITY, VOID_ACTIVITY, leiFengDay, registerBureau } from '../../test/documents';
import { GRANT_RELIEF, springFestivalRelief } from '../../test/relief-grants.documents';
import { RECORD_SHIFT, springGaokaoShift } from '../../test/exam-sentinel-shifts.documents';

const SECTION = /* GraphQL */ `
  query Section($year: Int!, $orgUnitId: ID, $asOf: DateTime) {
    communityResponsibility(year: $year, orgUnitId: $orgUnitId, asOf: $asOf) {
      year
      charity { relief { personTimes amount } donatedTotal campaigns { campaignId amount } }
      volunteering {
        activities { count personTimes volunteerHours sites subdistricts serviceItems beneficiaries charitySalesCount charitySalesAmount
                     byProgram { program count personTimes sites } }
        agreements { signed active partners }
        examSentinel { exams sites supports }
        booths { booths sessions peopleServed volunteerPersonTimes }
      }
    }
  }`;

interface Section {
  communityResponsibility: {
    year: number;
    charity: { relief: { personTimes: number; amount: string }; donatedTotal: string };
    volunteering: {
      activities: { count: number; personTimes: number; volunteerHours: string; sites: number; subdistricts: string[]; charitySalesCount: number };
      examSentinel: { exams: number; sites: number; supports: number };
    };
  };
}

let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let compiler: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  compiler = api.token({ sub: 'compiler', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
});

afterAll(() => api.close());

const section = async (variables: Record<string, unknown>, token = compiler) => dataOf(await api.gql<Section>(SECTION, variables, token)).communityResponsibility;
const recordActivity = async (overrides: Record<string, unknown>) =>
  dataOf(await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, overrides) }, admin))
    .recordVolunteerActivity.activity.id;

it('counts a write in the very next query, and keeps distinct counts exact under corrections and voids', async () => {
  const first = await recordActivity({ site: '枫林路营业厅', subdistrict: '枫林', personTimes: 4, startDate: '2023-03-01', endDate: '2023-03-01' });
  await recordActivity({ site: '天平路营业厅', subdistrict: '天平', personTimes: 5, startDate: '2023-03-02', endDate: '2023-03-02' });
  const third = await recordActivity({ site: '枫林路营业厅 ', subdistrict: '枫林', personTimes: 3, startDate: '2023-03-05', endDate: '2023-03-05' });
  await recordActivity({ site: '田林路营业厅', subdistrict: '田林', personTimes: 2, startDate: '2024-03-05', endDate: '2024-03-05' });

  let totals = (await section({ year: 2023 })).volunteering.activities;
  expect(totals).toMatchObject({ count: 3, personTimes: 12, sites: 2, subdistricts: ['天平', '枫林'], charitySalesCount: 84, volunteerHours: '37.50' });

  // Moving the third activity to another site adds a distinct site; voiding the first removes nothing distinct (the third is gone from 枫林路).
  await api.gql(CORRECT_ACTIVITY, { input: { id: third, reason: '地点登记有误', site: '斜土路营业厅', subdistrict: '斜土' } }, admin);
  totals = (await section({ year: 2023 })).volunteering.activities;
  expect(totals).toMatchObject({ count: 3, sites: 3, subdistricts: ['天平', '斜土', '枫林'] });
  await api.gql(VOID_ACTIVITY, { input: { id: first, reason: '重复录入' } }, admin);
  totals = (await section({ year: 2023 })).volunteering.activities;
  expect(totals).toMatchObject({ count: 2, personTimes: 8, sites: 2, subdistricts: ['天平', '斜土'] });

  // The 2024 activity belongs to 2024 only.
  expect((await section({ year: 2024 })).volunteering.activities).toMatchObject({ count: 1, personTimes: 2, sites: 1 });
});

it('sums relief and exam-sentinel work per year', async () => {
  await api.gql(GRANT_RELIEF, { input: springFestivalRelief(org.unionId, { amount: '7500.00', personTimes: 15 }) }, admin);
  await api.gql(GRANT_RELIEF, { input: springFestivalRelief(org.unionId, { amount: '20000.00', personTimes: 62, grantedOn: '2023-09-20' }) }, admin);
  await api.gql(RECORD_SHIFT, { input: springGaokaoShift(org.branchId, { examName: '春季高考', examDate: '2023-01-07', site: '南洋模范中学', supporters: 4 }) }, admin);
  await api.gql(RECORD_SHIFT, { input: springGaokaoShift(org.branchId, { examName: '春季高考', examDate: '2023-01-07', site: '位育中学', supporters: 3 }) }, admin);
  await api.gql(RECORD_SHIFT, { input: springGaokaoShift(org.branchId, { examName: '中职考试', examDate: '2023-12-02', site: '位育中学', supporters: 2 }) }, admin);
  const totals = await section({ year: 2023 });
  expect(totals.charity.relief).toEqual({ personTimes: 77, amount: '27500.00' });
  expect(totals.volunteering.examSentinel).toEqual({ exams: 2, sites: 2, supports: 9 });
});

it('limits totals to an org unit and its descendants', async () => {
  const branchOnly = await section({ year: 2023, orgUnitId: org.branchId });
  const otherOnly = await section({ year: 2023, orgUnitId: org.otherSubBureauId });
  expect(branchOnly.volunteering.activities.count).toBe(2); // 康健支局 is under 公客综合党支部
  expect(branchOnly.charity.relief.personTimes).toBe(0); // the union is not under the branch
  expect(otherOnly.volunteering.activities.count).toBe(0);
});

it('answers only COMPILER and ADMIN, within their scope', async () => {
  const recorder = api.token({ roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
  const narrowCompiler = api.token({ roles: ['COMPILER'], orgUnitIds: [org.otherSubBureauId] });
  expect(errorCode(await api.gql(SECTION, { year: 2023 }, recorder))).toBe('FORBIDDEN');
  expect(errorCode(await api.gql(SECTION, { year: 2023, orgUnitId: org.branchId }, narrowCompiler))).toBe('FORBIDDEN');
  expect((await section({ year: 2023 }, narrowCompiler)).volunteering.activities.count).toBe(0);
  expect(errorCode(await api.gql(SECTION, { year: 2023 }, null))).toBe('UNAUTHENTICATED');
  expect(errorCode(await api.gql(SECTION, { year: 1999 }, compiler))).toBe('BAD_USER_INPUT');
  expect(errorCode(await api.gql(SECTION, { year: 2023, orgUnitId: '6a1f5c0e-0000-4000-8000-00000000beef' }, compiler))).toBe('NOT_FOUND');
});

it('renders the section as Markdown from the same totals, under the same access rules (reportSection)', async () => {
  const REPORT = 'query Report($year: Int!, $orgUnitId: ID) { reportSection(year: $year, orgUnitId: $orgUnitId) }';
  const report = async (variables: Record<string, unknown>, token = compiler) => dataOf(await api.gql<{ reportSection: string }>(REPORT, variables, token)).reportSection;
  const totals = await section({ year: 2023 });
  const text = await report({ year: 2023 });
  expect(text.split('\n')[0]).toBe('## 2023 年度社区责任');
  expect(text).toContain(`全年开展帮困 ${totals.charity.relief.personTimes} 人次，发放帮困金 27,500 元。`);
  expect(text).toContain(`保障考试 ${totals.volunteering.examSentinel.exams} 场，覆盖考点 ${totals.volunteering.examSentinel.sites} 个，累计保障 ${totals.volunteering.examSentinel.supports} 人次`);
  const branch = await report({ year: 2023, orgUnitId: org.branchId });
  expect(branch.split('\n')[0]).toBe('## 公客综合党支部 2023 年度社区责任');
  expect(branch).toContain('本年度暂无帮困和慈善捐助记录。'); // the union is not under the branch

  const recorder = api.token({ roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
  const narrowCompiler = api.token({ roles: ['COMPILER'], orgUnitIds: [org.otherSubBureauId] });
  expect(errorCode(await api.gql(REPORT, { year: 2023 }, recorder))).toBe('FORBIDDEN');
  expect(errorCode(await api.gql(REPORT, { year: 2023, orgUnitId: org.branchId }, narrowCompiler))).toBe('FORBIDDEN');
  expect(errorCode(await api.gql(REPORT, { year: 2023 }, null))).toBe('UNAUTHENTICATED');
  expect(errorCode(await api.gql(REPORT, { year: 1999 }, compiler))).toBe('BAD_USER_INPUT');
  expect(errorCode(await api.gql(REPORT, { year: 2023, orgUnitId: '6a1f5c0e-0000-4000-8000-00000000beef' }, compiler))).toBe('NOT_FOUND');
});

it('gives the totals as they stood at an earlier instant (asOf)', async () => {
  const before = await section({ year: 2023 });
  const instant = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await recordActivity({ site: '漕河泾', subdistrict: '漕河泾', personTimes: 10, startDate: '2023-03-04', endDate: '2023-03-04' });
  const now = await section({ year: 2023 });
  const then = await section({ year: 2023, asOf: instant });
  expect(now.volunteering.activities.personTimes).toBe(before.volunteering.activities.personTimes + 10);
  expect(then).toEqual(before);
  const recorder = api.token({ roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
  expect(errorCode(await api.gql(SECTION, { year: 2023, asOf: instant }, recorder))).toBe('FORBIDDEN');
  expect(errorCode(await api.gql(SECTION, { year: 2023, asOf: '2023-03-05 10:00' }, compiler))).toBe('BAD_USER_INPUT');
});

it('reports the projector caught up, and rebuilds (ADMIN only) to identical totals', async () => {
  const status = dataOf(await api.gql<{ projectionStatus: { state: string; lag: number; headPosition: string; checkpoint: string }[] }>(
    '{ projectionStatus { name checkpoint headPosition lag state lastError } }', {}, compiler));
  expect(status.projectionStatus[0]).toMatchObject({ state: 'RUNNING', lag: 0, headPosition: (await api.head()).toString() });

  const before = await section({ year: 2023 });
  expect(errorCode(await api.gql('mutation { rebuildProjections { generation } }', {}, compiler))).toBe('FORBIDDEN');
  const report = dataOf(await api.gql<{ rebuildProjections: { generation: number; events: number } }>('mutation { rebuildProjections { generation events } }', {}, admin));
  expect(report.rebuildProjections.events).toBeGreaterThan(10);
  expect(await section({ year: 2023 })).toEqual(before);
});
