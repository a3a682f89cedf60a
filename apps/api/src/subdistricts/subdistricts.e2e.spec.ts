// Issue 12 item 2 over real HTTP with real tokens: invisible and look-alike characters cannot
// inflate the report's counts; a 街道 is one name; the ADMIN's 街道 list; the names already used.
import { ApiHarness, dataOf, type GraphQLResponse } from '../../test/api-harness';
import { OPEN_BOOTH, helloLaoyou } from '../../test/booth.documents';
import { CORRECT_ACTIVITY, type OrgFixture, RECORD_ACTIVITY, RECORD_HISTORY, leiFengDay, registerBureau } from '../../test/documents';
import { RECORD_SHIFT, springGaokaoShift } from '../../test/exam-sentinel-shifts.documents';
import { NAME_SUGGESTIONS, type NameSuggestionsResult, SET_SUBDISTRICTS, SUBDISTRICTS, type SubdistrictListResult } from '../../test/subdistricts.documents';

// The eight ways issue 12 wrote 枫林; the report once said "覆盖…枫林、枫林、枫林… 9 个街道".
const FENGLIN = ['枫林', '枫林\u200b', '枫\u200d林', '枫林\u2060', '枫林\u00ad', '枫\uF9F4', '枫林街道', '\u202e枫林\u202c'];

const SECTION = /* GraphQL */ `
  query Section($year: Int!) {
    communityResponsibility(year: $year) { volunteering { activities { count sites subdistricts serviceItems } examSentinel { sites } } }
  }`;
const USED_SUBDISTRICTS = '{ nameSuggestions(first: 100) { subdistricts subdistrictsUsed } }';
const REPORT = 'query Report($year: Int!) { reportSection(year: $year) }';

interface SectionResult {
  communityResponsibility: { volunteering: { activities: { count: number; sites: number; subdistricts: string[]; serviceItems: string[] }; examSentinel: { sites: number } } };
}
interface RecordedActivity {
  recordVolunteerActivity: { activity: { id: string; subdistrict: string | null; site: string; serviceItems: string[]; title: string } };
}

let api: ApiHarness;
let admin: string;
let recorder: string; // RECORDER for 公客综合党支部 (and 康健支局 under it)
let otherRecorder: string; // RECORDER for 衡复支局 only
let compiler: string;
let org: OrgFixture;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
  recorder = api.token({ sub: 'branch-secretary', name: '支部书记', roles: ['RECORDER'], orgUnitIds: [org.branchId] });
  otherRecorder = api.token({ sub: 'hengfu-recorder', roles: ['RECORDER'], orgUnitIds: [org.otherSubBureauId] });
  compiler = api.token({ sub: 'compiler', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
});

afterAll(() => api.close());

const record = async (overrides: Record<string, unknown>, token = recorder) =>
  dataOf(await api.gql<RecordedActivity>(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, overrides) }, token)).recordVolunteerActivity.activity;
const setList = (names: readonly string[], token = admin): Promise<GraphQLResponse<{ setSubdistricts: { position: string; subdistricts: SubdistrictListResult } }>> =>
  api.gql(SET_SUBDISTRICTS, { input: { names } }, token);
const list = async (token = recorder) => dataOf(await api.gql<{ subdistricts: SubdistrictListResult }>(SUBDISTRICTS, {}, token)).subdistricts;
const suggestions = async (token: string, variables: Record<string, unknown> = {}) =>
  dataOf(await api.gql<{ nameSuggestions: NameSuggestionsResult }>(NAME_SUGGESTIONS, variables, token)).nameSuggestions;

describe('invisible and look-alike characters (no 街道 list kept)', () => {
  it('the eight 枫林 variants of issue 12 count as one 街道, and the report lists it once', async () => {
    for (const [i, subdistrict] of FENGLIN.entries()) {
      const activity = await record({
        subdistrict,
        site: ['枫林路营业厅', '枫林路营业厅\u200b', '\u3000枫林路营业厅', '枫林路\u00ad营业厅'][i % 4],
        serviceItems: ['反诈骗宣传\u2060', '电信业务\u200d咨询'],
        title: `学雷锋\u200b志愿服务日${i}`,
      });
      // What is stored (and answered) is canonical: the one name, no invisible characters.
      expect(activity).toMatchObject({ subdistrict: '枫林', site: '枫林路营业厅', serviceItems: ['反诈骗宣传', '电信业务咨询'], title: `学雷锋志愿服务日${i}` });
    }
    const totals = dataOf(await api.gql<SectionResult>(SECTION, { year: 2023 }, compiler)).communityResponsibility.volunteering.activities;
    expect(totals).toEqual({ count: 8, sites: 1, subdistricts: ['枫林'], serviceItems: ['反诈骗宣传', '电信业务咨询'] });
    const report = dataOf(await api.gql<{ reportSection: string }>(REPORT, { year: 2023 }, compiler)).reportSection;
    expect(report).toContain('覆盖枫林 1 个街道');
    expect(report.match(/枫林/g)).toHaveLength(1);
  });

  it('exam sites and booths are canonical too; text that is empty once canonical is refused as missing', async () => {
    await api.gql(RECORD_SHIFT, { input: springGaokaoShift(org.subBureauId, { site: '南洋模范中学考点' }) }, recorder);
    await api.gql(RECORD_SHIFT, { input: springGaokaoShift(org.subBureauId, { site: '南洋模范中学\u200b考点', examDate: '2023-01-08' }) }, recorder);
    expect(dataOf(await api.gql<SectionResult>(SECTION, { year: 2023 }, compiler)).communityResponsibility.volunteering.examSentinel.sites).toBe(1);
    const booth = dataOf(await api.gql<{ openBooth: { booth: { subdistrict: string; name: string } } }>(OPEN_BOOTH, { input: helloLaoyou(org.subBureauId, { name: 'Hello老友亭\u2060' }) }, recorder)).openBooth.booth;
    expect(booth).toMatchObject({ subdistrict: '枫林', name: 'Hello老友亭' });
    await api.expectRefused(() => api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, { site: '\u200b\u2060\u00ad', title: '\u3000' }) }, recorder), 'BAD_USER_INPUT', 'site');
  });

  it('offers the names already used in the caller\u2019s scope, canonical and most used first', async () => {
    await record({ site: '康健路营业厅', subdistrict: '康健', serviceItems: ['反诈骗宣传'] });
    const offered = await suggestions(recorder);
    expect(offered).toEqual({ subdistricts: ['枫林', '康健'], sites: ['枫林路营业厅', '康健路营业厅'], examSites: ['南洋模范中学考点'], serviceItems: ['反诈骗宣传', '电信业务咨询'] });
    expect(await suggestions(recorder, { first: 1 })).toEqual({ subdistricts: ['枫林'], sites: ['枫林路营业厅'], examSites: ['南洋模范中学考点'], serviceItems: ['反诈骗宣传'] });
    // 衡复支局 has recorded nothing: nothing of another unit is offered to it.
    expect(await suggestions(otherRecorder)).toEqual({ subdistricts: [], sites: [], examSites: [], serviceItems: [] });
    await api.expectRefused(() => api.gql(NAME_SUGGESTIONS, { orgUnitId: org.subBureauId }, otherRecorder), 'FORBIDDEN');
    await api.expectRefused(() => api.gql(NAME_SUGGESTIONS, { first: 0 }, recorder), 'BAD_USER_INPUT', 'first');
  });
});

describe('the 街道 list', () => {
  it('is the ADMIN\u2019s to keep: each 街道 by its one name; a list naming one twice is refused', async () => {
    expect(await list()).toMatchObject({ kept: false, names: [] });
    await api.expectRefused(() => setList(['枫林'], recorder), 'FORBIDDEN');
    const refused = await api.expectRefused(() => setList(['枫林', '湖南', '枫林街道']), 'BAD_USER_INPUT', 'names[2]');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'names[2]', message: '街道名单中“枫林街道”与“枫林”是同一个街道，只填一次' }]);

    const set = dataOf(await setList(['枫林街道', ' 湖南 ', '华泾镇', '康健'])).setSubdistricts;
    expect(set.subdistricts).toMatchObject({ kept: true, names: ['枫林', '湖南', '华泾', '康健'] });
    expect(await list(otherRecorder)).toEqual(set.subdistricts);
    // Setting it to what it is writes nothing.
    const head = await api.head();
    expect(dataOf(await setList(['枫林', '湖南街道', '华泾', '康健街道'])).setSubdistricts.subdistricts.names).toEqual(['枫林', '湖南', '华泾', '康健']);
    expect(await api.head()).toBe(head);
    // Who changed it, and when, is in its history.
    const history = dataOf(await api.gql<{ recordHistory: { type: string; recordedBy: string; data: { name: string } }[] }>(RECORD_HISTORY, { id: set.subdistricts.id }, admin)).recordHistory;
    expect(history.map((e) => [e.type, e.data.name, e.recordedBy])).toEqual([
      ['SubdistrictAdded', '枫林', 'admin'],
      ['SubdistrictAdded', '湖南', 'admin'],
      ['SubdistrictAdded', '华泾', 'admin'],
      ['SubdistrictAdded', '康健', 'admin'],
    ]);
  });

  it('once kept, a record naming another 街道 is refused with the known ones listed, and writes nothing', async () => {
    const refused = await api.expectRefused(() => api.gql(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId, { subdistrict: '天平街道' }) }, recorder), 'BAD_USER_INPUT', 'subdistrict');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'subdistrict', message: '街道“天平”不在本局服务的街道名单中，请填写以下之一：枫林、湖南、华泾、康健' }]);
    await api.expectRefused(() => api.gql(OPEN_BOOTH, { input: helloLaoyou(org.subBureauId, { subdistrict: '天平' }) }, recorder), 'BAD_USER_INPUT', 'subdistrict');
    expect((await record({ subdistrict: '湖南街道' })).subdistrict).toBe('湖南');
    expect((await record({ subdistrict: '华泾镇' })).subdistrict).toBe('华泾');
    // The 街道 offered are the list's, those used most first (ties in code-point order).
    expect((await suggestions(recorder)).subdistricts).toEqual(['枫林', '华泾', '康健', '湖南']);
  });

  it('a correction may keep a 街道 that has left the list, but not move to one off it', async () => {
    const kangjian = await record({ subdistrict: '康健' });
    dataOf(await setList(['枫林', '湖南', '华泾']));
    const corrected = dataOf(await api.gql<{ correctVolunteerActivity: { activity: { personTimes: number; subdistrict: string } } }>(CORRECT_ACTIVITY, { input: { id: kangjian.id, reason: '人次登记有误', personTimes: 6 } }, recorder));
    expect(corrected.correctVolunteerActivity.activity).toMatchObject({ personTimes: 6, subdistrict: '康健' });
    // 康健 is offered no more, but the ADMIN still learns that records name it (the 街道 page asks before removing such a name).
    const used = dataOf(await api.gql<{ nameSuggestions: { subdistricts: string[]; subdistrictsUsed: string[] } }>(USED_SUBDISTRICTS, {}, admin)).nameSuggestions;
    expect(used.subdistricts).not.toContain('康健');
    expect([...used.subdistrictsUsed].sort()).toEqual(['华泾', '康健', '枫林', '湖南']);
    await api.expectRefused(() => api.gql(CORRECT_ACTIVITY, { input: { id: kangjian.id, reason: '街道登记有误', subdistrict: '天平' } }, recorder), 'BAD_USER_INPUT', 'subdistrict');
  });

  it('an empty list keeps none: any canonical name is taken again', async () => {
    expect(dataOf(await setList([])).setSubdistricts.subdistricts).toMatchObject({ kept: false, names: [] });
    expect((await record({ subdistrict: '天平\u200b街道' })).subdistrict).toBe('天平');
  });
});
