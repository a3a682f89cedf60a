import dayjs from 'dayjs';
import type { ActivityFieldsFragment } from '../../gql/graphql';
import { activityInputOf, charitySalesInputOf, correctionOf, endDateProblem, formValuesOf, hasCharitySales, hoursProblem } from './activity-form';
import { describeHistory, type HistoryEvent, valueText } from './history';
import { filtersFromSearch, searchWithFilters } from './list-filters';

const activity: ActivityFieldsFragment = {
  id: '4f0c25b9-5cb2-5f74-b5e7-b4a9edc498f5',
  organizerId: 'unit-1',
  organizerPath: ['南区局', '公众客户部', '公客综合党支部'],
  program: 'LEI_FENG',
  title: '学雷锋志愿服务日',
  startDate: '2023-03-04',
  endDate: '2023-03-04',
  subdistrict: null,
  site: '康健社区文化中心',
  serviceItems: ['反诈宣传'],
  personTimes: 12,
  volunteerHours: '24.00',
  timeBasis: 'OWN_TIME',
  beneficiaries: null,
  charitySales: null,
  recordedAt: '2023-03-04T08:00:00.000Z',
  recordedBy: 'li.recorder',
  correctedAt: null,
  voided: false,
  voidedAt: null,
  voidReason: null,
};

describe('the activity form', () => {
  it('sends trimmed texts, calendar dates, and leaves blank optionals out', () => {
    const input = activityInputOf({ ...formValuesOf(activity), title: ' 学雷锋日 ', endDate: null, subdistrict: '  ', serviceItems: [' 反诈宣传 ', ''], volunteerHours: '' });
    expect(input).toEqual({
      organizerId: 'unit-1',
      program: 'LEI_FENG',
      title: '学雷锋日',
      startDate: '2023-03-04',
      endDate: null,
      subdistrict: null,
      site: '康健社区文化中心',
      serviceItems: ['反诈宣传'],
      personTimes: 12,
      volunteerHours: null,
      timeBasis: 'OWN_TIME',
      beneficiaries: null,
      charitySales: null,
    });
  });

  it('sends a 义卖 only when one of its fields is filled in, and then as the api takes it', () => {
    expect(charitySalesInputOf({ transactions: null, amount: ' ', recipient: '' })).toBeNull();
    expect(hasCharitySales({ recipient: '红十字会' })).toBe(true);
    expect(charitySalesInputOf({ transactions: 28, amount: '1280.50', recipient: ' 红十字会 ' })).toEqual({ transactions: 28, amount: '1280.50', recipient: '红十字会' });
    // The amount as people type it (separators) goes to the api without them.
    expect(charitySalesInputOf({ transactions: 2, amount: '1,280.50', recipient: '红十字会' })?.amount).toBe('1280.50');
    const withSales = { ...activity, charitySales: { transactions: 28, amount: '1280.50', recipient: '红十字会' } };
    const prefilled = formValuesOf(withSales);
    expect(correctionOf(withSales, { ...prefilled, charitySales: { transactions: 28, amount: '1280.5', recipient: '红十字会' } })).toBeUndefined();
    expect(correctionOf(withSales, { ...prefilled, charitySales: { ...prefilled.charitySales, transactions: 30 } })).toEqual({ charitySales: { transactions: 30, amount: '1280.50', recipient: '红十字会' } });
    expect(correctionOf(withSales, { ...prefilled, charitySales: null })).toEqual({ charitySales: null });
    expect(valueText('charitySales', { transactions: 28, amountFen: 128050, recipient: '红十字会' })).toBe('28 笔，1,280.50 元，捐赠给红十字会');
  });

  it('a correction sends only what changed; the same hours written differently is no change', () => {
    const prefilled = formValuesOf(activity);
    expect(correctionOf(activity, { ...prefilled, volunteerHours: '24' })).toBeUndefined();
    expect(correctionOf(activity, { ...prefilled, personTimes: 15, subdistrict: '枫林' })).toEqual({ personTimes: 15, subdistrict: '枫林' });
    // Moving the start moves a one-day activity's end with it.
    expect(correctionOf(activity, { ...prefilled, startDate: dayjs('2023-03-05'), endDate: null })).toEqual({ startDate: '2023-03-05', endDate: '2023-03-05' });
  });

  it('says what the server would refuse about the dates and the hours', () => {
    expect(endDateProblem(dayjs('2023-03-05'), dayjs('2023-03-04'))).toBe('结束日期不能早于开始日期');
    expect(endDateProblem(dayjs('2023-01-01'), dayjs('2023-12-31'))).toBeUndefined();
    expect(endDateProblem(dayjs('2023-01-01'), dayjs('2024-01-02'))).toBe('一次活动最长 366 天，更长的请分几次登记');
    expect(['2.5', '0', '1.255', 'abc'].map(hoursProblem)).toEqual([undefined, '志愿时长（小时）须大于 0', '志愿时长须为数字，最多两位小数，例如 2.5', '志愿时长须为数字，最多两位小数，例如 2.5']);
  });
});

describe("a record's history", () => {
  const at = (position: string, type: string, data: unknown, who = 'li.recorder', name = '李华'): HistoryEvent => ({ position, type, data, recordedAt: '2023-03-04T08:00:00.000Z', recordedBy: who, recordedByName: name });

  it('names who did what, each correction from what to what, and why', () => {
    const entries = describeHistory([
      at('1', 'VolunteerActivityRecorded', { activityId: 'a', title: '学雷锋日', personTimes: 12, volunteerHoursHundredths: 2400, program: 'LEI_FENG' }),
      at('2', 'VolunteerActivityCorrected', { activityId: 'a', changes: { personTimes: 15, volunteerHoursHundredths: 3050, startDate: '2023-03-05' }, reason: '漏记 3 人' }, 'wang', 'wang'),
      at('3', 'VolunteerActivityVoided', { activityId: 'a', reason: '重复录入' }),
    ]);
    expect(entries.map((entry) => [entry.action, entry.who, entry.reason])).toEqual([
      ['登记', '李华（li.recorder）', undefined],
      ['更正', 'wang', '漏记 3 人'],
      ['作废', '李华（li.recorder）', '重复录入'],
    ]);
    expect(entries[1]?.changes).toEqual([
      { label: '人次', before: '12', after: '15' },
      { label: '志愿时长', before: '24 小时', after: '30.5 小时' },
      { label: '开始日期', before: undefined, after: '2023年3月5日' },
    ]);
    // The record made lists nothing (its facts are the page's); a correction says from what to what.
    expect(entries.map((entry) => [entry.changes.length, entry.corrected])).toEqual([
      [0, false],
      [3, true],
      [0, false],
    ]);
  });

  it("names each field as the record's page does: an activity's site is its 地点, a shift's its 考点", () => {
    const moved = (type: string, id: string) => describeHistory([at('1', `${type}Recorded`, { [id]: 'x', site: '上海中学' }), at('2', `${type}Corrected`, { [id]: 'x', changes: { site: '南洋模范中学' }, reason: '考点登记错了' })]);
    expect(moved('ExamSentinelShift', 'shiftId')[1]?.changes).toEqual([{ label: '考点', before: '上海中学', after: '南洋模范中学' }]);
    expect(moved('VolunteerActivity', 'activityId')[1]?.changes).toEqual([{ label: '地点', before: '上海中学', after: '南洋模范中学' }]);
  });

  it("lists everything a booth's session and its closing set, as the booth's page names them", () => {
    const entries = describeHistory([
      at('1', 'BoothOpened', { boothId: 'b', name: '虹南Hello老友亭', openedOn: '2026-11-01' }),
      at('2', 'BoothSessionRecorded', { boothId: 'b', sessionId: 's', date: '2026-11-28', volunteers: 3, peopleServed: 25, services: ['测血压', '反诈宣传'] }),
      at('3', 'BoothSessionRecorded', { boothId: 'b', sessionId: 't', date: '2026-12-05', volunteers: 2, peopleServed: 9, services: [] }),
      at('4', 'BoothClosed', { boothId: 'b', closedOn: '2026-12-31' }),
    ]);
    expect(entries.slice(1).map((entry) => entry.changes)).toEqual([
      [
        { label: '服务日期', before: undefined, after: '2026年11月28日' },
        { label: '志愿者', before: undefined, after: '3' },
        { label: '服务人数', before: undefined, after: '25' },
        { label: '服务内容', before: undefined, after: '测血压、反诈宣传' },
      ],
      // No 服务内容 that day: nothing said of it.
      [
        { label: '服务日期', before: undefined, after: '2026年12月5日' },
        { label: '志愿者', before: undefined, after: '2' },
        { label: '服务人数', before: undefined, after: '9' },
      ],
      [{ label: '停用日期', before: undefined, after: '2026年12月31日' }],
    ]);
  });
});

describe('list filters in the URL', () => {
  it('round-trip, keep the year, and drop what is empty or unknown', () => {
    const search = searchWithFilters(new URLSearchParams('year=2023'), { search: ' 雷锋 ', orgUnitId: 'u1', program: 'LEI_FENG', includeVoided: true });
    expect(search.toString()).toBe('year=2023&q=%E9%9B%B7%E9%94%8B&unit=u1&program=LEI_FENG&voided=1');
    expect(filtersFromSearch(search)).toEqual({ search: '雷锋', orgUnitId: 'u1', program: 'LEI_FENG', includeVoided: true });
    expect(filtersFromSearch(new URLSearchParams('program=NOPE&q=%20'))).toEqual({ search: undefined, orgUnitId: undefined, program: undefined, includeVoided: false });
  });
});
