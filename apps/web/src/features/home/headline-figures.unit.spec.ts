import type { HeadlineCards_SectionFragment } from '../../gql/graphql';
import { headlineCards } from './headline-figures';

type Section = HeadlineCards_SectionFragment;
type Campaign = Section['charity']['campaigns'][number];

function section(campaigns: Campaign[] = [campaign('2023年爱心一日捐', '41620.00', 358, 7)]): Section {
  return {
    charity: { relief: { personTimes: 77, amount: '27500.00' }, donatedTotal: campaigns.length ? '41620.00' : '0.00', campaigns },
    volunteering: {
      activities: {
        count: 115,
        personTimes: 253,
        volunteerHours: '577.00',
        byProgram: [
          { program: 'LEI_FENG', count: 12, personTimes: 43, sites: 12 },
          { program: 'COMMUNITY_SERVICE', count: 102, personTimes: 204, sites: 1 },
        ],
      },
      examSentinel: { exams: 53, sites: 40, supports: 184 },
      agreements: { signed: 2, active: 2, partners: 6 },
      booths: { booths: 2, sessions: 14, peopleServed: 325 },
    },
  };
}

function campaign(name: string, amount: string, donorCount: number, unionCount: number): Campaign {
  return { campaignId: name, name, amount, donorCount, unionCount };
}

const shown = (cards: ReturnType<typeof headlineCards>) =>
  Object.fromEntries(cards.map((card) => [card.title, card.figures.map((f) => `${f.label} ${f.value} ${f.unit}`)]));

describe('the headline cards of 首页', () => {
  it('show the report section’s figures, each with its unit', () => {
    expect(shown(headlineCards(section()))).toEqual({
      帮困: ['帮困人次 77 人次', '帮困金额 27,500.00 元'],
      爱心一日捐: ['善款 41,620.00 元', '捐款人数 358 人', '部门工会 7 个'],
      学雷锋: ['活动 12 场', '参与志愿者 43 人次', '服务站点 12 个'],
      志愿服务: ['活动 115 场', '参与志愿者 253 人次', '服务时长 577 小时'],
      考务哨兵: ['保障考试 53 场', '覆盖考点 40 个', '累计保障 184 人次'],
      党建翼联: ['新签协议 2 份', '有效协议 2 份', '共建单位 6 家'],
      Hello老友亭: ['服务亭 2 个', '开展服务 14 次', '服务群众 325 人次'],
    });
  });

  it('show zero for 学雷锋 in a year without any', () => {
    const withoutLeiFeng = section();
    const activities = { ...withoutLeiFeng.volunteering.activities, byProgram: [] };
    const cards = headlineCards({ ...withoutLeiFeng, volunteering: { ...withoutLeiFeng.volunteering, activities } });
    expect(shown(cards)['学雷锋']).toEqual(['活动 0 场', '参与志愿者 0 人次', '服务站点 0 个']);
  });

  it('say so when no 爱心一日捐 was launched', () => {
    const card = headlineCards(section([])).find((c) => c.title === '爱心一日捐');
    expect(card?.figures.map((f) => f.value)).toEqual(['0.00']);
    expect(card?.note).toBe('本年度尚未发起爱心一日捐。');
  });

  it('add several campaigns up but do not sum their unions, which could count one union twice', () => {
    const both = section([campaign('春季募捐', '1000.00', 10, 3), campaign('秋季募捐', '2000.50', 20, 3)]);
    const card = headlineCards({ ...both, charity: { ...both.charity, donatedTotal: '3000.50' } }).find((c) => c.title === '爱心一日捐');
    expect(card?.figures.map((f) => `${f.label} ${f.value}`)).toEqual(['善款合计 3,000.50', '捐款人数合计 30']);
    expect(card?.note).toBe('共 2 次募捐：春季募捐、秋季募捐。');
  });
});
