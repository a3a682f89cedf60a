import { lookAlikeHref, savedLookAlikes } from './look-alikes';

const id = '4f0c25b9-5cb2-5f74-b5e7-b4a9edc498f5';
const warning = `与已登记的志愿活动相似：2023-03-04“学雷锋志愿服务日”（地点 康健，编号 ${id}）。请核对是否重复录入。`;
const activity = { kind: 'VOLUNTEER_ACTIVITY', recordId: id, date: '2023-03-04', year: 2023, warning } as const;

it('a look-alike links to where it is shown (an activity, a shift, a booth, an agreement, a campaign, a grant) in the year its ledger lists it', () => {
  expect(lookAlikeHref(activity)).toBe(`/records/activities/${id}?year=2023`);
  expect(lookAlikeHref({ ...activity, kind: 'EXAM_SENTINEL_SHIFT' })).toBe(`/records/exam-shifts/${id}?year=2023`);
  expect(lookAlikeHref({ ...activity, kind: 'BOOTH', date: '2022-11-28', year: 2022 })).toBe(`/records/booths/${id}?year=2022`);
  expect(lookAlikeHref({ ...activity, kind: 'CO_BUILDING_AGREEMENT' })).toBe(`/records/agreements/${id}?year=2023`);
  // A campaign for 2023 launched in January 2024 is on 2023's page: the year, not the date, decides.
  expect(lookAlikeHref({ ...activity, kind: 'DONATION_CAMPAIGN', date: '2024-01-08', year: 2023 })).toBe(`/union/campaigns/${id}?year=2023`);
  // A 帮困 grant has no page: the relief list shows it alone.
  expect(lookAlikeHref({ ...activity, kind: 'RELIEF_GRANT' })).toBe(`/union/relief?year=2023&id=${id}`);
  // A booth's session and a donation are seen where the person already is.
  for (const kind of ['BOOTH_SESSION', 'UNION_DONATION'] as const) expect(lookAlikeHref({ ...activity, kind })).toBeUndefined();
});

it('look-alikes are read back from the router’s state only as the save left them', () => {
  expect(savedLookAlikes({ lookAlikes: [activity, { kind: 'BOOTH' }, { ...activity, year: '2023' }, 'text'] })).toEqual([activity]);
  expect(savedLookAlikes(null)).toEqual([]);
  expect(savedLookAlikes({ warnings: [warning] })).toEqual([]);
});
