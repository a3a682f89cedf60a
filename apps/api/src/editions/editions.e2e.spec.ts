// Published editions over GraphQL (docs/design.md §16, §17): a compiler publishes a year's section,
// corrections, voids, new records, a rename and a rebuild follow, and edition 1 still reads exactly
// as published, its adjustments list what changed its totals (and nothing else), the live section
// says how far it moved, and edition 2 can be published. Bad input is refused in Chinese, writing nothing.
import { randomUUID } from 'node:crypto';
import { ApiHarness, dataOf } from '../../test/api-harness';
import { CORRECT_ACTIVITY, type OrgFixture, RECORD_ACTIVITY, VOID_ACTIVITY, leiFengDay, registerBureau } from '../../test/documents';
import { GRANT_RELIEF, springFestivalRelief } from '../../test/relief-grants.documents';
import { ORG_CHART_STREAM } from '../org-units/org-chart.reader';
import {
  type AdjustmentResult,
  type EditionResult,
  LIVE_SECTION,
  PUBLISH_SECTION,
  SECTION_ADJUSTMENTS,
  SECTION_EDITIONS,
  SINCE_EDITION,
  type SinceEditionResult,
} from './editions.documents';

let api: ApiHarness;
let admin: string;
let compiler: string;
let org: OrgFixture;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  compiler = api.token({ sub: 'li.hua', name: '李华', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
});
afterAll(() => api.close());

const recorder = () => api.token({ sub: 'recorder', roles: ['RECORDER'], orgUnitIds: [org.bureauId] });
const treasurer = () => api.token({ sub: 'treasurer', roles: ['TREASURER'], orgUnitIds: [org.bureauId] });

const publish = async (input: Record<string, unknown>, token = compiler) => dataOf(await api.gql<{ publishSection: EditionResult }>(PUBLISH_SECTION, { input }, token)).publishSection;
const editions = async (year: number, orgUnitId?: string) =>
  dataOf(await api.gql<{ sectionEditions: EditionResult[] }>(SECTION_EDITIONS, { year, orgUnitId }, compiler)).sectionEditions;
const adjustments = async (editionId: string) => dataOf(await api.gql<{ sectionAdjustments: AdjustmentResult[] }>(SECTION_ADJUSTMENTS, { editionId }, compiler)).sectionAdjustments;
const since = async (year: number, orgUnitId?: string) => dataOf(await api.gql<{ sinceEdition: SinceEditionResult | null }>(SINCE_EDITION, { year, orgUnitId }, compiler)).sinceEdition;
const live = async (year: number, orgUnitId?: string) =>
  dataOf(await api.gql<{ communityResponsibility: Record<string, unknown>; reportSection: string }>(LIVE_SECTION, { year, orgUnitId }, compiler));
const record = async (input: Record<string, unknown>) =>
  dataOf(await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input }, admin)).recordVolunteerActivity.activity.id;

async function rename(orgUnitId: string, name: string): Promise<void> {
  const eventId = randomUUID();
  await api.store.appendToStream(
    ORG_CHART_STREAM,
    [{ eventId, type: 'OrgUnitRenamed', data: { orgUnitId, name }, metadata: { eventId, recordedAt: new Date().toISOString(), recordedBy: 'admin', correlationId: randomUUID() } }],
    { expectedVersion: 'any' },
  );
}

describe('the whole flow', () => {
  let first: EditionResult;
  let corrected: string;
  let voided: string;

  it('publishes edition 1 of 2023 with exactly the live section and report, B4SI split included', async () => {
    corrected = await record(leiFengDay(org.subBureauId));
    voided = await record(leiFengDay(org.otherSubBureauId, { site: '衡复营业厅', subdistrict: '湖南', timeBasis: 'OWN_TIME', volunteerHours: '6', charitySales: null }));
    await api.gql(GRANT_RELIEF, { input: springFestivalRelief(org.unionId) }, admin);
    const before = await live(2023, org.bureauId);
    expect(before.communityResponsibility['b4si']).toEqual({ companyTimeHours: '12.50', ownTimeHours: '6.00', employeeGiving: '0.00', unionRelief: expect.stringMatching(/^[1-9]\d*\.\d\d$/) });

    first = await publish({ year: 2023, orgUnitId: org.bureauId, note: '随2023年度社会责任报告发布', idempotencyKey: 'report-2023' });
    expect(first).toMatchObject({ id: `2023-${org.bureauId}-v1`, year: 2023, orgUnitId: org.bureauId, orgUnitPath: ['南区局'], version: 1, publishedBy: 'li.hua', publisherName: '李华', note: '随2023年度社会责任报告发布' });
    expect(first.section).toEqual(before.communityResponsibility);
    expect(first.report).toBe(before.reportSection);
    expect(first.report).toContain('### 附：B4SI 口径');
    expect(await since(2023, org.bureauId)).toEqual({ editionId: first.id, version: 1, publishedAt: first.publishedAt, changes: [] });
  });

  it('a repeat with the same idempotency key answers the same edition and writes nothing', async () => {
    const head = await api.head();
    expect(await publish({ year: 2023, orgUnitId: org.bureauId, note: '随2023年度社会责任报告发布', idempotencyKey: 'report-2023' })).toEqual(first);
    expect(await api.head()).toBe(head);
  });

  it('after corrections, a void, new records, a rename and a rebuild, edition 1 reads as published; its adjustments are what changed 2023 in scope', async () => {
    await api.gql(CORRECT_ACTIVITY, { input: { id: corrected, reason: '人次登记有误', personTimes: 6 } }, admin);
    await api.gql(CORRECT_ACTIVITY, { input: { id: corrected, reason: '标题更正', title: '学雷锋志愿服务日（枫林）' } }, admin); // changes no total
    await api.gql(VOID_ACTIVITY, { input: { id: voided, reason: '重复录入' } }, admin);
    const added = await record(leiFengDay(org.branchId, { startDate: '2023-12-30', endDate: '2023-12-30', site: '田林营业厅', charitySales: null }));
    await record(leiFengDay(org.branchId, { startDate: '2022-03-05', endDate: '2022-03-05' })); // another year
    await rename(org.bureauId, '南区分局');
    const rebuilt = await api.gql<{ rebuildProjections: { events: number } }>(`mutation { rebuildProjections { events } }`, {}, admin);
    expect(dataOf(rebuilt).rebuildProjections.events).toBeGreaterThan(0);

    const [again] = await editions(2023, org.bureauId);
    expect(again).toEqual(first);
    const now = await live(2023, org.bureauId);
    expect(now.reportSection.split('\n')[0]).toBe('## 南区分局 2023 年度社区责任');
    expect(again?.report.split('\n')[0]).toBe('## 南区局 2023 年度社区责任');

    const listed = await adjustments(first.id);
    expect(listed.map((a) => [a.type, a.recordId, a.recordedBy])).toEqual([
      ['VolunteerActivityCorrected', corrected, 'admin'],
      ['VolunteerActivityVoided', voided, 'admin'],
      ['VolunteerActivityRecorded', added, 'admin'],
    ]);
    expect(listed[0]?.data).toMatchObject({ changes: { personTimes: 6 } });

    const moved = await since(2023, org.bureauId);
    expect(moved?.editionId).toBe(first.id);
    expect(moved?.changes).toEqual(
      expect.arrayContaining([
        { figure: 'activities.personTimes', label: '志愿者人次', before: '8', after: '10', difference: '+2' },
        { figure: 'b4si.ownTimeHours', label: 'B4SI 业余时间志愿服务时长（小时）', before: '6.00', after: '0.00', difference: '-6.00' },
      ]),
    );
  });

  it('publishes edition 2, listed first; nothing has moved since it', async () => {
    const second = await publish({ year: 2023, orgUnitId: org.bureauId });
    expect(second).toMatchObject({ id: `2023-${org.bureauId}-v2`, version: 2, orgUnitPath: ['南区分局'], note: null });
    expect((await editions(2023, org.bureauId)).map((e) => e.version)).toEqual([2, 1]);
    expect((await since(2023, org.bureauId))?.changes).toEqual([]);
    expect(await adjustments(second.id)).toEqual([]);
    expect(await adjustments(first.id)).toHaveLength(3);
  });

  it('an edition of the whole company (ADMIN) is a series of its own, and counts other units too', async () => {
    const company = await publish({ year: 2023 }, admin);
    expect(company).toMatchObject({ id: '2023-all-v1', orgUnitId: null, orgUnitPath: null, version: 1 });
  });
});

describe('publishing a year with nothing in it', () => {
  it('is allowed: an empty edition is a fact', async () => {
    const empty = await publish({ year: 2001, orgUnitId: org.subBureauId });
    expect(empty.version).toBe(1);
    expect(empty.section).toMatchObject({ year: 2001, charity: { donatedTotal: '0.00' }, b4si: { companyTimeHours: '0.00' } });
    expect(empty.report).toContain('本年度暂无志愿服务记录。');
  });
});

describe('bad input: a clear Chinese refusal, nothing written', () => {
  const nextYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)) + 1;

  it.each([1999, nextYear + 1])('refuses year %p', async (year) => {
    await api.expectRefused(() => api.gql(PUBLISH_SECTION, { input: { year, orgUnitId: org.bureauId } }, compiler), 'BAD_USER_INPUT', 'year');
  });

  it('accepts next year (a report may be prepared ahead)', async () => {
    expect((await publish({ year: nextYear, orgUnitId: org.bureauId })).year).toBe(nextYear);
  });

  it('refuses a RECORDER and a TREASURER', async () => {
    await api.expectRefused(() => api.gql(PUBLISH_SECTION, { input: { year: 2023, orgUnitId: org.bureauId } }, recorder()), 'FORBIDDEN');
    await api.expectRefused(() => api.gql(PUBLISH_SECTION, { input: { year: 2023, orgUnitId: org.unionId } }, treasurer()), 'FORBIDDEN');
  });

  it('refuses a unit outside the compiler’s scope, and the whole company to a compiler of several units', async () => {
    const kangjian = api.token({ sub: 'kangjian', roles: ['COMPILER'], orgUnitIds: [org.subBureauId] });
    await api.expectRefused(() => api.gql(PUBLISH_SECTION, { input: { year: 2023, orgUnitId: org.otherSubBureauId } }, kangjian), 'FORBIDDEN');
    const two = api.token({ sub: 'two', roles: ['COMPILER'], orgUnitIds: [org.subBureauId, org.otherSubBureauId] });
    await api.expectRefused(() => api.gql(PUBLISH_SECTION, { input: { year: 2023 } }, two), 'BAD_USER_INPUT', 'orgUnitId');
  });

  it('a compiler of one unit publishes for that unit without naming it', async () => {
    const kangjian = api.token({ sub: 'kangjian', roles: ['COMPILER'], orgUnitIds: [org.subBureauId] });
    const own = dataOf(await api.gql<{ publishSection: EditionResult }>(PUBLISH_SECTION, { input: { year: 2023 } }, kangjian)).publishSection;
    expect(own.orgUnitId).toBe(org.subBureauId);
    // `orgUnitId: null` is the field left out: the same series, not a unit called "null".
    const again = dataOf(await api.gql<{ publishSection: EditionResult }>(PUBLISH_SECTION, { input: { year: 2023, orgUnitId: null } }, kangjian)).publishSection;
    expect(again.orgUnitId).toBe(org.subBureauId);
  });

  it('refuses a note that is too long and an unknown org unit', async () => {
    await api.expectRefused(() => api.gql(PUBLISH_SECTION, { input: { year: 2023, orgUnitId: org.bureauId, note: '长'.repeat(501) } }, compiler), 'BAD_USER_INPUT', 'note');
    await api.expectRefused(() => api.gql(PUBLISH_SECTION, { input: { year: 2023, orgUnitId: randomUUID() } }, admin), 'NOT_FOUND');
  });

  it('answers NOT_FOUND for the adjustments of an unknown edition, and FORBIDDEN for one outside the scope', async () => {
    await api.expectRefused(() => api.gql(SECTION_ADJUSTMENTS, { editionId: `2023-${org.bureauId}-v99` }, compiler), 'NOT_FOUND');
    await api.expectRefused(() => api.gql(SECTION_ADJUSTMENTS, { editionId: 'no-such-edition' }, compiler), 'NOT_FOUND');
    const kangjian = api.token({ sub: 'kangjian', roles: ['COMPILER'], orgUnitIds: [org.subBureauId] });
    await api.expectRefused(() => api.gql(SECTION_ADJUSTMENTS, { editionId: `2023-${org.bureauId}-v1` }, kangjian), 'FORBIDDEN');
    await api.expectRefused(() => api.gql(SECTION_ADJUSTMENTS, { editionId: '2023-all-v1' }, compiler), 'FORBIDDEN');
  });
});
