// An edition survives an upgrade of the tracker: after it is published, the read model is rebuilt,
// the report renderer changes its wording and a totals rule changes what the live section says.
// The live answers follow the new code; the edition answers exactly what it answered before.
import { randomUUID } from 'node:crypto';
import { formatPosition, type JsonObject } from '@tracker/event-store';
import type * as Projections from '@tracker/projections';
import { ApiHarness, dataOf } from '../../test/api-harness';
import { RECORD_ACTIVITY, leiFengDay, registerBureau, registerOrgUnit } from '../../test/documents';
import { download, wordText } from '../../test/files';
import { ProjectionRuntime } from '../projections/projection-runtime';
import { type AdjustmentResult, type EditionResult, LIVE_SECTION, PUBLISH_SECTION, SECTION_ADJUSTMENTS, SECTION_EDITIONS, SINCE_EDITION, type SinceEditionResult } from './editions.documents';
import { editionSeriesId, SECTION_EDITIONS as SECTION_EDITIONS_KIND } from './section-edition.record-kind';

// The renderer as a later release might word it: switched on after publishing.
const mockWording = { upgraded: false };
jest.mock('@tracker/projections', () => {
  const actual = jest.requireActual<typeof Projections>('@tracker/projections');
  return {
    ...actual,
    renderCommunityResponsibilityReport: (...args: Parameters<typeof actual.renderCommunityResponsibilityReport>) => {
      const text = actual.renderCommunityResponsibilityReport(...args);
      return mockWording.upgraded ? text.replace('年度社区责任', '年度社区责任报告（新版）') : text;
    },
  };
});

let api: ApiHarness;

beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api.close());

it('a rebuild, a new report wording and a new totals rule leave a published edition as it was', async () => {
  const admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  const org = await registerBureau(api, admin);
  dataOf(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, admin));
  const published = dataOf(await api.gql<{ publishSection: EditionResult }>(PUBLISH_SECTION, { input: { year: 2023, orgUnitId: org.bureauId } }, admin)).publishSection;
  const read = async () => dataOf(await api.gql<{ sectionEditions: EditionResult[] }>(SECTION_EDITIONS, { year: 2023, orgUnitId: org.bureauId }, admin)).sectionEditions;
  const live = async () => dataOf(await api.gql<{ communityResponsibility: { volunteering: { activities: { personTimes: number } } }; reportSection: string }>(LIVE_SECTION, { year: 2023, orgUnitId: org.bureauId }, admin));
  expect(await read()).toEqual([published]);

  dataOf(await api.gql(`mutation { rebuildProjections { generation } }`, {}, admin));
  mockWording.upgraded = true;
  // A new totals rule: the live section counts every activity's 人次 once more.
  const queries = api.app.get(ProjectionRuntime).queries;
  const section = queries.section.bind(queries);
  const rule = jest.spyOn(queries, 'section').mockImplementation(async (year, units) => {
    const s = await section(year, units);
    return { ...s, volunteering: { ...s.volunteering, activities: { ...s.volunteering.activities, personTimes: s.volunteering.activities.personTimes + 1 } } };
  });
  try {
    const now = await live();
    expect(now.reportSection).toContain('年度社区责任报告（新版）');
    expect(now.communityResponsibility.volunteering.activities.personTimes).toBe(5);
    expect(await read()).toEqual([published]);
    expect(published.report).not.toContain('新版');
    const since = dataOf(await api.gql<{ sinceEdition: SinceEditionResult }>(SINCE_EDITION, { year: 2023, orgUnitId: org.bureauId }, admin)).sinceEdition;
    expect(since.changes).toEqual([{ figure: 'activities.personTimes', label: '志愿者人次', before: '4', after: '5', difference: '+1' }]);
  } finally {
    rule.mockRestore();
    mockWording.upgraded = false;
  }
});

it('an edition published before editions pinned their event (no lastEvent) still reads, lists its adjustments from its position, downloads, and is followed by edition 2', async () => {
  const admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  // A bureau of its own: the test above registered 南区局.
  const bureauId = await registerOrgUnit(api, admin, { name: '北区局', kind: 'BUREAU' });
  const org = { bureauId, subBureauId: await registerOrgUnit(api, admin, { name: '田林支局', kind: 'SUB_BUREAU', parentId: bureauId }) };
  const reader = api.token({ sub: 'li.hua', name: '李华', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
  dataOf(await api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, { startDate: '2022-03-05', endDate: '2022-03-05' }) }, admin));
  const queries = api.app.get(ProjectionRuntime).queries;
  const { section, position } = await queries.sectionAt(2022, [org.bureauId]);
  // The event as the tracker wrote it before `lastEvent` existed: the position alone.
  const editionId = `2022-${org.bureauId}-v1`;
  const data = {
    editionId,
    year: 2022,
    orgUnitId: org.bureauId,
    orgUnitPath: ['北区局'],
    version: 1,
    position: formatPosition(position),
    publishedAt: '2023-08-15T02:30:00.000Z',
    publishedBy: 'li.hua',
    publisherName: '李华',
    note: '旧版本',
    section: JSON.parse(JSON.stringify(section)) as JsonObject,
    report: jest.requireActual<typeof Projections>('@tracker/projections').renderCommunityResponsibilityReport(section, { orgUnitName: '北区局' }),
  };
  const eventId = randomUUID();
  await api.store.appendToStream(
    SECTION_EDITIONS_KIND.streamOf(editionSeriesId(2022, org.bureauId)),
    [{ eventId, type: 'SectionPublished', data, metadata: { eventId, recordedAt: data.publishedAt, recordedBy: 'li.hua', correlationId: randomUUID() } }],
    { expectedVersion: 'no_stream' },
  );

  const [old] = dataOf(await api.gql<{ sectionEditions: EditionResult[] }>(SECTION_EDITIONS, { year: 2022, orgUnitId: org.bureauId }, reader)).sectionEditions;
  expect(old).toMatchObject({ id: editionId, version: 1, position: data.position, note: '旧版本', report: data.report });
  expect(old?.section).toEqual(data.section);
  const adjustments = async () => dataOf(await api.gql<{ sectionAdjustments: AdjustmentResult[] }>(SECTION_ADJUSTMENTS, { editionId }, reader)).sectionAdjustments;
  expect(await adjustments()).toEqual([]);
  const later = dataOf(
    await api.gql<{ recordVolunteerActivity: { activity: { id: string } } }>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, { startDate: '2022-06-01', endDate: '2022-06-01' }) }, admin),
  ).recordVolunteerActivity.activity.id;
  expect((await adjustments()).map((a) => [a.type, a.recordId])).toEqual([['VolunteerActivityRecorded', later]]);

  const file = await download(api, `/files/section/2022.docx?edition=${editionId}`, reader);
  expect(file.status).toBe(200);
  expect((await wordText(file.body)).text.split('\n').slice(2, 6)).toEqual([`版本号：第 1 版（${editionId}）`, '发布时间：2023年8月15日 10:30（北京时间）', '发布人：李华', '说明：旧版本']);

  const second = dataOf(await api.gql<{ publishSection: EditionResult }>(PUBLISH_SECTION, { input: { year: 2022, orgUnitId: org.bureauId } }, reader)).publishSection;
  expect(second).toMatchObject({ id: `2022-${org.bureauId}-v2`, version: 2 });
});
