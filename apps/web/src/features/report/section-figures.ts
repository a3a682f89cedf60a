// The figures beside the section text, grouped as the report tells them, each with the ledger
// that holds the records behind it: a compiler clicks a figure and reads those records. Pure, so
// which figure opens which records is tested without a browser.
import type { SectionFigures_SectionFragment, VolunteerProgram } from '../../gql/graphql';
import { formatAmount, formatCount, formatDecimal } from '../../lib/format';
import { volunteerProgramLabel } from '../../lib/labels';

/** The ledger (§14) a figure's records are listed from, with the filter that picks them. */
export type RecordSource =
  | { readonly kind: 'activities'; readonly program?: VolunteerProgram }
  | { readonly kind: 'relief' }
  | { readonly kind: 'campaigns' }
  | { readonly kind: 'shifts' }
  | { readonly kind: 'agreements' }
  | { readonly kind: 'booths' };

export interface SectionFigure {
  readonly label: string;
  /** Already formatted: "41,620.00", "12". */
  readonly value: string;
  readonly unit: string;
}

export interface FigureGroup {
  /** Unique on the page: 帮困, 学雷锋, … */
  readonly title: string;
  readonly figures: readonly SectionFigure[];
  readonly records: RecordSource;
}

const count = (label: string, value: number, unit: string): SectionFigure => ({ label, value: formatCount(value), unit });
const yuan = (label: string, amount: string): SectionFigure => ({ label, value: formatAmount(amount), unit: '元' });

export function figureGroups(section: SectionFigures_SectionFragment): FigureGroup[] {
  const { relief, campaigns, donatedTotal } = section.charity;
  const { activities, examSentinel, agreements, booths } = section.volunteering;
  const donors = campaigns.reduce((sum, campaign) => sum + campaign.donorCount, 0);
  return [
    { title: '帮困', figures: [count('帮困', relief.personTimes, '人次'), yuan('帮困金', relief.amount)], records: { kind: 'relief' } },
    {
      title: '爱心一日捐',
      figures: [yuan('善款', donatedTotal), count('捐款人数', donors, '人'), count('募捐', campaigns.length, '次')],
      records: { kind: 'campaigns' },
    },
    {
      title: '志愿服务活动',
      figures: [
        count('活动', activities.count, '场'),
        count('参与志愿者', activities.personTimes, '人次'),
        { label: '志愿服务时长', value: formatDecimal(activities.volunteerHours), unit: '小时' },
        count('服务群众', activities.beneficiaries, '人次'),
      ],
      records: { kind: 'activities' },
    },
    ...activities.byProgram.map(
      (p): FigureGroup => ({
        title: volunteerProgramLabel(p.program),
        figures: [count('活动', p.count, '场'), count('参与志愿者', p.personTimes, '人次'), count('站点', p.sites, '个')],
        records: { kind: 'activities', program: p.program },
      }),
    ),
    {
      title: '考务哨兵',
      figures: [count('保障考试', examSentinel.exams, '场'), count('覆盖考点', examSentinel.sites, '个'), count('累计保障', examSentinel.supports, '人次')],
      records: { kind: 'shifts' },
    },
    {
      title: '党建翼联',
      figures: [count('新签协议', agreements.signed, '份'), count('有效协议', agreements.active, '份'), count('共建单位', agreements.partners, '家')],
      records: { kind: 'agreements' },
    },
    {
      title: 'Hello老友亭',
      figures: [count('服务亭', booths.booths, '个'), count('开展服务', booths.sessions, '次'), count('服务群众', booths.peopleServed, '人次')],
      records: { kind: 'booths' },
    },
  ];
}

/** What the records list is called: the ledger's name. */
export function recordSourceLabel(source: RecordSource): string {
  switch (source.kind) {
    case 'activities':
      return source.program ? `${volunteerProgramLabel(source.program)}活动` : '志愿服务活动';
    case 'relief':
      return '帮困发放';
    case 'campaigns':
      return '爱心一日捐';
    case 'shifts':
      return '考务哨兵记录';
    case 'agreements':
      return '党建翼联协议';
    case 'booths':
      return '便民服务亭';
    default: {
      const unknownSource: never = source;
      return unknownSource;
    }
  }
}
