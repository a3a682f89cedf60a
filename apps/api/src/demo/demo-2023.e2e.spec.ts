// The 2023 demo dataset loaded through GraphQL reproduces the report's figures (docs/design.md §12), the
// report text says them, and a second load writes nothing.
import type { CommunityResponsibilitySection } from '@tracker/projections';
import { ApiHarness, dataOf } from '../../test/api-harness';
import { EDITION_2023, LEI_FENG_ITEMS, LEI_FENG_SUBDISTRICTS } from './demo-2023.data';
import { REPORT_SECTION, SECTION } from './demo-2023.documents';
import { type AdjustmentResult, type EditionResult, LIVE_SECTION, SECTION_ADJUSTMENTS, SECTION_EDITIONS, SINCE_EDITION, type SinceEditionResult } from '../editions/editions.documents';
import { createDemoCommand } from '../cli/demo.command';
import { createRebuildCommand } from '../cli/rebuild.command';
import { DEMO_SUBJECT, type DemoLoadResult, type GraphQLSend, loadDemo2023 } from './load-demo-2023';

let api: ApiHarness;
let send: GraphQLSend;
let compiler: string;
let first: DemoLoadResult;

beforeAll(async () => {
  api = await ApiHarness.start();
  const admin = api.token({ sub: DEMO_SUBJECT, name: '演示数据', roles: ['ADMIN'] });
  send = (query, variables) => api.gql(query, variables, admin);
  first = await loadDemo2023(send);
  compiler = api.token({ sub: 'compiler', roles: ['COMPILER'], orgUnitIds: [first.bureauId] });
});

afterAll(() => api.close());

const section = async () =>
  dataOf(await api.gql<{ communityResponsibility: CommunityResponsibilitySection }>(SECTION, { year: 2023 }, compiler)).communityResponsibility;

// How long the load takes is the bench's business, not a test's (docs/design.md §11).
it('loads through the API, one request per record', () => {
  expect(first.requests).toBeGreaterThan(200);
});

it('reproduces the 2023 （1）救灾与慈善捐助 figures', async () => {
  const { charity } = await section();
  expect(charity.relief).toEqual({ personTimes: 77, amount: '27500.00' });
  expect(charity.campaigns).toEqual([expect.objectContaining({ amount: '41620.00', donorCount: 358, unionCount: 7 })]);
  expect(charity.donatedTotal).toBe('41620.00');
});

it('reproduces the 2023 （2）志愿服务 figures', async () => {
  const { activities, examSentinel, agreements, booths } = (await section()).volunteering;
  const leiFeng = activities.byProgram.find((p) => p.program === 'LEI_FENG');
  expect(leiFeng?.sites).toBe(12);
  expect(leiFeng?.personTimes).toBeGreaterThanOrEqual(40);
  expect([...activities.subdistricts].sort()).toEqual([...LEI_FENG_SUBDISTRICTS].sort());
  expect([...activities.serviceItems].sort()).toEqual([...LEI_FENG_ITEMS].sort());
  expect(activities.charitySalesCount).toBe(28);
  expect(activities.byProgram.find((p) => p.program === 'COMMUNITY_SERVICE')?.count).toBeGreaterThanOrEqual(100);
  expect(activities.beneficiaries).toBeGreaterThanOrEqual(30);
  expect(examSentinel.exams).toBeGreaterThan(50);
  expect(examSentinel.sites).toBeGreaterThan(36);
  expect(examSentinel.supports).toBe(184);
  expect(agreements).toEqual({ signed: 2, active: 2, partners: 6 });
  expect(booths.booths).toBeGreaterThanOrEqual(2);
});

it('says the figures in the report section', async () => {
  const report = dataOf(await api.gql<{ reportSection: string }>(REPORT_SECTION, { year: 2023 }, compiler)).reportSection;
  expect(report).toContain("共收到 7 个部门工会的“爱心一日捐”善款 41,620 元，捐款人数 358 人");
  expect(report).toContain('全年开展帮困 77 人次，发放帮困金 27,500 元');
  expect(report).toContain('累计保障 184 人次');
  const bureau = dataOf(await api.gql<{ reportSection: string }>(REPORT_SECTION, { year: 2023, orgUnitId: first.bureauId }, compiler)).reportSection;
  expect(bureau.split('\n')[0]).toBe('## 南区局 2023 年度社区责任');
});

it('lists the 学雷锋 line’s own 8 街道 and service items', async () => {
  const live = dataOf(await api.gql<{ communityResponsibility: CommunityResponsibilitySection }>(LIVE_SECTION, { year: 2023 }, compiler)).communityResponsibility;
  const leiFeng = live.volunteering.activities.byProgram.find((p) => p.program === 'LEI_FENG');
  expect([...(leiFeng?.subdistricts ?? [])].sort()).toEqual([...LEI_FENG_SUBDISTRICTS].sort());
  expect([...(leiFeng?.serviceItems ?? [])].sort()).toEqual([...LEI_FENG_ITEMS].sort());
  expect(live.b4si.employeeGiving).toBe('41620.00');
  expect(live.b4si.unionRelief).toBe('27500.00');
  const hours = (h: string) => Number(h);
  expect(hours(live.b4si.companyTimeHours) + hours(live.b4si.ownTimeHours)).toBeCloseTo(hours(live.volunteering.activities.volunteerHours), 2);
  expect(hours(live.b4si.companyTimeHours)).toBeGreaterThan(0);
  expect(hours(live.b4si.ownTimeHours)).toBeGreaterThan(0);
});

it('publishes edition 1 of 2023 as the report went out; the later correction is its one adjustment', async () => {
  const [edition, ...older] = dataOf(await api.gql<{ sectionEditions: EditionResult[] }>(SECTION_EDITIONS, { year: 2023, orgUnitId: first.bureauId }, compiler)).sectionEditions;
  expect(older).toEqual([]);
  expect(edition).toMatchObject({ id: first.editionId, version: 1, note: EDITION_2023.note, publishedBy: DEMO_SUBJECT });
  const published = edition?.section;
  if (!published) throw new Error('no edition of 2023');
  expect(published.charity.relief).toEqual({ personTimes: 77, amount: '27500.00' });
  expect(edition?.report).toContain('共收到 7 个部门工会的“爱心一日捐”善款 41,620 元，捐款人数 358 人');

  const live = await section();
  const added = EDITION_2023.lateCorrection.beneficiaries - 32;
  expect(live.volunteering.activities.beneficiaries).toBe(published.volunteering.activities.beneficiaries + added);

  const adjustments = dataOf(await api.gql<{ sectionAdjustments: AdjustmentResult[] }>(SECTION_ADJUSTMENTS, { editionId: first.editionId }, compiler)).sectionAdjustments;
  expect(adjustments.map((a) => [a.type, a.recordedBy, a.data['reason']])).toEqual([['VolunteerActivityCorrected', DEMO_SUBJECT, EDITION_2023.lateCorrection.reason]]);

  const since = dataOf(await api.gql<{ sinceEdition: SinceEditionResult }>(SINCE_EDITION, { year: 2023, orgUnitId: first.bureauId }, compiler)).sinceEdition;
  expect(since.changes).toEqual([
    expect.objectContaining({ figure: 'activities.beneficiaries', difference: `+${added}` }),
  ]);
});

it('writes nothing when loaded a second time, and the totals stay the same', async () => {
  const before = await section();
  const head = await api.head();
  const second = await loadDemo2023(send);
  expect(await api.head()).toBe(head);
  expect(second.bureauId).toBe(first.bureauId);
  expect(second.orgUnitIds).toEqual(first.orgUnitIds);
  expect(second.editionId).toBe(first.editionId);
  expect(await section()).toEqual(before);
});

it('is what `npm run cli -- demo` loads over HTTP: against the running app it writes nothing more and prints the figures', async () => {
  const saved = process.env['JWT_SECRET'];
  process.env['JWT_SECRET'] = 'e2e-test-secret-that-is-long-enough-for-hs256'; // the harness's secret
  const lines: string[] = [];
  const errors: string[] = [];
  try {
    const head = await api.head();
    const code = await createDemoCommand().run(['--url', `${api.url}/graphql`], { out: (l) => lines.push(l), err: (l) => errors.push(l) });
    expect({ code, errors }).toEqual({ code: 0, errors: [] });
    expect(await api.head()).toBe(head);
  } finally {
    if (saved === undefined) delete process.env['JWT_SECRET'];
    else process.env['JWT_SECRET'] = saved;
  }
  const output = lines.join('\n');
  expect(output).toContain(`2023 年主要数字（南区局 ${first.bureauId}）：`);
  expect(output).toContain('帮困          77 人次，27,500 元');
  expect(output).toContain('爱心一日捐    41,620 元，7 个部门工会 358 人捐款');
  expect(output).toMatch(/考务哨兵 +\d+ 场考试，\d+ 个考点，保障 184 人次/);
});

it('is rebuilt by `npm run cli -- rebuild` over HTTP to identical totals, without writing an event', async () => {
  const saved = process.env['JWT_SECRET'];
  process.env['JWT_SECRET'] = 'e2e-test-secret-that-is-long-enough-for-hs256'; // the harness's secret
  const lines: string[] = [];
  const errors: string[] = [];
  const before = await section();
  const head = await api.head();
  try {
    const code = await createRebuildCommand().run(['--url', `${api.url}/graphql`], { out: (l) => lines.push(l), err: (l) => errors.push(l) });
    expect({ code, errors }).toEqual({ code: 0, errors: [] });
  } finally {
    if (saved === undefined) delete process.env['JWT_SECRET'];
    else process.env['JWT_SECRET'] = saved;
  }
  expect(lines.join('\n')).toMatch(/重建完成：[1-9]\d* 个事件写入第 \d+ 代读模型/);
  expect(await api.head()).toBe(head);
  expect(await section()).toEqual(before);
});
