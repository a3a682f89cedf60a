// An edition survives an upgrade of the tracker: after it is published, the read model is rebuilt,
// the report renderer changes its wording and a totals rule changes what the live section says.
// The live answers follow the new code; the edition answers exactly what it answered before.
import type * as Projections from '@tracker/projections';
import { ApiHarness, dataOf } from '../../test/api-harness';
import { RECORD_ACTIVITY, leiFengDay, registerBureau } from '../../test/documents';
import { ProjectionRuntime } from '../projections/projection-runtime';
import { type EditionResult, LIVE_SECTION, PUBLISH_SECTION, SECTION_EDITIONS, SINCE_EDITION, type SinceEditionResult } from './editions.documents';

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
