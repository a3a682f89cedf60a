// 社区责任 community-responsibility report section: the yearly totals rendered as Markdown in
// Chinese, phrased the way Shanghai 文明单位 social-responsibility reports phrase them. Pure: every
// figure comes from the totals handed in (the same ones `communityResponsibility` answers), so
// the text and the numbers a compiler defends can never disagree.
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

export interface ReportOptions {
  /** The org unit the totals are scoped to; named in the heading. */
  readonly orgUnitName?: string;
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

/** A programme's name as the report writes it. */
export const programName = (program: string): string => PROGRAM_NAMES[program] ?? PROGRAM_NAMES['OTHER'] ?? program;

/** The 社区责任 section as Markdown: a heading, （1）救灾与慈善捐助 and （2）志愿服务. */
export function renderCommunityResponsibilityReport(section: CommunityResponsibilitySection, options: ReportOptions = {}): string {
  const who = options.orgUnitName?.trim();
  const lines = [
    `## ${who ? `${who} ` : ''}${section.year} 年度社区责任`,
    '',
    '### （1）救灾与慈善捐助',
    '',
    ...paragraphs(charityParagraphs(section.charity), '本年度暂无帮困和慈善捐助记录。'),
    '',
    '### （2）志愿服务',
    '',
    ...paragraphs(volunteeringParagraphs(section), '本年度暂无志愿服务记录。'),
    ...b4siParagraph(section.b4si),
  ];
  return `${lines.join('\n')}\n`;
}

function paragraphs(texts: readonly string[], whenEmpty: string): string[] {
  if (texts.length === 0) return [whenEmpty];
  return texts.flatMap((text, i) => (i === 0 ? [text] : ['', text]));
}

function charityParagraphs(charity: CharitySection): string[] {
  const out: string[] = [];
  const { relief, campaigns } = charity;
  if (relief.personTimes > 0 || !isZeroYuan(relief.amount)) {
    out.push(`**帮困**：全年开展帮困 ${formatCount(relief.personTimes)} 人次，发放帮困金 ${formatYuan(relief.amount)} 元。`);
  }
  const many = campaigns.length > 1;
  const donations = campaigns.map((c) => {
    const lead = many ? `「${c.name.trim()}」` : '';
    if (c.unionCount === 0 || isZeroYuan(c.amount)) return `${lead || `「${c.name.trim()}」`}已发起，暂未收到部门工会善款。`;
    return `${lead}共收到 ${formatCount(c.unionCount)} 个部门工会的'爱心一日捐'善款 ${formatYuan(c.amount)} 元，捐款人数 ${formatCount(c.donorCount)} 人。`;
  });
  if (donations.length > 0) {
    const total = many && !isZeroYuan(charity.donatedTotal) ? `全年慈善捐款合计 ${formatYuan(charity.donatedTotal)} 元。` : '';
    out.push(`**爱心一日捐**：${donations.join('')}${total}`);
  }
  return out;
}

function volunteeringParagraphs(section: CommunityResponsibilitySection): string[] {
  const { activities, examSentinel, agreements, booths } = section.volunteering;
  return [...activityParagraphs(activities), examSentinelParagraph(examSentinel), agreementParagraph(agreements), boothParagraph(booths)].filter(
    (p): p is string => p !== undefined,
  );
}

function activityParagraphs(a: ActivityTotals): string[] {
  if (a.count === 0) return [];
  const programs = a.byProgram.filter((p) => p.count > 0);
  const leiFeng = programs.find((p) => p.program === 'LEI_FENG');
  const others = programs.filter((p) => p.program !== 'LEI_FENG');
  const reach = reachClauses(a);
  const sales = a.charitySalesCount > 0 ? `开展爱心义卖 ${formatCount(a.charitySalesCount)} 笔，义卖金额 ${formatYuan(a.charitySalesAmount)} 元。` : '';

  // Only 学雷锋 this year: the lists (街道, 服务项目) are the 学雷锋 ones, so say it in one paragraph.
  if (leiFeng && others.length === 0) {
    return [`**学雷锋**：开展学雷锋志愿服务活动 ${formatCount(leiFeng.count)} 场，${atSites(leiFeng)}参与志愿服务 ${formatCount(leiFeng.personTimes)} 人次${reach}。${sales}`];
  }
  const out = [`**志愿服务活动**：全年共开展志愿服务活动 ${formatCount(a.count)} 场，参与志愿者 ${formatCount(a.personTimes)} 人次${reach}。${sales}`];
  if (leiFeng) out.push(`**学雷锋**：开展学雷锋志愿服务活动 ${formatCount(leiFeng.count)} 场，${atSites(leiFeng)}参与志愿服务 ${formatCount(leiFeng.personTimes)} 人次。`);
  if (others.length > 0) {
    const parts = others.map((p) => `${programName(p.program)} ${formatCount(p.count)} 场、${formatCount(p.personTimes)} 人次`);
    out.push(`**${leiFeng ? '其他志愿服务' : '志愿服务项目'}**：${parts.join('；')}。`);
  }
  return out;
}

const atSites = (p: ProgramTotals): string => (p.sites > 0 ? `在 ${formatCount(p.sites)} 个站点` : '');

/** ，志愿服务时长…，服务群众…，覆盖…街道，服务项目包括…: each clause only when it has a figure. */
function reachClauses(a: ActivityTotals): string {
  const clauses: string[] = [];
  if (!isZeroYuan(a.volunteerHours)) clauses.push(`志愿服务时长 ${formatHours(a.volunteerHours)} 小时`);
  if (a.beneficiaries > 0) clauses.push(`服务群众 ${formatCount(a.beneficiaries)} 人次`);
  if (a.subdistricts.length > 0) clauses.push(`覆盖${a.subdistricts.join('、')} ${formatCount(a.subdistricts.length)} 个街道`);
  if (a.serviceItems.length > 0) clauses.push(`服务项目包括${a.serviceItems.join('、')}等 ${formatCount(a.serviceItems.length)} 项`);
  return clauses.map((c) => `，${c}`).join('');
}

function examSentinelParagraph(e: ExamSentinelTotals): string | undefined {
  if (e.supports === 0 && e.exams === 0) return undefined;
  return `**考务哨兵**：参与区教育局考务哨兵志愿服务，保障考试 ${formatCount(e.exams)} 场，覆盖考点 ${formatCount(e.sites)} 个，累计保障 ${formatCount(e.supports)} 人次。`;
}

function agreementParagraph(g: AgreementTotals): string | undefined {
  if (g.signed === 0 && g.active === 0) return undefined;
  const signed = g.signed > 0 ? `全年新签党建翼联共建协议 ${formatCount(g.signed)} 份，` : '';
  return `**党建翼联**：${signed}在册有效共建协议 ${formatCount(g.active)} 份，共建单位 ${formatCount(g.partners)} 家。`;
}

function boothParagraph(b: BoothTotals): string | undefined {
  if (b.sessions === 0) return undefined;
  const volunteers = b.volunteerPersonTimes > 0 ? `志愿者值守 ${formatCount(b.volunteerPersonTimes)} 人次，` : '';
  return `**Hello老友亭**：依托 Hello老友亭、雷锋亭等便民服务亭 ${formatCount(b.booths)} 个，全年开展服务 ${formatCount(b.sessions)} 次，${volunteers}服务群众 ${formatCount(b.peopleServed)} 人次。`;
}

/**
 * The same figures as B4SI counts them, for a company's CSR team: time in paid working hours is the
 * company's input, own time and employee giving are leverage. Left out when there is none.
 */
function b4siParagraph(b: B4siTotals): string[] {
  if ([b.companyTimeHours, b.ownTimeHours, b.employeeGiving, b.unionRelief].every(isZeroYuan)) return [];
  return [
    '',
    '### 附：B4SI 口径',
    '',
    `员工在工作时间参与志愿服务 ${formatHours(b.companyTimeHours)} 小时（企业投入）；员工业余时间参与志愿服务 ${formatHours(b.ownTimeHours)} 小时、员工捐赠（爱心一日捐）${formatYuan(b.employeeGiving)} 元（撬动投入）；工会帮困 ${formatYuan(b.unionRelief)} 元。`,
  ];
}

/** 41620 → "41,620". */
export function formatCount(n: number): string {
  return groupThousands(String(Math.trunc(n)));
}

/** Yuan as the reports print it: "41620.00" → "41,620", "1280.50" → "1,280.50". String in, string out: never a float. */
export function formatYuan(amount: string): string {
  const { sign, whole, fraction } = splitDecimal(amount);
  const cents = fraction.padEnd(2, '0').slice(0, 2);
  return `${sign}${groupThousands(whole)}${/^0*$/.test(cents) ? '' : `.${cents}`}`;
}

/** Hours without trailing zeros: "37.50" → "37.5", "12.00" → "12". */
export function formatHours(hours: string): string {
  const { sign, whole, fraction } = splitDecimal(hours);
  const trimmed = fraction.replace(/0+$/, '');
  return `${sign}${groupThousands(whole)}${trimmed ? `.${trimmed}` : ''}`;
}

function splitDecimal(value: string): { sign: string; whole: string; fraction: string } {
  const match = /^\s*(-?)(\d*)(?:\.(\d*))?\s*$/.exec(value);
  if (!match) return { sign: '', whole: value, fraction: '' };
  return { sign: match[1] ?? '', whole: (match[2] ?? '').replace(/^0+(?=\d)/, '') || '0', fraction: match[3] ?? '' };
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const isZeroYuan = (amount: string): boolean => /^\s*-?0*(\.0*)?\s*$/.test(amount);
