// The demo dataset adds up to docs/design.md §12 before anything is sent, and its series helpers are right.
import {
  ACTIVITIES,
  AGREEMENTS,
  BOOTHS,
  COMMUNITY_SERVICE_ACTIVITIES,
  EXAM_SHIFTS,
  LEI_FENG_ACTIVITIES,
  LEI_FENG_ITEMS,
  LEI_FENG_SUBDISTRICTS,
  ORG_UNITS,
  RELIEF_GRANTS,
  SMARTPHONE_CLASS,
  UNION_DONATIONS,
} from './demo-2023.data';
import { cycle, spread, weekdaysBetween } from './demo-series';

const fen = (yuan: string): number => {
  const [whole = '0', fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
};
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const distinct = (values: readonly string[]): number => new Set(values).size;

describe('demo series helpers', () => {
  it('lists the weekdays of a span, skipping the dates asked', () => {
    expect(weekdaysBetween('2023-07-01', '2023-08-31', 2)).toEqual([
      '2023-07-04', '2023-07-11', '2023-07-18', '2023-07-25', '2023-08-01', '2023-08-08', '2023-08-15', '2023-08-22', '2023-08-29',
    ]);
    expect(weekdaysBetween('2023-01-01', '2023-01-31', 0, ['2023-01-22'])).toEqual(['2023-01-01', '2023-01-08', '2023-01-15', '2023-01-29']);
    expect(weekdaysBetween('2023-01-01', '2023-12-31', 3)).toHaveLength(52);
  });

  it('spreads a total into near-equal whole parts and cycles through a list', () => {
    expect(spread(184, 68)).toEqual([...Array(48).fill(3), ...Array(20).fill(2)]);
    expect(sum(spread(10, 3))).toBe(10);
    expect([0, 1, 2, 3].map((i) => cycle(['a', 'b', 'c'], i))).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('the 2023 dataset', () => {
  it('registers every org unit it names, parents first, no name twice', () => {
    const names = ORG_UNITS.map((u) => u.name);
    expect(distinct(names)).toBe(names.length);
    ORG_UNITS.forEach((unit, i) => unit.parent && expect(names.slice(0, i)).toContain(unit.parent));
    const named = [
      ...RELIEF_GRANTS.map((g) => g.union),
      ...UNION_DONATIONS.map((d) => d.union),
      ...ACTIVITIES.map((a) => a.organizer),
      ...AGREEMENTS.map((a) => a.branch),
      ...BOOTHS.map((b) => b.host),
      ...EXAM_SHIFTS.map((s) => s.organizer),
    ];
    expect(named.filter((name) => !names.includes(name))).toEqual([]);
    expect(ORG_UNITS.filter((u) => u.kind === 'DEPARTMENT')).toHaveLength(7);
  });

  it('has 帮困 of 77 人次 and 27,500 元 in several grants', () => {
    expect(RELIEF_GRANTS.length).toBeGreaterThan(3);
    expect(sum(RELIEF_GRANTS.map((g) => g.personTimes))).toBe(77);
    expect(sum(RELIEF_GRANTS.map((g) => fen(g.amount)))).toBe(2_750_000);
  });

  it('has 爱心一日捐 from 7 department unions: 41,620.00 元, 358 donors', () => {
    expect(distinct(UNION_DONATIONS.map((d) => d.union))).toBe(7);
    expect(sum(UNION_DONATIONS.map((d) => fen(d.amount)))).toBe(4_162_000);
    expect(sum(UNION_DONATIONS.map((d) => d.donorCount))).toBe(358);
  });

  it('has 学雷锋 on 3月1日至5日 at 12 sites in the 8 街道, 40+ 人次, the 8 items and the 28-笔 book sale', () => {
    expect(LEI_FENG_ACTIVITIES.every((a) => a.startDate >= '2023-03-01' && (a.endDate ?? a.startDate) <= '2023-03-05')).toBe(true);
    expect(distinct(LEI_FENG_ACTIVITIES.map((a) => a.site))).toBe(12);
    expect(sum(LEI_FENG_ACTIVITIES.map((a) => a.personTimes))).toBeGreaterThanOrEqual(40);
    expect(new Set(LEI_FENG_ACTIVITIES.map((a) => a.subdistrict))).toEqual(new Set(LEI_FENG_SUBDISTRICTS));
    expect(new Set(LEI_FENG_ACTIVITIES.flatMap((a) => a.serviceItems))).toEqual(new Set(LEI_FENG_ITEMS));
    const sales = LEI_FENG_ACTIVITIES.filter((a) => a.charitySales);
    expect(sales.map((a) => [a.startDate, a.charitySales?.transactions, a.charitySales?.recipient])).toEqual([['2023-03-03', 28, '红十字会']]);
    // The other programs stay inside the same 街道 and items, so the section's lists are the 学雷锋 ones.
    expect(new Set(ACTIVITIES.map((a) => a.subdistrict))).toEqual(new Set(LEI_FENG_SUBDISTRICTS));
    expect(new Set(ACTIVITIES.flatMap((a) => a.serviceItems))).toEqual(new Set(LEI_FENG_ITEMS));
  });

  it('has 100+ community-service sessions of 行数徐家汇党支部 and the 衡复 class for 30+ elderly on 5月12日', () => {
    expect(COMMUNITY_SERVICE_ACTIVITIES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(COMMUNITY_SERVICE_ACTIVITIES.map((a) => a.organizer))).toEqual(new Set(['行数徐家汇党支部']));
    expect(distinct(ACTIVITIES.map((a) => a.key))).toBe(ACTIVITIES.length);
    expect(SMARTPHONE_CLASS).toMatchObject({ organizer: '衡复支局', startDate: '2023-05-12' });
    expect(SMARTPHONE_CLASS.beneficiaries).toBeGreaterThanOrEqual(30);
  });

  it('has 考务哨兵 from 春季高考 in January to 中职考试 in December: 50+ exams, 36+ sites, 184 supports', () => {
    const byDate = [...EXAM_SHIFTS].sort((a, b) => a.examDate.localeCompare(b.examDate));
    expect(byDate[0]).toMatchObject({ examDate: expect.stringMatching(/^2023-01-/), examName: expect.stringMatching(/^春季高考/) });
    expect(byDate.at(-1)).toMatchObject({ examDate: expect.stringMatching(/^2023-12-/), examName: expect.stringMatching(/^中职考试/) });
    expect(distinct(EXAM_SHIFTS.map((s) => `${s.examName}|${s.examDate}`))).toBeGreaterThan(50);
    expect(distinct(EXAM_SHIFTS.map((s) => s.site))).toBeGreaterThan(36);
    expect(sum(EXAM_SHIFTS.map((s) => s.supporters))).toBe(184);
  });

  it('has the 2023 党建翼联 agreements with their 居委 and the booths with their sessions', () => {
    expect(AGREEMENTS.map((a) => [a.branch, a.partners.map((p) => p.name)])).toEqual([
      ['康健支局', ['长丰坊居委', '上师大新村居委', '寿益坊居委', '康乐小区居委']],
      ['公客综合党支部', ['千鹤六居委', '虹南居委']],
    ]);
    const [hello, kiosk] = BOOTHS;
    expect(hello).toMatchObject({ kind: 'HELLO_LAOYOU', subdistrict: '枫林街道', openedOn: '2023-09-01' });
    expect(hello?.location).toContain('肿瘤医院');
    expect(hello?.sessions.every((s) => s.date >= '2023-09-01')).toBe(true);
    expect(kiosk?.sessions.map((s) => s.date)).toEqual(weekdaysBetween('2023-07-01', '2023-08-31', 2));
  });
});
