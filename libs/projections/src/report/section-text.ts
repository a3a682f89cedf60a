// 社区责任 community-responsibility report section as structured text: the heading, the two parts
// with their paragraphs, and a small table of the figures, phrased the way Shanghai 文明单位
// social-responsibility reports phrase them. The Markdown of `reportSection` and the Word file of
// /files/section/{year}.docx are two renderings of this one text, so they can never disagree; and
// every figure comes from the totals handed in (the ones `communityResponsibility` answers).
import type {
  ActivityTotals,
  AgreementTotals,
  B4siTotals,
  BoothTotals,
  CharitySection,
  CommunityResponsibilitySection,
  ExamSentinelTotals,
  ProgramTotals,
} from '../read-model/section.types';
import { formatCount, formatHours, formatYuan, isZeroAmount } from './report-numbers';

export interface ReportOptions {
  /** The org unit the totals are scoped to; named in the heading. */
  readonly orgUnitName?: string;
}

/** One paragraph: an optional lead in bold (帮困, 学雷锋, …), then the sentence(s). */
export interface SectionParagraph {
  readonly lead?: string;
  readonly text: string;
}

/** （1）救灾与慈善捐助 or （2）志愿服务. */
export interface SectionPart {
  readonly heading: string;
  readonly paragraphs: readonly SectionParagraph[];
}

/** One line of the figures table: what is counted (帮困), the measure (人次) and the printed figure. */
export interface SectionFigure {
  readonly item: string;
  readonly measure: string;
  readonly value: string;
}

export interface SectionText {
  /** The section's place in the report: "4、". */
  readonly number: string;
  readonly title: string;
  /** Whose year it is: "康健支局 2023 年度" or "2023 年度". */
  readonly period: string;
  readonly parts: readonly SectionPart[];
  /** Empty when the year has no figure at all. */
  readonly figures: readonly SectionFigure[];
  readonly figuresHeading: string;
  readonly figuresColumns: readonly [string, string, string];
}

/** 志愿服务 program names as the reports write them. Unknown programs fall back to 其他志愿服务 (see programName). */
const PROGRAM_NAMES: Readonly<Record<string, string>> = {
  LEI_FENG: '学雷锋志愿服务',
  COMMUNITY_SERVICE: '社区志愿服务',
  ELDERLY_CARE: '为老服务',
  DIGITAL_INCLUSION: '数字助老（智能手机）培训',
  ANTI_FRAUD: '反诈骗宣传',
  PUBLIC_WELFARE: '公益志愿服务',
  OTHER: '其他志愿服务',
};

export function sectionText(section: CommunityResponsibilitySection, options: ReportOptions = {}): SectionText {
  const who = options.orgUnitName?.trim();
  return {
    number: '4、',
    title: '社区责任',
    period: `${who ? `${who} ` : ''}${section.year} 年度`,
    parts: [
      { heading: '（1）救灾与慈善捐助', paragraphs: orPlaceholder(charityParagraphs(section.charity), '本年度暂无帮困和慈善捐助记录。') },
      { heading: '（2）志愿服务', paragraphs: orPlaceholder(volunteeringParagraphs(section), '本年度暂无志愿服务记录。') },
      ...b4siPart(section.b4si),
    ],
    figures: figuresOf(section),
    figuresHeading: '主要数据',
    figuresColumns: ['项目', '指标', '数值'],
  };
}

const orPlaceholder = (paragraphs: readonly SectionParagraph[], whenEmpty: string): readonly SectionParagraph[] =>
  paragraphs.length > 0 ? paragraphs : [{ text: whenEmpty }];

function charityParagraphs(charity: CharitySection): SectionParagraph[] {
  const out: SectionParagraph[] = [];
  const { relief, campaigns } = charity;
  if (relief.personTimes > 0 || !isZeroAmount(relief.amount)) {
    out.push({ lead: '帮困', text: `全年开展帮困 ${formatCount(relief.personTimes)} 人次，发放帮困金 ${formatYuan(relief.amount)} 元。` });
  }
  const many = campaigns.length > 1;
  const donations = campaigns.map((c) => {
    const lead = many ? `「${c.name.trim()}」` : '';
    if (c.unionCount === 0 || isZeroAmount(c.amount)) return `${lead || `「${c.name.trim()}」`}已发起，暂未收到部门工会善款。`;
    return `${lead}共收到 ${formatCount(c.unionCount)} 个部门工会的“爱心一日捐”善款 ${formatYuan(c.amount)} 元，捐款人数 ${formatCount(c.donorCount)} 人。`;
  });
  if (donations.length > 0) {
    const total = many && !isZeroAmount(charity.donatedTotal) ? `全年慈善捐款合计 ${formatYuan(charity.donatedTotal)} 元。` : '';
    out.push({ lead: '爱心一日捐', text: `${donations.join('')}${total}` });
  }
  return out;
}

function volunteeringParagraphs(section: CommunityResponsibilitySection): SectionParagraph[] {
  const { activities, examSentinel, agreements, booths } = section.volunteering;
  return [...activityParagraphs(activities), examSentinelParagraph(examSentinel), agreementParagraph(agreements), boothParagraph(booths)].filter(
    (p): p is SectionParagraph => p !== undefined,
  );
}

function activityParagraphs(a: ActivityTotals): SectionParagraph[] {
  if (a.count === 0) return [];
  const programs = a.byProgram.filter((p) => p.count > 0);
  const leiFeng = programs.find((p) => p.program === 'LEI_FENG');
  const others = programs.filter((p) => p.program !== 'LEI_FENG');
  const reach = reachClauses(a);
  const sales = a.charitySalesCount > 0 ? `开展爱心义卖 ${formatCount(a.charitySalesCount)} 笔，义卖金额 ${formatYuan(a.charitySalesAmount)} 元。` : '';

  // Only 学雷锋 this year: the lists (街道, 服务项目) are the 学雷锋 ones, so say it in one paragraph.
  if (leiFeng && others.length === 0) {
    return [{ lead: '学雷锋', text: `开展学雷锋志愿服务活动 ${formatCount(leiFeng.count)} 场，${atSites(leiFeng)}参与志愿服务 ${formatCount(leiFeng.personTimes)} 人次${reach}。${sales}` }];
  }
  const out: SectionParagraph[] = [{ lead: '志愿服务活动', text: `全年共开展志愿服务活动 ${formatCount(a.count)} 场，参与志愿者 ${formatCount(a.personTimes)} 人次${reach}。${sales}` }];
  if (leiFeng) out.push({ lead: '学雷锋', text: `开展学雷锋志愿服务活动 ${formatCount(leiFeng.count)} 场，${atSites(leiFeng)}参与志愿服务 ${formatCount(leiFeng.personTimes)} 人次。` });
  if (others.length > 0) {
    const parts = others.map((p) => `${programName(p.program)} ${formatCount(p.count)} 场、${formatCount(p.personTimes)} 人次`);
    out.push({ lead: leiFeng ? '其他志愿服务' : '志愿服务项目', text: `${parts.join('；')}。` });
  }
  return out;
}

/** A programme's name as the report writes it. */
export const programName = (program: string): string => PROGRAM_NAMES[program] ?? PROGRAM_NAMES['OTHER'] ?? program;

const atSites = (p: ProgramTotals): string => (p.sites > 0 ? `在 ${formatCount(p.sites)} 个站点` : '');

/** ，志愿服务时长…，服务群众…，覆盖…街道，服务项目包括…: each clause only when it has a figure. */
function reachClauses(a: ActivityTotals): string {
  const clauses: string[] = [];
  if (!isZeroAmount(a.volunteerHours)) clauses.push(`志愿服务时长 ${formatHours(a.volunteerHours)} 小时`);
  if (a.beneficiaries > 0) clauses.push(`服务群众 ${formatCount(a.beneficiaries)} 人次`);
  if (a.subdistricts.length > 0) clauses.push(`覆盖${a.subdistricts.join('、')} ${formatCount(a.subdistricts.length)} 个街道`);
  if (a.serviceItems.length > 0) clauses.push(`服务项目包括${a.serviceItems.join('、')}等 ${formatCount(a.serviceItems.length)} 项`);
  return clauses.map((c) => `，${c}`).join('');
}

function examSentinelParagraph(e: ExamSentinelTotals): SectionParagraph | undefined {
  if (e.supports === 0 && e.exams === 0) return undefined;
  return { lead: '考务哨兵', text: `参与区教育局考务哨兵志愿服务，保障考试 ${formatCount(e.exams)} 场，覆盖考点 ${formatCount(e.sites)} 个，累计保障 ${formatCount(e.supports)} 人次。` };
}

function agreementParagraph(g: AgreementTotals): SectionParagraph | undefined {
  if (g.signed === 0 && g.active === 0) return undefined;
  const signed = g.signed > 0 ? `全年新签党建翼联共建协议 ${formatCount(g.signed)} 份，` : '';
  return { lead: '党建翼联', text: `${signed}在册有效共建协议 ${formatCount(g.active)} 份，共建单位 ${formatCount(g.partners)} 家。` };
}

function boothParagraph(b: BoothTotals): SectionParagraph | undefined {
  if (b.sessions === 0) return undefined;
  const volunteers = b.volunteerPersonTimes > 0 ? `志愿者值守 ${formatCount(b.volunteerPersonTimes)} 人次，` : '';
  return { lead: 'Hello老友亭', text: `依托 Hello老友亭、雷锋亭等便民服务亭 ${formatCount(b.booths)} 个，全年开展服务 ${formatCount(b.sessions)} 次，${volunteers}服务群众 ${formatCount(b.peopleServed)} 人次。` };
}

/**
 * The same figures as B4SI counts them, for a company's CSR team: time in paid working hours is the
 * company's input, own time and employee giving are leverage. Left out when there is none.
 */
function b4siPart(b: B4siTotals): SectionPart[] {
  if ([b.companyTimeHours, b.ownTimeHours, b.employeeGiving, b.unionRelief].every(isZeroAmount)) return [];
  const text = `员工在工作时间参与志愿服务 ${formatHours(b.companyTimeHours)} 小时（企业投入）；员工业余时间参与志愿服务 ${formatHours(b.ownTimeHours)} 小时、员工捐赠（爱心一日捐）${formatYuan(b.employeeGiving)} 元（撬动投入）；工会帮困 ${formatYuan(b.unionRelief)} 元。`;
  return [{ heading: '附：B4SI 口径', paragraphs: [{ text }] }];
}

/** The table under the text: figures the paragraphs give, one per line, and only those. */
function figuresOf(section: CommunityResponsibilitySection): SectionFigure[] {
  const { relief, campaigns } = section.charity;
  const { activities: a, examSentinel: e, agreements: g, booths: b } = section.volunteering;
  const rows: SectionFigure[] = [];
  const add = (item: string, measure: string, value: string) => rows.push({ item, measure, value });
  if (relief.personTimes > 0 || !isZeroAmount(relief.amount)) {
    add('帮困', '人次', formatCount(relief.personTimes));
    add('帮困', '帮困金（元）', formatYuan(relief.amount));
  }
  for (const c of campaigns) {
    if (c.unionCount === 0 || isZeroAmount(c.amount)) continue;
    const item = campaigns.length > 1 ? `“爱心一日捐”「${c.name.trim()}」` : '“爱心一日捐”';
    add(item, '部门工会（个）', formatCount(c.unionCount));
    add(item, '善款（元）', formatYuan(c.amount));
    add(item, '捐款人数（人）', formatCount(c.donorCount));
  }
  if (a.count > 0) {
    add('志愿服务活动', '活动（场）', formatCount(a.count));
    add('志愿服务活动', '参与志愿者（人次）', formatCount(a.personTimes));
    if (!isZeroAmount(a.volunteerHours)) add('志愿服务活动', '志愿服务时长（小时）', formatHours(a.volunteerHours));
    if (a.subdistricts.length > 0) add('志愿服务活动', '覆盖街道（个）', formatCount(a.subdistricts.length));
    if (a.charitySalesCount > 0) add('志愿服务活动', '爱心义卖金额（元）', formatYuan(a.charitySalesAmount));
  }
  if (e.supports > 0 || e.exams > 0) {
    add('考务哨兵', '保障考试（场）', formatCount(e.exams));
    add('考务哨兵', '覆盖考点（个）', formatCount(e.sites));
    add('考务哨兵', '累计保障（人次）', formatCount(e.supports));
  }
  if (g.signed > 0 || g.active > 0) {
    if (g.signed > 0) add('党建翼联', '新签协议（份）', formatCount(g.signed));
    add('党建翼联', '有效协议（份）', formatCount(g.active));
    add('党建翼联', '共建单位（家）', formatCount(g.partners));
  }
  if (b.sessions > 0) {
    add('Hello老友亭', '便民服务亭（个）', formatCount(b.booths));
    add('Hello老友亭', '开展服务（次）', formatCount(b.sessions));
    add('Hello老友亭', '服务群众（人次）', formatCount(b.peopleServed));
  }
  return rows;
}
