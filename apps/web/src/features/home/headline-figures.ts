// The headline cards of 首页, from the section totals: which figure goes on which card, with
// which unit. Pure, so the rules are tested without a browser.
import type { Figure } from '../../components/figure-list';
import type { HeadlineCards_SectionFragment } from '../../gql/graphql';
import { formatAmount, formatCount, formatDecimal } from '../../lib/format';

export interface HeadlineCard {
  readonly title: string;
  readonly figures: readonly Figure[];
  /** A line under the figures, when the figures alone would mislead. */
  readonly note?: string;
}

const count = (label: string, value: number, unit: string): Figure => ({ label, value: formatCount(value), unit });
const yuan = (label: string, amount: string): Figure => ({ label, value: formatAmount(amount), unit: '元' });

export function headlineCards(section: HeadlineCards_SectionFragment): HeadlineCard[] {
  const { relief, campaigns, donatedTotal } = section.charity;
  const { activities, examSentinel, agreements, booths } = section.volunteering;
  const leiFeng = activities.byProgram.find((p) => p.program === 'LEI_FENG');
  return [
    { title: '帮困', figures: [count('帮困人次', relief.personTimes, '人次'), yuan('帮困金额', relief.amount)] },
    donationCard(campaigns, donatedTotal),
    {
      title: '学雷锋',
      figures: [count('活动', leiFeng?.count ?? 0, '场'), count('参与志愿者', leiFeng?.personTimes ?? 0, '人次'), count('服务站点', leiFeng?.sites ?? 0, '个')],
    },
    {
      title: '志愿服务',
      figures: [
        count('活动', activities.count, '场'),
        count('参与志愿者', activities.personTimes, '人次'),
        { label: '服务时长', value: formatDecimal(activities.volunteerHours), unit: '小时' },
      ],
    },
    {
      title: '考务哨兵',
      figures: [count('保障考试', examSentinel.exams, '场'), count('覆盖考点', examSentinel.sites, '个'), count('累计保障', examSentinel.supports, '人次')],
    },
    {
      title: '党建翼联',
      figures: [count('新签协议', agreements.signed, '份'), count('有效协议', agreements.active, '份'), count('共建单位', agreements.partners, '家')],
    },
    {
      title: 'Hello老友亭',
      figures: [count('服务亭', booths.booths, '个'), count('开展服务', booths.sessions, '次'), count('服务群众', booths.peopleServed, '人次')],
    },
  ];
}

type Campaign = HeadlineCards_SectionFragment['charity']['campaigns'][number];

/**
 * 爱心一日捐 one-day donation: with one campaign (the usual year) its amount, donors and unions;
 * with several, the year's total and the donors summed, but no union count, since one union
 * giving to two campaigns would be counted twice.
 */
function donationCard(campaigns: readonly Campaign[], donatedTotal: string): HeadlineCard {
  const title = '爱心一日捐';
  const [only, ...others] = campaigns;
  if (!only) return { title, figures: [yuan('善款', donatedTotal)], note: '本年度尚未发起爱心一日捐。' };
  if (others.length === 0) {
    return { title, figures: [yuan('善款', only.amount), count('捐款人数', only.donorCount, '人'), count('部门工会', only.unionCount, '个')] };
  }
  const donors = campaigns.reduce((sum, c) => sum + c.donorCount, 0);
  return {
    title,
    figures: [yuan('善款合计', donatedTotal), count('捐款人数合计', donors, '人')],
    note: `共 ${campaigns.length} 次募捐：${campaigns.map((c) => c.name).join('、')}。`,
  };
}
