import type { CommunityResponsibilitySection } from '@tracker/projections';
import { sectionChanges } from './section-changes';

const section = (over: { personTimes?: number; hours?: string; subdistricts?: string[]; campaigns?: CommunityResponsibilitySection['charity']['campaigns'] } = {}): CommunityResponsibilitySection => ({
  year: 2023,
  charity: { relief: { personTimes: 77, amount: '27500.00' }, campaigns: over.campaigns ?? [], donatedTotal: '0.00' },
  volunteering: {
    activities: {
      count: 1,
      personTimes: over.personTimes ?? 4,
      volunteerHours: over.hours ?? '12.50',
      sites: 1,
      subdistricts: over.subdistricts ?? ['枫林'],
      serviceItems: [],
      beneficiaries: 0,
      charitySalesCount: 0,
      charitySalesAmount: '0.00',
      byProgram: [{ program: 'LEI_FENG', count: 1, personTimes: over.personTimes ?? 4, sites: 1, subdistricts: over.subdistricts ?? ['枫林'], serviceItems: [] }],
    },
    agreements: { signed: 0, active: 0, partners: 0 },
    examSentinel: { exams: 0, sites: 0, supports: 0 },
    booths: { booths: 0, sessions: 0, peopleServed: 0, volunteerPersonTimes: 0 },
  },
  b4si: { companyTimeHours: over.hours ?? '12.50', ownTimeHours: '0.00', employeeGiving: '0.00', unionRelief: '27500.00' },
});

describe('sectionChanges', () => {
  it('is empty when nothing moved', () => expect(sectionChanges(section(), section())).toEqual([]));

  it('names each figure that moved in Chinese, with then, now and the signed difference', () => {
    expect(sectionChanges(section(), section({ personTimes: 6, hours: '10.00', subdistricts: ['枫林', '湖南'] }))).toEqual([
      { figure: 'activities.personTimes', label: '志愿者人次', before: '4', after: '6', difference: '+2' },
      { figure: 'activities.volunteerHours', label: '志愿服务时长（小时）', before: '12.50', after: '10.00', difference: '-2.50' },
      { figure: 'activities.subdistricts', label: '覆盖街道', before: '枫林', after: '枫林、湖南', difference: null },
      { figure: 'byProgram.LEI_FENG.personTimes', label: '学雷锋志愿服务人次', before: '4', after: '6', difference: '+2' },
      { figure: 'byProgram.LEI_FENG.subdistricts', label: '学雷锋志愿服务覆盖街道', before: '枫林', after: '枫林、湖南', difference: null },
      { figure: 'b4si.companyTimeHours', label: 'B4SI 工作时间志愿服务时长（小时）', before: '12.50', after: '10.00', difference: '-2.50' },
    ]);
  });

  it('a campaign new since the edition has no value then; one gone has none now', () => {
    const campaign = { campaignId: 'c1', name: '2023年爱心一日捐', amount: '100.00', donorCount: 2, unionCount: 1 };
    expect(sectionChanges(section(), section({ campaigns: [campaign] }))[0]).toEqual({ figure: 'campaigns.c1.amount', label: '「2023年爱心一日捐」善款（元）', before: null, after: '100.00', difference: null });
    expect(sectionChanges(section({ campaigns: [campaign] }), section()).at(-1)).toEqual({ figure: 'campaigns.c1.unionCount', label: '「2023年爱心一日捐」部门工会数', before: '1', after: null, difference: null });
  });
});
