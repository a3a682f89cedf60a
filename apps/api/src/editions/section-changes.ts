// How far the live section has moved from a published edition: every figure that differs, named
// in Chinese, with its value then and now and, for a number, by how much.
import { formatHundredths, parseHundredths } from '@tracker/domain';
import { type CommunityResponsibilitySection, programName } from '@tracker/projections';

export interface SectionChange {
  /** A stable name of the figure, e.g. `charity.relief.amount` or `byProgram.LEI_FENG.count`. */
  readonly figure: string;
  readonly label: string;
  /** Null when the figure did not exist then (a campaign or programme new since) or does not now. */
  readonly before: string | null;
  readonly after: string | null;
  /** after − before, signed (`+2`, `-150.00`), for a number present in both. */
  readonly difference: string | null;
}

type Value = number | string | readonly string[];
type Figure = readonly [figure: string, label: string, value: Value];

/** Every figure of a section, with its label: the headline totals, then each campaign and programme. */
function figuresOf(s: CommunityResponsibilitySection): Figure[] {
  const { relief } = s.charity;
  const { activities: a, agreements: g, examSentinel: x, booths: b } = s.volunteering;
  return [
    ['charity.relief.personTimes', '帮困人次', relief.personTimes],
    ['charity.relief.amount', '帮困金额（元）', relief.amount],
    ['charity.donatedTotal', '慈善捐款合计（元）', s.charity.donatedTotal],
    ...s.charity.campaigns.flatMap((c): Figure[] => [
      [`campaigns.${c.campaignId}.amount`, `「${c.name}」善款（元）`, c.amount],
      [`campaigns.${c.campaignId}.donorCount`, `「${c.name}」捐款人数`, c.donorCount],
      [`campaigns.${c.campaignId}.unionCount`, `「${c.name}」部门工会数`, c.unionCount],
    ]),
    ['activities.count', '志愿服务活动场次', a.count],
    ['activities.personTimes', '志愿者人次', a.personTimes],
    ['activities.volunteerHours', '志愿服务时长（小时）', a.volunteerHours],
    ['activities.sites', '志愿服务站点数', a.sites],
    ['activities.subdistricts', '覆盖街道', a.subdistricts],
    ['activities.serviceItems', '服务项目', a.serviceItems],
    ['activities.beneficiaries', '服务群众人次', a.beneficiaries],
    ['activities.charitySalesCount', '爱心义卖笔数', a.charitySalesCount],
    ['activities.charitySalesAmount', '义卖金额（元）', a.charitySalesAmount],
    ...a.byProgram.flatMap((p): Figure[] => {
      const name = programName(p.program);
      return [
        [`byProgram.${p.program}.count`, `${name}场次`, p.count],
        [`byProgram.${p.program}.personTimes`, `${name}人次`, p.personTimes],
        [`byProgram.${p.program}.sites`, `${name}站点数`, p.sites],
        [`byProgram.${p.program}.subdistricts`, `${name}覆盖街道`, p.subdistricts],
        [`byProgram.${p.program}.serviceItems`, `${name}服务项目`, p.serviceItems],
      ];
    }),
    ['agreements.signed', '新签党建翼联共建协议', g.signed],
    ['agreements.active', '有效共建协议', g.active],
    ['agreements.partners', '共建单位', g.partners],
    ['examSentinel.exams', '考务哨兵保障考试场次', x.exams],
    ['examSentinel.sites', '考务哨兵覆盖考点', x.sites],
    ['examSentinel.supports', '考务哨兵保障人次', x.supports],
    ['booths.booths', '便民服务亭', b.booths],
    ['booths.sessions', '便民服务亭服务次数', b.sessions],
    ['booths.peopleServed', '便民服务亭服务群众人次', b.peopleServed],
    ['booths.volunteerPersonTimes', '便民服务亭志愿者值守人次', b.volunteerPersonTimes],
    ['b4si.companyTimeHours', 'B4SI 工作时间志愿服务时长（小时）', s.b4si.companyTimeHours],
    ['b4si.ownTimeHours', 'B4SI 业余时间志愿服务时长（小时）', s.b4si.ownTimeHours],
    ['b4si.employeeGiving', 'B4SI 员工捐赠（元）', s.b4si.employeeGiving],
    ['b4si.unionRelief', 'B4SI 工会帮困（元）', s.b4si.unionRelief],
  ];
}

const text = (value: Value): string => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : value.join('、'));

function difference(before: Value, after: Value): string | null {
  const signed = (n: string) => (n.startsWith('-') ? n : `+${n}`);
  if (typeof before === 'number' && typeof after === 'number') return signed(String(after - before));
  const then = parseHundredths(before);
  const now = parseHundredths(after);
  return then === undefined || now === undefined ? null : signed(formatHundredths(now - then));
}

/** The figures of `now` that differ from `published`, in the section's order (figures gone since last). */
export function sectionChanges(published: CommunityResponsibilitySection, now: CommunityResponsibilitySection): SectionChange[] {
  const then = new Map(figuresOf(published).map(([figure, label, value]) => [figure, { label, value }]));
  const changes: SectionChange[] = [];
  for (const [figure, label, value] of figuresOf(now)) {
    const old = then.get(figure);
    then.delete(figure);
    if (old !== undefined && text(old.value) === text(value)) continue;
    changes.push({ figure, label, before: old === undefined ? null : text(old.value), after: text(value), difference: old === undefined ? null : difference(old.value, value) });
  }
  for (const [figure, { label, value }] of then) changes.push({ figure, label, before: text(value), after: null, difference: null });
  return changes;
}
