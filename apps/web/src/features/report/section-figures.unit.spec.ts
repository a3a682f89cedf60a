import type { SectionFigures_SectionFragment } from '../../gql/graphql';
import { figureGroups, recordSourceLabel } from './section-figures';

const section: SectionFigures_SectionFragment = {
  charity: {
    relief: { personTimes: 77, amount: '27500.00' },
    donatedTotal: '41620.00',
    campaigns: [{ campaignId: 'c1', donorCount: 358 }],
  },
  volunteering: {
    activities: {
      count: 115,
      personTimes: 253,
      volunteerHours: '577.00',
      beneficiaries: 2436,
      byProgram: [
        { program: 'LEI_FENG', count: 12, personTimes: 43, sites: 12 },
        { program: 'DIGITAL_INCLUSION', count: 1, personTimes: 6, sites: 1 },
      ],
    },
    examSentinel: { exams: 53, sites: 40, supports: 184 },
    agreements: { signed: 2, active: 2, partners: 6 },
    booths: { booths: 2, sessions: 14, peopleServed: 325 },
  },
};

describe('the section’s figures', () => {
  it('are grouped as the report tells them, each group with the ledger behind it', () => {
    const groups = figureGroups(section).map((g) => ({ title: g.title, figures: g.figures.map((f) => `${f.label} ${f.value} ${f.unit}`), records: g.records }));
    expect(groups).toEqual([
      { title: '帮困', figures: ['帮困 77 人次', '帮困金 27,500.00 元'], records: { kind: 'relief' } },
      { title: '爱心一日捐', figures: ['善款 41,620.00 元', '捐款人数 358 人', '募捐 1 次'], records: { kind: 'campaigns' } },
      { title: '志愿服务活动', figures: ['活动 115 场', '参与志愿者 253 人次', '志愿服务时长 577 小时', '服务群众 2,436 人次'], records: { kind: 'activities' } },
      { title: '学雷锋', figures: ['活动 12 场', '参与志愿者 43 人次', '站点 12 个'], records: { kind: 'activities', program: 'LEI_FENG' } },
      { title: '数字助老', figures: ['活动 1 场', '参与志愿者 6 人次', '站点 1 个'], records: { kind: 'activities', program: 'DIGITAL_INCLUSION' } },
      { title: '考务哨兵', figures: ['保障考试 53 场', '覆盖考点 40 个', '累计保障 184 人次'], records: { kind: 'shifts' } },
      { title: '党建翼联', figures: ['新签协议 2 份', '有效协议 2 份', '共建单位 6 家'], records: { kind: 'agreements' } },
      { title: 'Hello老友亭', figures: ['服务亭 2 个', '开展服务 14 次', '服务群众 325 人次'], records: { kind: 'booths' } },
    ]);
  });

  it('name their records in Chinese', () => {
    expect(recordSourceLabel({ kind: 'activities', program: 'LEI_FENG' })).toBe('学雷锋活动');
    expect(recordSourceLabel({ kind: 'activities' })).toBe('志愿服务活动');
    expect(recordSourceLabel({ kind: 'shifts' })).toBe('考务哨兵记录');
  });
});
