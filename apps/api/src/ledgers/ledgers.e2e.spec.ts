// 台账 ledgers over real HTTP with real tokens, on a fresh database (docs/design.md §7, §14): every
// list query pages in a stable order with its total, sees exactly its scope, searches, hides voided
// records unless asked, and follows a record a correction moved to another unit.
import { ApiHarness, dataOf } from '../../test/api-harness';
import { CORRECT_ACTIVITY, RECORD_ACTIVITY, VOID_ACTIVITY, leiFengDay, registerBureau, type OrgFixture } from '../../test/documents';
import { SIGN_AGREEMENT, kangJianAgreement } from '../../test/co-building-agreements.documents';
import { GRANT_RELIEF, VOID_RELIEF, springFestivalRelief } from '../../test/relief-grants.documents';
import { RECORD_SHIFT, springGaokaoShift } from '../../test/exam-sentinel-shifts.documents';
import { LAUNCH_CAMPAIGN, RECORD_DONATION, campaign2023, unionDonation } from '../../test/donation-campaign.documents';
import { VOID_SESSION, boothSession, helloLaoyou, openBooth, recordSession } from '../../test/booth.documents';
import {
  LEDGER_ACTIVITIES,
  LEDGER_AGREEMENTS,
  LEDGER_BOOTHS,
  LEDGER_CAMPAIGNS,
  LEDGER_RELIEF,
  LEDGER_SHIFTS,
  allPages,
  ledgerPage,
  type Voidable,
} from '../../test/ledgers.documents';
import { registerOrgUnit } from '../../test/documents';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let departmentUnionId: string; // a 部门工会 under 网络部工会
let branchRecorder: string; // RECORDER of 公客综合党支部 (with 康健支局 under it)
let otherRecorder: string; // RECORDER of 衡复支局 only
let compiler: string; // COMPILER of 南区局
let treasurer: string; // TREASURER of 网络部工会 (and its department union)
let departmentTreasurer: string; // TREASURER of the department union only

interface ActivityNode extends Voidable {
  id: string;
  organizerId: string;
  organizerPath: string[];
  title: string;
  startDate: string;
  site: string;
  charitySales: { transactions: number; amount: string; recipient: string } | null;
}

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);
const filter = (over: Record<string, unknown> = {}) => ({ filter: { year: 2023, ...over } });

async function recordActivity(input: Record<string, unknown>, token = admin): Promise<string> {
  return dataOf(await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input }, token)).recordVolunteerActivity.activity.id;
}

// Ten activities of 2023 over five days (two a day, at two sites), in 康健支局, the branch and 衡复支局, one of 2022.
const DAYS = ['2023-03-05', '2023-03-01', '2023-03-04', '2023-03-02', '2023-03-03'];
let activities: { id: string; day: string; unit: string }[] = [];
let otherYear: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  departmentUnionId = await registerOrgUnit(api, admin, { name: '网络部二级工会', kind: 'UNION', parentId: org.unionId });
  branchRecorder = api.token({ sub: 'branch-recorder', roles: ['RECORDER'], orgUnitIds: [org.branchId] });
  otherRecorder = api.token({ sub: 'hengfu-recorder', roles: ['RECORDER'], orgUnitIds: [org.otherSubBureauId] });
  compiler = api.token({ sub: 'compiler', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
  treasurer = api.token({ sub: 'union-treasurer', roles: ['TREASURER'], orgUnitIds: [org.unionId] });
  departmentTreasurer = api.token({ sub: 'dept-treasurer', roles: ['TREASURER'], orgUnitIds: [departmentUnionId] });

  // Recorded out of date order, so that the ledger's order is the dates', then the recording's.
  activities = [];
  for (const [i, day] of DAYS.entries()) {
    for (const [j, unit] of [org.subBureauId, i % 2 === 0 ? org.branchId : org.otherSubBureauId].entries()) {
      const id = await recordActivity(leiFengDay(unit, { startDate: day, endDate: day, title: `学雷锋志愿服务日${i}${j}`, site: `站点${i}${j}` }));
      activities.push({ id, day, unit });
    }
  }
  otherYear = await recordActivity(leiFengDay(org.subBureauId, { startDate: '2022-12-31', endDate: '2022-12-31' }));
});

afterAll(() => api.close());

/** The ledger's order: date, then the order recorded in. */
const inLedgerOrder = (list: typeof activities) => [...list].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || activities.indexOf(a) - activities.indexOf(b));

describe('volunteerActivities', () => {
  it('pages through the year in a stable order, every record once, with the total on every page', async () => {
    const { nodes, totals, pages } = await allPages<ActivityNode>(api, LEDGER_ACTIVITIES, filter(), compiler, 3);
    expect(pages).toBe(4);
    expect(totals).toEqual([10, 10, 10, 10]);
    expect(ids(nodes)).toEqual(ids(inLedgerOrder(activities)));
    // The same again: nothing moved between two readings.
    expect(ids((await allPages<ActivityNode>(api, LEDGER_ACTIVITIES, filter(), compiler, 4)).nodes)).toEqual(ids(nodes));
  });

  it('shows what a person recognises the record by: names as recorded, dates, figures, who recorded it and when', async () => {
    const page = await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, { ...filter({ search: '日00' }) }, compiler);
    expect(page.edges).toHaveLength(1);
    const [edge] = page.edges;
    expect(edge?.node).toMatchObject({
      organizerId: org.subBureauId,
      organizerPath: ['南区局', '公客综合党支部', '康健支局'],
      title: '学雷锋志愿服务日00',
      startDate: '2023-03-05',
      site: '站点00',
      charitySales: { transactions: 28, amount: '560.00', recipient: '红十字会' },
      recordedBy: 'admin',
      correctedAt: null,
      voided: false,
      voidReason: null,
    });
    expect(Date.parse(edge?.node.recordedAt ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(edge?.cursor).not.toContain('2023');
  });

  it("a recorder of one branch sees only its units' records; another unit's are invisible; a unit asked for narrows it", async () => {
    const mine = activities.filter((a) => a.unit !== org.otherSubBureauId);
    expect(ids((await allPages<ActivityNode>(api, LEDGER_ACTIVITIES, filter(), branchRecorder, 50)).nodes)).toEqual(ids(inLedgerOrder(mine)));
    const hengfu = activities.filter((a) => a.unit === org.otherSubBureauId);
    expect(ids((await allPages<ActivityNode>(api, LEDGER_ACTIVITIES, filter(), otherRecorder, 50)).nodes)).toEqual(ids(inLedgerOrder(hengfu)));
    const kangjian = activities.filter((a) => a.unit === org.subBureauId);
    expect(ids((await allPages<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ orgUnitId: org.subBureauId }), branchRecorder, 50)).nodes)).toEqual(ids(inLedgerOrder(kangjian)));
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, filter({ orgUnitId: org.otherSubBureauId }), branchRecorder), 'FORBIDDEN');
  });

  it('the year is the start date’s; a programme narrows it', async () => {
    expect(ids((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, { filter: { year: 2022 } }, compiler)).edges.map((e) => e.node))).toEqual([otherYear]);
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, { ...filter(), program: 'ANTI_FRAUD' }, compiler)).totalCount).toBe(0);
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, { ...filter(), program: 'LEI_FENG' }, compiler)).totalCount).toBe(10);
  });

  it('answers the year month by month, in the same scope and with the same sums as the ledger and the totals', async () => {
    const MONTHS = `query ($year: Int!, $orgUnitId: ID) {
      volunteerActivityMonths(year: $year, orgUnitId: $orgUnitId) { month count personTimes }
      communityResponsibility(year: $year, orgUnitId: $orgUnitId) { volunteering { activities { count personTimes } } } }`;
    type Months = { volunteerActivityMonths: { month: number; count: number; personTimes: number }[]; communityResponsibility: { volunteering: { activities: { count: number; personTimes: number } } } };
    const { nodes } = await allPages<ActivityNode & { personTimes: number }>(api, LEDGER_ACTIVITIES, filter(), compiler, 50);
    const answer = dataOf(await api.gql<Months>(MONTHS, { year: 2023 }, compiler));
    expect(answer.volunteerActivityMonths.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Every activity so far is of March.
    expect(answer.volunteerActivityMonths.filter((m) => m.count > 0)).toEqual([{ month: 3, count: nodes.length, personTimes: nodes.reduce((sum, n) => sum + n.personTimes, 0) }]);
    expect(answer.communityResponsibility.volunteering.activities).toEqual({ count: nodes.length, personTimes: nodes.reduce((sum, n) => sum + n.personTimes, 0) });

    const hengfu = dataOf(await api.gql<Pick<Months, 'volunteerActivityMonths'>>(`query { volunteerActivityMonths(year: 2023) { month count } }`, {}, otherRecorder));
    expect(hengfu.volunteerActivityMonths.find((m) => m.month === 3)?.count).toBe(activities.filter((a) => a.unit === org.otherSubBureauId).length);
    await api.expectRefused(() => api.gql(`query { volunteerActivityMonths(year: 2023) { month } }`, {}, treasurer), 'FORBIDDEN');
    await api.expectRefused(() => api.gql(`query ($id: ID) { volunteerActivityMonths(year: 2023, orgUnitId: $id) { month } }`, { id: org.otherSubBureauId }, branchRecorder), 'FORBIDDEN');
  });

  it('searches titles and sites, whatever the case and width', async () => {
    const id = await recordActivity(leiFengDay(org.subBureauId, { title: 'Hello老友亭 助老课堂', site: '康健社区文化中心', startDate: '2023-09-09', endDate: '2023-09-09' }));
    for (const search of ['hello老友亭', 'ＨＥＬＬＯ', '文化中心']) {
      expect(ids((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ search }), compiler)).edges.map((e) => e.node))).toEqual([id]);
    }
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ search: '没有这样的活动' }), compiler)).totalCount).toBe(0);
  });

  it('leaves voided records out unless asked, and shows them with the reason', async () => {
    const id = await recordActivity(leiFengDay(org.subBureauId, { title: '录重了的活动', startDate: '2023-10-01', endDate: '2023-10-01' }));
    dataOf(await api.gql(VOID_ACTIVITY, { input: { id, reason: '重复录入' } }, admin));
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ search: '录重了' }), compiler)).totalCount).toBe(0);
    const [node] = (await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ search: '录重了', includeVoided: true }), compiler)).edges.map((e) => e.node);
    expect(node).toMatchObject({ id, voided: true, voidReason: '重复录入' });
    expect(node?.voidedAt).toEqual(expect.any(String));
  });

  it('a record moved to another unit by a correction shows under its new owner', async () => {
    const id = await recordActivity(leiFengDay(org.otherSubBureauId, { title: '挪单位的活动', startDate: '2023-11-11', endDate: '2023-11-11' }));
    const search = { search: '挪单位' };
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter(search), otherRecorder)).totalCount).toBe(1);
    dataOf(await api.gql(CORRECT_ACTIVITY, { input: { id, reason: '组织单位录错', organizerId: org.subBureauId } }, admin));
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter(search), otherRecorder)).totalCount).toBe(0);
    const [node] = (await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter(search), branchRecorder)).edges.map((e) => e.node);
    expect(node).toMatchObject({ id, organizerId: org.subBureauId, organizerPath: ['南区局', '公客综合党支部', '康健支局'] });
    expect(node?.correctedAt).toEqual(expect.any(String));
  });

  it("finds one record by its id (a record's own page), voided too when asked, still within the year and the caller's scope", async () => {
    const [first, second] = activities;
    if (!first || !second) throw new Error('no activities recorded');
    const found = await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ id: first.id, includeVoided: true }), compiler);
    expect({ total: found.totalCount, ids: ids(found.edges.map((e) => e.node)) }).toEqual({ total: 1, ids: [first.id] });
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ id: first.id, search: '没有这样的活动' }), compiler)).totalCount).toBe(0);
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, { filter: { year: 2022, id: first.id } }, compiler)).totalCount).toBe(0);
    const hengfu = activities.find((a) => a.unit === org.otherSubBureauId);
    if (!hengfu) throw new Error('no 衡复支局 activity recorded');
    expect((await ledgerPage<ActivityNode>(api, LEDGER_ACTIVITIES, filter({ id: hengfu.id }), branchRecorder)).totalCount).toBe(0);
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, filter({ id: 'not an id' }), compiler), 'BAD_USER_INPUT', 'id');
  });

  it('refuses a page size over the cap, a cursor it did not make, a year out of range and no token, in Chinese', async () => {
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, { ...filter(), first: 201 }, compiler), 'BAD_USER_INPUT', 'first');
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, { ...filter(), first: 0 }, compiler), 'BAD_USER_INPUT', 'first');
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, { ...filter(), after: 'not-a-cursor' }, compiler), 'BAD_USER_INPUT', 'after');
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, { filter: { year: 1999 } }, compiler), 'BAD_USER_INPUT', 'year');
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, filter({ orgUnitId: '00000000-0000-4000-8000-000000000999' }), compiler), 'NOT_FOUND');
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, filter(), null), 'UNAUTHENTICATED');
    await api.expectRefused(() => api.gql(LEDGER_ACTIVITIES, filter(), treasurer), 'FORBIDDEN');
  });
});

describe('the other ledgers', () => {
  it('coBuildingAgreements: those active in the year, scope by the signing branch, partners searched', async () => {
    const signed = dataOf(await api.gql<{ signCoBuildingAgreement: { agreement: { id: string } } }>(SIGN_AGREEMENT, { input: kangJianAgreement(org.subBureauId) }, admin));
    const id = signed.signCoBuildingAgreement.agreement.id;
    const page = await ledgerPage<{ id: string; partners: { name: string }[]; recordedBy: string }>(api, LEDGER_AGREEMENTS, filter(), branchRecorder);
    expect(page.edges.map((e) => e.node.id)).toEqual([id]);
    expect(page.edges[0]?.node).toMatchObject({ recordedBy: 'admin', partners: expect.arrayContaining([{ name: '长丰坊居委', kind: 'RESIDENTS_COMMITTEE' }]) });
    expect((await ledgerPage(api, LEDGER_AGREEMENTS, { filter: { year: 2024 } }, compiler)).totalCount).toBe(1);
    expect((await ledgerPage(api, LEDGER_AGREEMENTS, { filter: { year: 2025 } }, compiler)).totalCount).toBe(0);
    expect((await ledgerPage(api, LEDGER_AGREEMENTS, filter({ search: '寿益坊' }), compiler)).totalCount).toBe(1);
    expect((await ledgerPage(api, LEDGER_AGREEMENTS, filter(), otherRecorder)).totalCount).toBe(0);
  });

  it('reliefGrants: for TREASURER, COMPILER and ADMIN only, never a RECORDER; voided ones on request', async () => {
    const grant = async (input: Record<string, unknown>) =>
      dataOf(await api.gql<{ grantRelief: { grant: { id: string } } }>(GRANT_RELIEF, { input }, admin)).grantRelief.grant.id;
    const spring = await grant(springFestivalRelief(org.unionId));
    const department = await grant(springFestivalRelief(departmentUnionId, { grantedOn: '2023-01-10', amount: '500.00' }));
    const voided = await grant(springFestivalRelief(org.unionId, { grantedOn: '2023-12-01' }));
    dataOf(await api.gql(VOID_RELIEF, { input: { id: voided, reason: '申请撤回' } }, admin));
    const listed = async (token: string, over: Record<string, unknown> = {}) => (await ledgerPage<{ id: string }>(api, LEDGER_RELIEF, filter(over), token)).edges.map((e) => e.node.id);
    expect(await listed(treasurer)).toEqual([department, spring]);
    expect(await listed(departmentTreasurer)).toEqual([department]);
    expect(await listed(compiler, { includeVoided: true })).toEqual([department, spring, voided]);
    expect(await listed(compiler, { search: '二级工会' })).toEqual([department]);
    const refused = await api.expectRefused(() => api.gql(LEDGER_RELIEF, filter(), branchRecorder), 'FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('帮困台账');
  });

  it('examSentinelShifts: the year by exam date, in scope', async () => {
    const record = async (input: Record<string, unknown>) =>
      dataOf(await api.gql<{ recordExamSentinelShift: { shift: { id: string } } }>(RECORD_SHIFT, { input }, admin)).recordExamSentinelShift.shift.id;
    const december = await record(springGaokaoShift(org.subBureauId, { examName: '中职考试', examDate: '2023-12-20' }));
    const january = await record(springGaokaoShift(org.subBureauId));
    const elsewhere = await record(springGaokaoShift(org.otherSubBureauId));
    expect((await ledgerPage<{ id: string }>(api, LEDGER_SHIFTS, filter(), branchRecorder)).edges.map((e) => e.node.id)).toEqual([january, december]);
    expect((await ledgerPage<{ id: string }>(api, LEDGER_SHIFTS, filter(), otherRecorder)).edges.map((e) => e.node.id)).toEqual([elsewhere]);
    expect((await ledgerPage<{ id: string }>(api, LEDGER_SHIFTS, filter({ search: '中职' }), compiler)).edges.map((e) => e.node.id)).toEqual([december]);
  });

  it("donationCampaigns: the organizer's treasurer sees every donation, a department union's only its own, a recorder none", async () => {
    const launched = dataOf(await api.gql<{ launchDonationCampaign: { campaign: { id: string } } }>(LAUNCH_CAMPAIGN, { input: campaign2023(org.unionId) }, admin));
    const campaignId = launched.launchDonationCampaign.campaign.id;
    const give = async (unionId: string, amount: string) =>
      dataOf(await api.gql<{ recordUnionDonation: { donationId: string } }>(RECORD_DONATION, { input: unionDonation(campaignId, unionId, { amount }) }, admin)).recordUnionDonation.donationId;
    const own = await give(org.unionId, '1000.00');
    const departments = await give(departmentUnionId, '500.00');
    type CampaignNode = { id: string; donations: { id: string; recordedBy: string }[]; totals: { amount: string; unionCount: number } };
    const campaigns = async (token: string) => dataOf(await api.gql<{ donationCampaigns: CampaignNode[] }>(LEDGER_CAMPAIGNS, filter(), token)).donationCampaigns;
    expect((await campaigns(treasurer)).map((c) => [c.id, c.donations.map((d) => d.id), c.totals])).toEqual([[campaignId, [own, departments], { amount: '1500.00', donorCount: 102, unionCount: 2 }]]);
    expect((await campaigns(departmentTreasurer)).map((c) => [c.id, c.donations.map((d) => d.id), c.totals.amount])).toEqual([[campaignId, [departments], '500.00']]);
    expect((await campaigns(compiler))[0]?.donations[0]?.recordedBy).toBe('admin');
    await api.expectRefused(() => api.gql(LEDGER_CAMPAIGNS, filter(), branchRecorder), 'FORBIDDEN');
  });

  it("booths: those open during the year in scope, with the year's sessions; voided sessions on request", async () => {
    const booth = await openBooth(api, admin, helloLaoyou(org.subBureauId));
    const kept = await recordSession(api, admin, boothSession(booth.booth.id));
    const gone = await recordSession(api, admin, boothSession(booth.booth.id, { date: '2023-09-12' }));
    dataOf(await api.gql(VOID_SESSION, { input: { boothId: booth.booth.id, sessionId: gone.sessionId, reason: '重复' } }, admin));
    type BoothNode = { id: string; sessions: { id: string; voided: boolean }[] };
    const booths = async (token: string, over: Record<string, unknown> = {}) => dataOf(await api.gql<{ booths: BoothNode[] }>(LEDGER_BOOTHS, filter(over), token)).booths;
    expect((await booths(branchRecorder)).map((b) => [b.id, b.sessions.map((s) => s.id)])).toEqual([[booth.booth.id, [kept.sessionId]]]);
    expect((await booths(compiler, { includeVoided: true, search: '老友亭' }))[0]?.sessions.map((s) => s.voided)).toEqual([false, true]);
    expect(await booths(otherRecorder)).toEqual([]);
    expect(dataOf(await api.gql<{ booths: BoothNode[] }>(LEDGER_BOOTHS, { filter: { year: 2022 } }, compiler)).booths).toEqual([]);
  });
});
