import type { CoBuildingAgreementSnapshot } from '../shared/agreement-ref';
import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { VolunteerActivityChanges, VolunteerActivityCommand } from './volunteer-activity.commands';
import type { RecordVolunteerActivity } from './volunteer-activity.commands';
import { volunteerActivityDecider as decider } from './volunteer-activity.decider';
import type { VolunteerActivityChangeSet, VolunteerActivityEvent, VolunteerActivityRecorded } from './volunteer-activity.events';

// 学雷锋 Lei Feng day at 康健支局, with its 义卖 charity sale.
const ACTIVITY = uuid(100);
const KANGJIAN = uuid(2);
const HENGFU = uuid(3);
const AGREEMENT = uuid(50);

const organizer = (over: Partial<OrgUnitSnapshot> = {}): OrgUnitSnapshot => ({
  id: KANGJIAN,
  kind: 'SUB_BUREAU',
  path: ['南区局', '康健支局'],
  retired: false,
  ...over,
});
const agreement = (over: Partial<CoBuildingAgreementSnapshot> = {}): CoBuildingAgreementSnapshot => ({ id: AGREEMENT, status: 'ACTIVE', ...over });

type RecordData = RecordVolunteerActivity['data'];
const record = (over: Partial<Record<keyof RecordData, unknown>> = {}): VolunteerActivityCommand => ({
  type: 'RecordVolunteerActivity',
  data: {
    activityId: ACTIVITY,
    organizerId: KANGJIAN,
    organizer: organizer(),
    program: 'LEI_FENG',
    title: ' 学雷锋志愿服务 ',
    startDate: '2023-03-01',
    endDate: '2023-03-05',
    subdistrict: '枫林',
    site: '枫林街道社区中心',
    serviceItems: ['电信业务咨询', ' 反诈骗宣传'],
    personTimes: 42,
    volunteerHours: '84.5',
    timeBasis: 'WORKING_HOURS',
    beneficiaries: 300,
    agreementId: AGREEMENT,
    agreement: agreement(),
    charitySales: { transactions: 28, amount: '1280.50', recipient: '红十字会' },
    knownSubdistricts: [],
    ...over,
  } as RecordData,
});

const recordedData: VolunteerActivityRecorded['data'] = {
  activityId: ACTIVITY,
  organizerId: KANGJIAN,
  organizerPath: ['南区局', '康健支局'],
  program: 'LEI_FENG',
  title: '学雷锋志愿服务',
  startDate: '2023-03-01',
  endDate: '2023-03-05',
  subdistrict: '枫林',
  site: '枫林街道社区中心',
  serviceItems: ['电信业务咨询', '反诈骗宣传'],
  personTimes: 42,
  volunteerHoursHundredths: 8450,
  timeBasis: 'WORKING_HOURS',
  beneficiaries: 300,
  agreementId: AGREEMENT,
  charitySales: { transactions: 28, amountFen: 128050, recipient: '红十字会' },
};
const recorded = (over: Partial<VolunteerActivityRecorded['data']> = {}): VolunteerActivityEvent => ({
  type: 'VolunteerActivityRecorded',
  data: { ...recordedData, ...over },
});
const correct = (
  changes: VolunteerActivityChanges,
  extra: Partial<{ organizer: OrgUnitSnapshot; agreement: CoBuildingAgreementSnapshot; reason: string; knownSubdistricts: readonly string[] }> = {},
): VolunteerActivityCommand => ({
  type: 'CorrectVolunteerActivity',
  data: { activityId: ACTIVITY, reason: '填错了 typo', changes, knownSubdistricts: [], ...extra },
});
const corrected = (changes: VolunteerActivityChangeSet): VolunteerActivityEvent => ({
  type: 'VolunteerActivityCorrected',
  data: { activityId: ACTIVITY, changes, reason: '填错了 typo' },
});
const voidIt = (reason = '重复录入 duplicate'): VolunteerActivityCommand => ({ type: 'VoidVolunteerActivity', data: { activityId: ACTIVITY, reason } });
const voided: VolunteerActivityEvent = { type: 'VolunteerActivityVoided', data: { activityId: ACTIVITY, reason: '重复录入 duplicate' } };

describe('VolunteerActivity: RecordVolunteerActivity', () => {
  it('records every field, trimmed and in exact units', () => {
    given(decider).when(record()).then([recorded()]);
  });

  it('fills defaults: endDate = startDate, timeBasis OWN_TIME, optional fields absent', () => {
    const events = given(decider)
      .when(record({ endDate: undefined, timeBasis: null, subdistrict: '  ', volunteerHours: undefined, beneficiaries: undefined, agreementId: undefined, charitySales: null }))
      .events();
    const { subdistrict: _s, volunteerHoursHundredths: _h, beneficiaries: _b, agreementId: _a, charitySales: _c, ...rest } = recordedData;
    expect(events).toEqual([{ type: 'VolunteerActivityRecorded', data: { ...rest, endDate: '2023-03-01', timeBasis: 'OWN_TIME' } }]);
    expect(Object.keys(events[0]?.data ?? {})).not.toContain('subdistrict');
  });

  it('is a no-op when repeated with the same data', () => {
    given(decider, [recorded()]).when(record()).then([]);
  });

  it('is a no-op when repeated after corrections (compares with the original)', () => {
    given(decider, [recorded(), corrected({ personTimes: 40 })]).when(record()).then([]);
  });

  it('rejects the same id with different data', () => {
    given(decider, [recorded()]).when(record({ personTimes: 43 })).thenThrows(ConflictError);
  });

  it('rejects an unknown organizer', () => {
    given(decider).when(record({ organizer: undefined })).thenThrows(NotFoundError);
    given(decider).when(record({ organizer: organizer({ id: HENGFU }) })).thenThrows(NotFoundError);
  });

  it('rejects a retired organizer', () => {
    given(decider).when(record({ organizer: organizer({ retired: true }) })).thenThrows(ValidationError, issueOn('organizerId'));
  });

  it('rejects an unknown agreement', () => {
    given(decider).when(record({ agreement: undefined })).thenThrows(NotFoundError);
  });

  it('rejects a terminated agreement', () => {
    given(decider).when(record({ agreement: agreement({ status: 'TERMINATED' }) })).thenThrows(ValidationError, issueOn('agreementId'));
  });

  it.each([0, -1, 1.5, '3'])('rejects personTimes %p', (personTimes) => {
    given(decider)
      .when(record({ personTimes }))
      .thenThrows(ValidationError, { issues: [{ field: 'personTimes', message: '人次须为不小于 1 的整数' }] });
  });

  it('rejects an end date before the start date', () => {
    given(decider).when(record({ endDate: '2023-02-28' })).thenThrows(ValidationError, issueOn('endDate'));
  });

  it('accepts a span of exactly 366 days and rejects 367', () => {
    given(decider).when(record({ startDate: '2024-01-01', endDate: '2024-12-31' })).events();
    given(decider).when(record({ startDate: '2023-01-01', endDate: '2024-01-02' })).thenThrows(ValidationError, issueOn('endDate'));
  });

  it.each(['2023-02-30', '2023-3-1', '', '1999-12-31'])('rejects start date %p', (startDate) => {
    given(decider).when(record({ startDate })).thenThrows(ValidationError, issueOn('startDate'));
  });

  it('rejects blank and over-long strings', () => {
    given(decider)
      .when(record({ title: '   ', site: 'x'.repeat(201), subdistrict: 'y'.repeat(51) }))
      .thenThrows(ValidationError, { issues: [expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'subdistrict' }), expect.objectContaining({ field: 'site' })] });
  });

  it('rejects bad service items: blank, too long, repeated, too many', () => {
    given(decider).when(record({ serviceItems: ['a', ' '] })).thenThrows(ValidationError, issueOn('serviceItems[1]'));
    given(decider).when(record({ serviceItems: ['z'.repeat(101)] })).thenThrows(ValidationError, issueOn('serviceItems[0]'));
    given(decider).when(record({ serviceItems: ['套餐解读', ' 套餐解读'] })).thenThrows(ValidationError, issueOn('serviceItems[1]'));
    given(decider).when(record({ serviceItems: Array.from({ length: 51 }, (_, i) => `item ${i}`) })).thenThrows(ValidationError, issueOn('serviceItems'));
  });

  it.each(['1e3', '-1', '12.345', '0', '01'])('rejects volunteer hours %p', (volunteerHours) => {
    given(decider).when(record({ volunteerHours })).thenThrows(ValidationError, issueOn('volunteerHours'));
  });

  it('rejects an unknown program and time basis', () => {
    given(decider).when(record({ program: 'PARTY', timeBasis: 'WEEKEND' })).thenThrows(ValidationError, { issues: [expect.objectContaining({ field: 'program' }), expect.objectContaining({ field: 'timeBasis' })] });
  });

  it('rejects negative beneficiaries', () => {
    given(decider).when(record({ beneficiaries: -1 })).thenThrows(ValidationError, issueOn('beneficiaries'));
  });

  it('rejects bad charity sales', () => {
    given(decider)
      .when(record({ charitySales: { transactions: 0, amount: '0', recipient: ' ' } }))
      .thenThrows(ValidationError, {
        issues: [
          expect.objectContaining({ field: 'charitySales.transactions' }),
          expect.objectContaining({ field: 'charitySales.amount' }),
          expect.objectContaining({ field: 'charitySales.recipient' }),
        ],
      });
  });

  it('rejects malformed ids', () => {
    given(decider).when(record({ activityId: 'abc' })).thenThrows(ValidationError, issueOn('activityId'));
  });

  it('stores canonical text: no invisible characters, compatibility forms folded, whitespace collapsed', () => {
    const events = given(decider)
      .when(record({ title: '学雷锋\u200b志愿\u3000\u3000服务', site: '枫\u00ad林街道社区中心\u2060', serviceItems: ['电信业务咨询\u200d', '\u202e反诈骗宣传'], subdistrict: '枫\uF9F4' }))
      .events();
    expect(events).toEqual([recorded({ title: '学雷锋志愿 服务' })]);
  });

  it('keeps a 街道 by its one name: 枫林街道 and 华泾镇 are kept as 枫林 and 华泾', () => {
    given(decider).when(record({ subdistrict: ' 枫林街道 ' })).then([recorded()]);
    given(decider).when(record({ subdistrict: '华泾镇' })).then([recorded({ subdistrict: '华泾' })]);
  });

  it('refuses text that is empty once invisible characters are gone', () => {
    given(decider).when(record({ title: '\u200b\u200d\u2060', serviceItems: ['\u00ad'] })).thenThrows(ValidationError, {
      issues: [
        { field: 'title', message: '请填写活动名称' },
        { field: 'serviceItems[0]', message: '请填写服务内容第 1 项' },
      ],
    });
  });

  it('refuses service items that are the same once canonical', () => {
    given(decider).when(record({ serviceItems: ['反诈骗宣传', '反诈骗\u200b宣传'] })).thenThrows(ValidationError, issueOn('serviceItems[1]'));
  });

  it('once the bureau keeps a 街道 list, takes the names on it, in any of their forms', () => {
    given(decider).when(record({ subdistrict: '枫林街道', knownSubdistricts: ['枫林', '湖南'] })).then([recorded()]);
  });

  it('once the bureau keeps a 街道 list, refuses another name and lists the known ones', () => {
    given(decider)
      .when(record({ subdistrict: '枫树街道', knownSubdistricts: ['枫林', '湖南'] }))
      .thenThrows(ValidationError, { issues: [{ field: 'subdistrict', message: '街道“枫树”不在本局服务的街道名单中，请填写以下之一：枫林、湖南' }] });
  });

  it('with a 街道 list kept, an activity without a 街道 is still taken', () => {
    const { subdistrict: _s, ...rest } = recordedData;
    given(decider).when(record({ subdistrict: null, knownSubdistricts: ['枫林'] })).then([{ type: 'VolunteerActivityRecorded', data: rest }]);
  });
});

describe('VolunteerActivity: CorrectVolunteerActivity', () => {
  it('records only the fields that changed', () => {
    given(decider, [recorded()]).when(correct({ personTimes: 45, title: '学雷锋志愿服务' })).then([corrected({ personTimes: 45 })]);
  });

  it('clears an optional field with null', () => {
    given(decider, [recorded()]).when(correct({ charitySales: null, subdistrict: null })).then([corrected({ subdistrict: null, charitySales: null })]);
  });

  it('converts decimals to stored units', () => {
    given(decider, [recorded()])
      .when(correct({ volunteerHours: '90', charitySales: { transactions: 28, amount: '1300', recipient: '红十字会' } }))
      .then([corrected({ volunteerHoursHundredths: 9000, charitySales: { transactions: 28, amountFen: 130000, recipient: '红十字会' } })]);
  });

  it('takes a new organizer path when the organizer changes', () => {
    const hengfu = organizer({ id: HENGFU, path: ['南区局', '衡复支局'] });
    given(decider, [recorded()]).when(correct({ organizerId: HENGFU }, { organizer: hengfu })).then([corrected({ organizerId: HENGFU, organizerPath: ['南区局', '衡复支局'] })]);
  });

  it('rejects a change to an unknown or retired organizer', () => {
    given(decider, [recorded()]).when(correct({ organizerId: HENGFU })).thenThrows(NotFoundError);
    given(decider, [recorded()])
      .when(correct({ organizerId: HENGFU }, { organizer: organizer({ id: HENGFU, retired: true }) }))
      .thenThrows(ValidationError, issueOn('organizerId'));
  });

  it('keeps working when the unchanged organizer has since been retired', () => {
    given(decider, [recorded()]).when(correct({ site: '康健社区' })).then([corrected({ site: '康健社区' })]);
  });

  it('checks a changed 街道 against the list, and folds it to its one name', () => {
    given(decider, [recorded()]).when(correct({ subdistrict: '湖南街道' }, { knownSubdistricts: ['枫林', '湖南'] })).then([corrected({ subdistrict: '湖南' })]);
    given(decider, [recorded()]).when(correct({ subdistrict: '天平' }, { knownSubdistricts: ['枫林', '湖南'] })).thenThrows(ValidationError, issueOn('subdistrict'));
  });

  it('keeps working when the unchanged 街道 has since left the list (an old record in its old form too)', () => {
    given(decider, [recorded({ subdistrict: '天平街道' })])
      .when(correct({ personTimes: 45 }, { knownSubdistricts: ['枫林', '湖南'] }))
      .then([corrected({ personTimes: 45, subdistrict: '天平' })]);
  });

  it('rejects linking a terminated agreement', () => {
    const other = uuid(51);
    given(decider, [recorded()]).when(correct({ agreementId: other }, { agreement: agreement({ id: other, status: 'TERMINATED' }) })).thenThrows(ValidationError, issueOn('agreementId'));
  });

  it('validates the merged record: an end date before the start date', () => {
    given(decider, [recorded()]).when(correct({ startDate: '2023-03-06' })).thenThrows(ValidationError, issueOn('endDate'));
  });

  it('validates the merged record: required fields cannot be cleared', () => {
    given(decider, [recorded()]).when(correct({ title: null } as unknown as VolunteerActivityChanges)).thenThrows(ValidationError, issueOn('title'));
  });

  it('rejects an empty change set', () => {
    given(decider, [recorded()]).when(correct({})).thenThrows(ValidationError, issueOn('changes'));
  });

  it('is a no-op when the correction is already in effect', () => {
    given(decider, [recorded(), corrected({ personTimes: 45 })]).when(correct({ personTimes: 45 })).then([]);
  });

  it('requires a reason', () => {
    given(decider, [recorded()]).when(correct({ personTimes: 45 }, { reason: ' ' })).thenThrows(ValidationError, issueOn('reason'));
  });

  it('rejects a missing record', () => {
    given(decider).when(correct({ personTimes: 45 })).thenThrows(NotFoundError);
  });

  it('rejects a voided record', () => {
    given(decider, [recorded(), voided]).when(correct({ personTimes: 45 })).thenThrows(IllegalStateError);
  });
});

describe('VolunteerActivity: VoidVolunteerActivity', () => {
  it('voids', () => {
    given(decider, [recorded()]).when(voidIt()).then([voided]);
  });
  it('rejects voiding twice', () => {
    given(decider, [recorded(), voided]).when(voidIt()).thenThrows(IllegalStateError);
  });
  it('rejects a missing record', () => {
    given(decider).when(voidIt()).thenThrows(NotFoundError);
  });
  it('requires a reason', () => {
    given(decider, [recorded()]).when(voidIt('')).thenThrows(ValidationError, issueOn('reason'));
  });
});

describe('VolunteerActivity: evolve', () => {
  it('applies corrections and ignores events before the record exists', () => {
    const state = [corrected({ personTimes: 1 }), recorded(), corrected({ personTimes: 45, subdistrict: null })].reduce(decider.evolve, decider.initialState());
    expect(state.status).toBe('recorded');
    if (state.status !== 'none') {
      expect(state.facts.personTimes).toBe(45);
      expect('subdistrict' in state.facts).toBe(false);
    }
  });
});
