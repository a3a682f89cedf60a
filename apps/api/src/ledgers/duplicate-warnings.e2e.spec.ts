// Duplicate warnings over real HTTP (docs/design.md §14): a record that looks like one already kept
// (same unit and date, and the same title and site, or amount, as the kind has them) is still
// recorded, and its payload's `warnings` names the other record, in Chinese; `lookAlikes` names it
// by kind, id, date and the year to open it in, one for each warning.
import { ApiHarness, dataOf } from '../../test/api-harness';
import { leiFengDay, registerBureau, type OrgFixture } from '../../test/documents';
import { kangJianAgreement } from '../../test/co-building-agreements.documents';
import { springFestivalRelief } from '../../test/relief-grants.documents';
import { springGaokaoShift } from '../../test/exam-sentinel-shifts.documents';
import { campaign2023, unionDonation } from '../../test/donation-campaign.documents';
import { boothSession, helloLaoyou } from '../../test/booth.documents';

let api: ApiHarness;
let admin: string;
let org: OrgFixture;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
});
afterAll(() => api.close());

interface LookAlike {
  readonly kind: string;
  readonly recordId: string;
  readonly date: string;
  readonly year: number;
  readonly warning: string;
}

interface Answer {
  readonly warnings: string[];
  readonly lookAlikes: LookAlike[];
  readonly id: string;
  readonly position: string;
}

/** Runs a record-creating (or correcting) mutation and answers its warnings, the record's id (or the child's) and position. */
async function send(mutation: string, inputType: string, record: string, input: Record<string, unknown>, child?: 'donationId' | 'sessionId'): Promise<Answer> {
  const document = `mutation Run($input: ${inputType}!) { ${mutation}(input: $input) { position warnings lookAlikes { kind recordId date year warning } ${child ?? ''} ${record} { id } } }`;
  const [payload] = Object.values(dataOf(await api.gql<Record<string, Record<string, unknown>>>(document, { input }, admin)));
  if (!payload) throw new Error('no payload');
  const id = child ? String(payload[child]) : String((payload[record] as { id: string }).id);
  const lookAlikes = payload['lookAlikes'] as LookAlike[];
  // Every answer: one look-alike for each warning, saying the same.
  expect(lookAlikes.map((lookAlike) => lookAlike.warning)).toEqual(payload['warnings']);
  return { warnings: payload['warnings'] as string[], lookAlikes, id, position: String(payload['position']) };
}

const activity = (input: Record<string, unknown>) => send('recordVolunteerActivity', 'RecordVolunteerActivityInput', 'activity', input);

describe('a volunteer activity', () => {
  it('that looks like one kept is recorded, with a warning naming the other; one that differs gets none', async () => {
    // Given an activity kept
    const first = await activity(leiFengDay(org.subBureauId, { startDate: '2023-04-04', endDate: '2023-04-04' }));
    expect(first.warnings).toEqual([]);
    // When the same unit records it again, spelled with stray spaces
    const second = await activity(leiFengDay(org.subBureauId, { startDate: '2023-04-04', endDate: '2023-04-04', title: ' 学雷锋志愿服务日 ', personTimes: 9 }));
    // Then it is recorded (the log moved) and the answer names the first, in Chinese
    expect(await api.head()).toBe(BigInt(second.position));
    expect(second.warnings).toEqual([`与已登记的志愿活动相似：2023-04-04“学雷锋志愿服务日”（地点 枫林路营业厅，编号 ${first.id}）。请核对是否重复录入；如确属重复，请作废其中一条。`]);
    expect(second.lookAlikes).toEqual([{ kind: 'VOLUNTEER_ACTIVITY', recordId: first.id, date: '2023-04-04', year: 2023, warning: second.warnings[0] }]);
    // Another site, another day or another unit is another activity.
    expect((await activity(leiFengDay(org.subBureauId, { startDate: '2023-04-04', endDate: '2023-04-04', site: '湖南路营业厅' }))).warnings).toEqual([]);
    expect((await activity(leiFengDay(org.subBureauId, { startDate: '2023-04-05', endDate: '2023-04-05' }))).warnings).toEqual([]);
    expect((await activity(leiFengDay(org.otherSubBureauId, { startDate: '2023-04-04', endDate: '2023-04-04' }))).warnings).toEqual([]);
  });

  it('a voided look-alike does not count; a correction that makes a record look like another warns too', async () => {
    const kept = await activity(leiFengDay(org.subBureauId, { startDate: '2023-05-05', endDate: '2023-05-05', site: '徐家汇' }));
    dataOf(await api.gql(`mutation { voidVolunteerActivity(input: { id: "${kept.id}", reason: "重复录入" }) { position } }`, {}, admin));
    const again = await activity(leiFengDay(org.subBureauId, { startDate: '2023-05-05', endDate: '2023-05-05', site: '徐家汇' }));
    expect(again.warnings).toEqual([]);
    const other = await activity(leiFengDay(org.subBureauId, { startDate: '2023-05-06', endDate: '2023-05-06', site: '徐家汇' }));
    const corrected = await send('correctVolunteerActivity', 'CorrectVolunteerActivityInput', 'activity', { id: other.id, reason: '日期录错', startDate: '2023-05-05', endDate: '2023-05-05' });
    expect(corrected.warnings).toEqual([expect.stringContaining(`编号 ${again.id}`)]);
  });

  it('a repeat with the same idempotency key writes nothing, and is not its own look-alike', async () => {
    const input = leiFengDay(org.subBureauId, { startDate: '2023-06-06', endDate: '2023-06-06', idempotencyKey: 'kangjian-2023-06-06' });
    const first = await activity(input);
    const head = await api.head();
    const repeat = await activity(input);
    expect(await api.head()).toBe(head);
    expect(repeat).toEqual(first);
    expect(repeat.warnings).toEqual([]);
  });
});

describe('the other kinds', () => {
  it('a 帮困 grant of the same union, date and amount', async () => {
    const grant = (over: Record<string, unknown> = {}) => send('grantRelief', 'GrantReliefInput', 'grant', springFestivalRelief(org.unionId, over));
    const first = await grant();
    expect((await grant()).warnings).toEqual([`与已登记的帮困记录相似：2023-01-16 网络部工会 7500.00 元（编号 ${first.id}）。请核对是否重复录入；如确属重复，请作废其中一条。`]);
    expect((await grant({ amount: '7800.00' })).warnings).toEqual([]);
  });

  it('a 考务哨兵 shift of the same exam and site; another site of the same exam is another shift', async () => {
    const shift = (over: Record<string, unknown> = {}) => send('recordExamSentinelShift', 'RecordExamSentinelShiftInput', 'shift', springGaokaoShift(org.subBureauId, over));
    const first = await shift();
    expect((await shift({ supporters: 6 })).warnings).toEqual([expect.stringMatching(new RegExp(`^与已登记的考务哨兵记录相似：2023-01-07“春季高考”（考点 南洋模范中学考点，编号 ${first.id}）`))]);
    expect((await shift({ site: '上海中学考点' })).warnings).toEqual([]);
  });

  it('a donation of the same union, date and amount in the same campaign; a campaign of the same organizer, date and name', async () => {
    const launch = () => send('launchDonationCampaign', 'LaunchDonationCampaignInput', 'campaign', campaign2023(org.unionId));
    const campaign = await launch();
    expect(campaign.warnings).toEqual([]);
    expect((await launch()).warnings).toEqual([expect.stringContaining(`“2023年爱心一日捐”（2023-06-01 发起，编号 ${campaign.id}）`)]);
    const give = (over: Record<string, unknown> = {}) => send('recordUnionDonation', 'RecordUnionDonationInput', 'campaign', unionDonation(campaign.id, org.unionId, over), 'donationId');
    const first = await give();
    expect((await give({ donorCount: 50 })).warnings).toEqual([`与本次活动已登记的捐款相似：2023-06-20 网络部工会 5860.00 元（编号 ${first.id}）。请核对是否重复录入；如确属重复，请作废其中一条。`]);
    expect((await give({ amount: '5861.00' })).warnings).toEqual([]);
  });

  it("a campaign's look-alike, and its donations', is opened in the campaign's own year, not its launch date's", async () => {
    // 2023's campaign launched in January 2024: its ledger is 2023's.
    const late = { name: '2023年爱心一日捐（补）', launchedOn: '2024-01-08' };
    const launch = () => send('launchDonationCampaign', 'LaunchDonationCampaignInput', 'campaign', campaign2023(org.unionId, late));
    const campaign = await launch();
    const again = await launch();
    expect(again.lookAlikes).toMatchObject([{ kind: 'DONATION_CAMPAIGN', recordId: campaign.id, date: '2024-01-08', year: 2023 }]);
    const give = () => send('recordUnionDonation', 'RecordUnionDonationInput', 'campaign', unionDonation(campaign.id, org.unionId, { receivedOn: '2024-01-15' }), 'donationId');
    const first = await give();
    expect((await give()).lookAlikes).toMatchObject([{ kind: 'UNION_DONATION', recordId: first.id, date: '2024-01-15', year: 2023 }]);
  });

  it('a booth of the same host, name and opening day; a second session of a booth the same day', async () => {
    const open = () => send('openBooth', 'OpenBoothInput', 'booth', helloLaoyou(org.subBureauId));
    const booth = await open();
    const again = await open();
    expect(again.warnings).toEqual([expect.stringContaining(`“枫林Hello老友亭”（2023-09-01 启用，编号 ${booth.id}）`)]);
    expect(again.lookAlikes).toMatchObject([{ kind: 'BOOTH', recordId: booth.id, date: '2023-09-01', year: 2023 }]);
    const session = (over: Record<string, unknown> = {}) => send('recordBoothSession', 'RecordBoothSessionInput', 'booth', boothSession(booth.id, over), 'sessionId');
    const first = await session();
    const second = await session({ peopleServed: 30 });
    expect(second.warnings).toEqual([expect.stringContaining(`2023-09-05 已登记过一次服务（编号 ${first.id}）`)]);
    expect(second.lookAlikes).toMatchObject([{ kind: 'BOOTH_SESSION', recordId: first.id, date: '2023-09-05', year: 2023 }]);
    expect((await session({ date: '2023-09-12' })).warnings).toEqual([]);
  });

  it('a 党建翼联 agreement of the same branch, day and partners', async () => {
    const sign = (over: Record<string, unknown> = {}) => send('signCoBuildingAgreement', 'SignCoBuildingAgreementInput', 'agreement', kangJianAgreement(org.subBureauId, over));
    const first = await sign();
    expect((await sign({ commitments: ['开展反诈骗宣传'] })).warnings).toEqual([expect.stringContaining(`编号 ${first.id}`)]);
    expect((await sign({ partners: [{ name: '长丰坊居委', kind: 'RESIDENTS_COMMITTEE' }] })).warnings).toEqual([]);
  });
});
