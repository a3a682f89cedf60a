// The 2023 demo dataset (docs/design.md §12): 南区局 and what its report describes, as the events a year
// of record-keeping would have produced (dates, sites, branches, 居委), not one lump per total.
// Org units are referred to by name (unique in this dataset); the loader turns names into ids.
import type { BoothKind, OrgUnitKind, PartnerKind, ReliefCategory, TimeBasis, VolunteerProgram } from '@tracker/domain';
import { cycle, spread, weekdaysBetween } from './demo-series';

export const DEMO_YEAR = 2023;
export const BUREAU = '南区局';
export const BUREAU_UNION = '南区局工会';

export interface DemoOrgUnit {
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parent?: string;
}

const DEPARTMENTS = ['综合部', '公众客户部', '政企客户部', '行业数字化部', '网络运维部', '工程建设部', '财务部'] as const;

/** 组织: the bureau, its 7 departments each with a 部门工会, party and league branches, sub-bureaus and halls. Parents first. */
export const ORG_UNITS: readonly DemoOrgUnit[] = [
  { name: BUREAU, kind: 'BUREAU' },
  { name: BUREAU_UNION, kind: 'UNION', parent: BUREAU },
  ...DEPARTMENTS.flatMap((department): DemoOrgUnit[] => [
    { name: department, kind: 'DEPARTMENT', parent: BUREAU },
    { name: `${department}工会`, kind: 'UNION', parent: department },
  ]),
  { name: '机关党支部', kind: 'PARTY_BRANCH', parent: '综合部' },
  { name: '公客综合党支部', kind: 'PARTY_BRANCH', parent: '公众客户部' },
  { name: '政企党支部', kind: 'PARTY_BRANCH', parent: '政企客户部' },
  { name: '行数徐家汇党支部', kind: 'PARTY_BRANCH', parent: '行业数字化部' },
  { name: '网络运维党支部', kind: 'PARTY_BRANCH', parent: '网络运维部' },
  { name: '工程建设党支部', kind: 'PARTY_BRANCH', parent: '工程建设部' },
  { name: '南区局团支部', kind: 'LEAGUE_BRANCH', parent: BUREAU },
  ...['康健支局', '衡复支局', '枫林支局', '斜土支局', '漕河泾支局', '田林支局', '虹梅支局', '徐家汇支局'].map(
    (name): DemoOrgUnit => ({ name, kind: 'SUB_BUREAU', parent: '公众客户部' }),
  ),
  { name: '康健路营业厅', kind: 'SERVICE_HALL', parent: '康健支局' },
  { name: '枫林路营业厅', kind: 'SERVICE_HALL', parent: '枫林支局' },
  { name: '徐家汇营业厅', kind: 'SERVICE_HALL', parent: '徐家汇支局' },
  { name: '南区局志愿服务工作室', kind: 'STUDIO', parent: BUREAU },
];

// ——— （1）救灾与慈善捐助 ———

export interface DemoReliefGrant {
  readonly union: string;
  readonly grantedOn: string;
  readonly amount: string;
  readonly personTimes: number;
  readonly category: ReliefCategory;
}

/** 帮困 rounds of the year: 77 人次, 27,500 元 in all. No recipient is ever recorded. */
export const RELIEF_GRANTS: readonly DemoReliefGrant[] = [
  { union: BUREAU_UNION, grantedOn: '2023-01-10', amount: '7200.00', personTimes: 24, category: 'LIVING_HARDSHIP' }, // 春节送温暖
  { union: BUREAU_UNION, grantedOn: '2023-01-16', amount: '4800.00', personTimes: 6, category: 'SERIOUS_ILLNESS' },
  { union: '网络运维部工会', grantedOn: '2023-03-20', amount: '2000.00', personTimes: 2, category: 'SERIOUS_ILLNESS' },
  { union: BUREAU_UNION, grantedOn: '2023-05-18', amount: '1600.00', personTimes: 8, category: 'LIVING_HARDSHIP' },
  { union: '公众客户部工会', grantedOn: '2023-07-31', amount: '1500.00', personTimes: 3, category: 'DISASTER' }, // 台风暴雨受灾
  { union: BUREAU_UNION, grantedOn: '2023-09-20', amount: '3000.00', personTimes: 10, category: 'LIVING_HARDSHIP' }, // 中秋
  { union: '工程建设部工会', grantedOn: '2023-11-08', amount: '2400.00', personTimes: 2, category: 'SERIOUS_ILLNESS' },
  { union: BUREAU_UNION, grantedOn: '2023-12-26', amount: '5000.00', personTimes: 22, category: 'LIVING_HARDSHIP' }, // 年末帮困
];

export const DONATION_CAMPAIGN = { name: '2023年爱心一日捐', organizer: BUREAU_UNION, year: DEMO_YEAR, launchedOn: '2023-06-01' } as const;

export interface DemoUnionDonation {
  readonly union: string;
  readonly amount: string;
  readonly donorCount: number;
  readonly receivedOn: string;
}

/** 爱心一日捐 as each 部门工会 remitted it: 41,620.00 元 from 358 donors. */
export const UNION_DONATIONS: readonly DemoUnionDonation[] = [
  { union: '综合部工会', amount: '5860.00', donorCount: 51, receivedOn: '2023-06-12' },
  { union: '公众客户部工会', amount: '8420.50', donorCount: 72, receivedOn: '2023-06-15' },
  { union: '政企客户部工会', amount: '6130.00', donorCount: 53, receivedOn: '2023-06-15' },
  { union: '行业数字化部工会', amount: '5210.00', donorCount: 45, receivedOn: '2023-06-16' },
  { union: '网络运维部工会', amount: '4980.00', donorCount: 43, receivedOn: '2023-06-19' },
  { union: '工程建设部工会', amount: '6019.50', donorCount: 52, receivedOn: '2023-06-20' },
  { union: '财务部工会', amount: '5000.00', donorCount: 42, receivedOn: '2023-06-21' },
];

// ——— （2）志愿服务 ———

export interface DemoActivity {
  readonly key: string;
  readonly organizer: string;
  readonly program: VolunteerProgram;
  readonly title: string;
  readonly startDate: string;
  readonly endDate?: string;
  readonly subdistrict: string;
  readonly site: string;
  readonly serviceItems: readonly string[];
  readonly personTimes: number;
  readonly volunteerHours?: string;
  readonly timeBasis: TimeBasis;
  readonly beneficiaries?: number;
  readonly charitySales?: { readonly transactions: number; readonly amount: string; readonly recipient: string };
}

export const LEI_FENG_SUBDISTRICTS = ['枫林', '湖南', '天平', '斜土', '漕河泾', '田林', '虹梅', '徐家汇'] as const;
export const LEI_FENG_ITEMS = ['电信业务咨询', '反诈骗宣传', '投诉咨询', '图书义卖', '通信网络布线咨询', '套餐解读', '网络技术咨询', '信息安全服务'] as const;

const leiFeng = (
  n: number,
  organizer: string,
  startDate: string,
  subdistrict: (typeof LEI_FENG_SUBDISTRICTS)[number],
  site: string,
  serviceItems: readonly (typeof LEI_FENG_ITEMS)[number][],
  personTimes: number,
  beneficiaries: number,
  extra: Partial<DemoActivity> = {},
): DemoActivity => ({
  key: `leifeng-${String(n).padStart(2, '0')}`,
  organizer,
  program: 'LEI_FENG',
  title: '学雷锋志愿服务',
  startDate,
  endDate: startDate,
  subdistrict,
  site,
  serviceItems,
  personTimes,
  volunteerHours: `${personTimes * 3}.00`,
  timeBasis: 'WORKING_HOURS',
  beneficiaries,
  ...extra,
});

/** 学雷锋, 3月1日至5日: 12 sites in 8 街道, 43 人次, the 8 service items, and the 3月3日 book sale (28 笔, to the Red Cross). */
export const LEI_FENG_ACTIVITIES: readonly DemoActivity[] = [
  leiFeng(1, '枫林路营业厅', '2023-03-01', '枫林', '枫林路营业厅', ['电信业务咨询', '套餐解读', '反诈骗宣传'], 4, 65),
  leiFeng(2, '徐家汇营业厅', '2023-03-01', '徐家汇', '徐家汇营业厅', ['电信业务咨询', '投诉咨询', '套餐解读'], 4, 120, {
    title: '学雷锋便民服务台（3月1日至5日）',
    endDate: '2023-03-05',
    volunteerHours: '40.00',
  }),
  leiFeng(3, '衡复支局', '2023-03-02', '湖南', '武康路社区服务点', ['反诈骗宣传', '信息安全服务'], 3, 48),
  leiFeng(4, '衡复支局', '2023-03-02', '天平', '天平路营业厅', ['电信业务咨询', '投诉咨询'], 3, 52),
  leiFeng(5, '斜土支局', '2023-03-02', '斜土', '斜土路营业厅', ['通信网络布线咨询', '网络技术咨询'], 3, 40),
  leiFeng(6, '枫林支局', '2023-03-03', '枫林', '枫林街道社区文化活动中心', ['图书义卖', '反诈骗宣传'], 5, 86, {
    title: '学雷锋图书义卖',
    charitySales: { transactions: 28, amount: '1280.50', recipient: '红十字会' },
  }),
  leiFeng(7, '漕河泾支局', '2023-03-03', '漕河泾', '漕河泾营业厅', ['网络技术咨询', '信息安全服务'], 3, 37),
  leiFeng(8, '田林支局', '2023-03-03', '田林', '田林路营业厅', ['电信业务咨询', '套餐解读'], 4, 58),
  leiFeng(9, '田林支局', '2023-03-04', '田林', '田林十二村社区', ['通信网络布线咨询', '反诈骗宣传'], 3, 45),
  leiFeng(10, '虹梅支局', '2023-03-04', '虹梅', '虹梅路营业厅', ['电信业务咨询', '网络技术咨询'], 3, 41),
  leiFeng(11, '行数徐家汇党支部', '2023-03-05', '徐家汇', '徐家汇公园学雷锋广场', ['反诈骗宣传', '信息安全服务', '投诉咨询'], 5, 150),
  leiFeng(12, '政企党支部', '2023-03-05', '漕河泾', '漕河泾开发区科技绿洲', ['网络技术咨询', '信息安全服务'], 3, 33),
];

/** Weeks off: 春节 and 国庆. */
const HOLIDAYS_2023 = ['2023-01-25', '2023-10-04'];

const COMMUNITY_SERIES = [
  { tag: 'wed', weekday: 3, site: '徐家汇街道乐山社区服务站', serviceItems: ['电信业务咨询', '反诈骗宣传'], title: '乐山社区通信便民服务' },
  { tag: 'sat', weekday: 6, site: '徐家汇街道党群服务中心', serviceItems: ['网络技术咨询', '信息安全服务'], title: '党群服务中心数字生活服务' },
] as const;

/** 行数徐家汇党支部: community service twice a week all year (100+ sessions), in 徐家汇街道. */
export const COMMUNITY_SERVICE_ACTIVITIES: readonly DemoActivity[] = COMMUNITY_SERIES.flatMap((series) =>
  weekdaysBetween(`${DEMO_YEAR}-01-01`, `${DEMO_YEAR}-12-31`, series.weekday, HOLIDAYS_2023).map(
    (date, i): DemoActivity => ({
      key: `community-${series.tag}-${date}`,
      organizer: '行数徐家汇党支部',
      program: 'COMMUNITY_SERVICE',
      title: series.title,
      startDate: date,
      subdistrict: '徐家汇',
      site: series.site,
      serviceItems: series.serviceItems,
      personTimes: 2,
      volunteerHours: '4.00',
      timeBasis: 'OWN_TIME',
      beneficiaries: 10 + ((i * 7) % 13),
    }),
  ),
);

/** 衡复支局 smartphone and anti-fraud class for the elderly, 5月12日. */
export const SMARTPHONE_CLASS: DemoActivity = {
  key: 'hengfu-smartphone-class',
  organizer: '衡复支局',
  program: 'DIGITAL_INCLUSION',
  title: '长者智能手机使用与防范电信诈骗课堂',
  startDate: '2023-05-12',
  subdistrict: '湖南',
  site: '湖南街道社区睦邻中心',
  serviceItems: ['信息安全服务', '反诈骗宣传'],
  personTimes: 6,
  volunteerHours: '12.00',
  timeBasis: 'WORKING_HOURS',
  beneficiaries: 32,
};

export const ACTIVITIES: readonly DemoActivity[] = [...LEI_FENG_ACTIVITIES, ...COMMUNITY_SERVICE_ACTIVITIES, SMARTPHONE_CLASS];

export interface DemoAgreement {
  readonly key: string;
  readonly branch: string;
  readonly partners: readonly { readonly name: string; readonly kind: PartnerKind }[];
  readonly signedOn: string;
  readonly validUntil?: string;
  readonly commitments: readonly string[];
}

const residentsCommittee = (name: string) => ({ name, kind: 'RESIDENTS_COMMITTEE' as const });

/** 党建翼联 agreements signed in 2023. */
export const AGREEMENTS: readonly DemoAgreement[] = [
  {
    key: 'kangjian',
    branch: '康健支局',
    partners: ['长丰坊居委', '上师大新村居委', '寿益坊居委', '康乐小区居委'].map(residentsCommittee),
    signedOn: '2023-04-20',
    validUntil: '2025-04-19',
    commitments: ['为社区老人提供智能手机使用培训', '开展反诈骗宣传进社区', '协助居委通信网络布线咨询'],
  },
  {
    key: 'gongke',
    branch: '公客综合党支部',
    partners: ['千鹤六居委', '虹南居委'].map(residentsCommittee),
    signedOn: '2023-06-28',
    validUntil: '2025-06-27',
    commitments: ['党员志愿者定期进社区服务', '共建社区通信服务点'],
  },
];

export interface DemoBooth {
  readonly key: string;
  readonly name: string;
  readonly kind: BoothKind;
  readonly host: string;
  readonly subdistrict: string;
  readonly location: string;
  readonly openedOn: string;
  readonly sessions: readonly { readonly date: string; readonly volunteers: number; readonly peopleServed: number; readonly services: readonly string[] }[];
}

/** Hello老友亭 near 肿瘤医院 (opened 2023-09-01) and the 康健 雷锋亭 (every Tuesday in July and August). */
export const BOOTHS: readonly DemoBooth[] = [
  {
    key: 'fenglin-hello',
    name: '枫林Hello老友亭',
    kind: 'HELLO_LAOYOU',
    host: '枫林支局',
    subdistrict: '枫林街道',
    location: '东安路肿瘤医院对面电话亭',
    openedOn: '2023-09-01',
    sessions: (
      [
        ['2023-09-01', 36],
        ['2023-09-15', 28],
        ['2023-10-13', 31],
        ['2023-11-10', 25],
        ['2023-12-08', 22],
      ] as const
    ).map(([date, peopleServed]) => ({ date, volunteers: 3, peopleServed, services: ['智能手机教学', '反诈宣传', '话费查询', '就医问路指引'] })),
  },
  {
    key: 'kangjian-leifeng',
    name: '康健雷锋亭',
    kind: 'LEI_FENG_KIOSK',
    host: '康健支局',
    subdistrict: '康健街道',
    location: '康健路营业厅门口',
    openedOn: '2023-07-01',
    sessions: weekdaysBetween('2023-07-01', '2023-08-31', 2).map((date, i) => ({
      date,
      volunteers: 2,
      peopleServed: 15 + ((i * 5) % 11),
      services: ['防暑降温', '智能手机教学', '反诈宣传'],
    })),
  },
];

// ——— 考务哨兵 exam-site support, 春季高考 (January) to 中职考试 (December) ———

interface ExamSeries {
  readonly series: string;
  readonly organizer: string;
  /** Sites staffed at each sitting. */
  readonly sitesPerSitting: number;
  readonly sittings: readonly (readonly [subject: string, date: string])[];
}

const EXAM_SERIES: readonly ExamSeries[] = [
  { series: '春季高考', organizer: '公客综合党支部', sitesPerSitting: 2, sittings: [['语文', '2023-01-07'], ['数学', '2023-01-07'], ['外语', '2023-01-08']] },
  { series: '中小学教师资格考试（上半年）', organizer: '机关党支部', sitesPerSitting: 1, sittings: [['综合素质', '2023-03-11'], ['教育知识与能力', '2023-03-11'], ['学科知识', '2023-03-11']] },
  { series: '全国计算机等级考试（3月）', organizer: '网络运维党支部', sitesPerSitting: 1, sittings: [['一级', '2023-03-25'], ['二级', '2023-03-25'], ['三级', '2023-03-26']] },
  { series: '高等教育自学考试（4月）', organizer: '工程建设党支部', sitesPerSitting: 1, sittings: [['上午场', '2023-04-15'], ['下午场', '2023-04-15'], ['上午场', '2023-04-16'], ['下午场', '2023-04-16']] },
  { series: '高中学业水平等级考试（5月）', organizer: '南区局团支部', sitesPerSitting: 1, sittings: [['地理', '2023-05-06'], ['生命科学', '2023-05-06']] },
  { series: '高中英语听说测试', organizer: '南区局团支部', sitesPerSitting: 1, sittings: [['听说', '2023-05-13']] },
  {
    series: '普通高校招生统一考试',
    organizer: '公客综合党支部',
    sitesPerSitting: 2,
    sittings: [['语文', '2023-06-07'], ['数学', '2023-06-07'], ['外语', '2023-06-08'], ['物理', '2023-06-09'], ['化学', '2023-06-09'], ['历史', '2023-06-10'], ['思想政治', '2023-06-10']],
  },
  {
    series: '初中学业水平考试',
    organizer: '政企党支部',
    sitesPerSitting: 2,
    sittings: [['语文', '2023-06-17'], ['数学', '2023-06-18'], ['物理化学', '2023-06-18'], ['外语', '2023-06-19'], ['道德与法治·历史', '2023-06-19']],
  },
  { series: '大学英语四六级考试（6月）', organizer: '行数徐家汇党支部', sitesPerSitting: 1, sittings: [['四级', '2023-06-17'], ['六级', '2023-06-17']] },
  {
    series: '高中学业水平合格性考试',
    organizer: '网络运维党支部',
    sitesPerSitting: 1,
    sittings: [['信息科技', '2023-06-26'], ['物理', '2023-06-27'], ['化学', '2023-06-27'], ['历史', '2023-06-28'], ['地理', '2023-06-28']],
  },
  { series: '全国计算机等级考试（9月）', organizer: '网络运维党支部', sitesPerSitting: 1, sittings: [['二级', '2023-09-23'], ['一级', '2023-09-24']] },
  { series: '高等教育自学考试（10月）', organizer: '工程建设党支部', sitesPerSitting: 1, sittings: [['上午场', '2023-10-21'], ['下午场', '2023-10-21'], ['上午场', '2023-10-22'], ['下午场', '2023-10-22']] },
  { series: '成人高考', organizer: '机关党支部', sitesPerSitting: 1, sittings: [['语文', '2023-10-21'], ['数学', '2023-10-21'], ['外语', '2023-10-22'], ['综合', '2023-10-22']] },
  { series: '中小学教师资格考试（下半年）', organizer: '机关党支部', sitesPerSitting: 1, sittings: [['综合素质', '2023-10-28'], ['教育知识与能力', '2023-10-28'], ['学科知识', '2023-10-28']] },
  { series: '大学英语四六级考试（12月）', organizer: '行数徐家汇党支部', sitesPerSitting: 1, sittings: [['四级', '2023-12-16'], ['六级', '2023-12-16']] },
  { series: '中职考试', organizer: '政企党支部', sitesPerSitting: 1, sittings: [['语文', '2023-12-20'], ['数学', '2023-12-20'], ['英语', '2023-12-21']] },
];

/** 考点 in 徐汇: staffed in turn, so every one of them sees the sentinels at least once. */
const EXAM_SITES = [
  '南洋模范中学', '位育中学', '上海中学', '南洋中学', '徐汇中学', '西南位育中学', '上海师范大学附属中学', '华东理工大学附属中学',
  '上海市第四中学', '田林中学', '紫阳中学', '零陵中学', '中国中学', '上海市第五十四中学', '长桥中学', '园南中学',
  '龙苑中学', '南洋模范初级中学', '位育初级中学', '世界外国语中学', '康健外国语实验中学', '汇师中学', '田林第三中学', '漕河泾中学',
  '华泾中学', '徐汇区教育学院', '上海师范大学徐汇校区', '华东理工大学徐汇校区', '上海交通大学徐汇校区', '上海开放大学徐汇分校', '上海市商业学校', '上海市信息管理学校',
  '上海市西南工程学校', '上海市经济管理学校', '徐汇职业高级中学', '上海市第二轻工业学校', '徐汇区业余大学', '田林第二中学', '徐汇中学南校', '上海电影艺术职业学院',
] as const;

/** The year's supports (次) across all shifts. */
export const EXAM_SUPPORTS_2023 = 184;

export interface DemoExamShift {
  readonly key: string;
  readonly organizer: string;
  readonly examName: string;
  readonly examDate: string;
  readonly site: string;
  readonly supporters: number;
}

function examShifts(): DemoExamShift[] {
  const slots = EXAM_SERIES.flatMap((s) =>
    s.sittings.flatMap(([subject, date]) => Array.from({ length: s.sitesPerSitting }, () => ({ organizer: s.organizer, examName: `${s.series}（${subject}）`, examDate: date }))),
  );
  const supporters = spread(EXAM_SUPPORTS_2023, slots.length);
  return slots.map((slot, i) => ({ key: `exam-${String(i + 1).padStart(2, '0')}`, ...slot, site: cycle(EXAM_SITES, i), supporters: supporters[i] ?? 1 }));
}

export const EXAM_SHIFTS: readonly DemoExamShift[] = examShifts();

/**
 * 版本 the 2023 section as the bureau published it with its report (August 2024), and a correction
 * that came in afterwards: the 衡复 class served three more elderly people than first recorded, so
 * the live totals move on while edition 1 keeps the published 2,433 服务群众 and lists the correction
 * as its adjustment.
 */
export const EDITION_2023 = {
  note: '随《2023年度社会责任报告》发布（2024年8月）',
  lateCorrection: { activity: SMARTPHONE_CLASS.key, beneficiaries: 35, reason: '补登三位参加课堂的老人' },
} as const;
