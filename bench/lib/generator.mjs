// Seeded (deterministic) generator of realistic tracker events: the same seed always yields the
// same events, ids included, so two runs of `npm run bench` load byte-identical logs.
// Shapes follow libs/domain's event types (what the deciders write), with Chinese text as users
// enter it; the mix roughly follows a bureau's year (activities dominate, then booth sessions,
// exam shifts, relief, donations, agreements), with corrections and voids.

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (rand, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += ((rand() * 16) | 0).toString(16);
  return s;
};

/** A lower-case v4-shaped UUID drawn from `rand` (so ids are deterministic too). */
export const uuidFrom = (rand) =>
  `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-${'89ab'[(rand() * 4) | 0]}${hex(rand, 3)}-${hex(rand, 12)}`;

const pick = (rand, list) => list[(rand() * list.length) | 0];
/** `n` distinct items (the deciders refuse repeated service items). */
const pickDistinct = (rand, list, n) => {
  const out = [];
  while (out.length < n) {
    const item = pick(rand, list);
    if (!out.includes(item)) out.push(item);
  }
  return out;
};
const int = (rand, lo, hi) => lo + ((rand() * (hi - lo + 1)) | 0);
const pad = (n) => String(n).padStart(2, '0');
const dateIn = (rand, year) => `${year}-${pad(int(rand, 1, 12))}-${pad(int(rand, 1, 28))}`;

const SUBDISTRICTS = ['枫林街道', '徐家汇街道', '湖南路街道', '天平路街道', '斜土路街道', '长桥街道', '田林街道', '康健新村街道', '虹梅路街道', '凌云路街道'];
const SITES = ['枫林路营业厅', '漕溪北路营业厅', '康健社区文化中心', '田林十二村居委', '徐汇区图书馆', '肿瘤医院门诊大厅', '南洋模范中学', '上海中学', '长桥社区卫生服务中心', '华泾镇养老院'];
const SERVICE_ITEMS = ['电信业务咨询', '反诈骗宣传', '图书义卖', '智能手机使用教学', '免费理发', '家电维修', '测血压', '垃圾分类宣传', '助老上门服务', '宽带故障排查'];
const TITLES = ['学雷锋志愿服务日', '助老数字课堂', '反诈宣传进社区', '社区义诊', '敬老院慰问演出', '节能环保宣传', '便民服务集市', '青年突击队清洁家园'];
const PROGRAMS = ['LEI_FENG', 'COMMUNITY_SERVICE', 'ELDERLY_CARE', 'DIGITAL_INCLUSION', 'ANTI_FRAUD', 'PUBLIC_WELFARE', 'OTHER'];
const EXAMS = ['春季高考', '全国英语等级考试', '上海市中考', '高中学业水平考试', '研究生入学考试', '成人高考', '自学考试'];
const RELIEF_CATEGORIES = ['SERIOUS_ILLNESS', 'LIVING_HARDSHIP', 'DISASTER', 'OTHER'];
const PARTNERS = ['枫林街道党工委', '田林十二村居委会', '徐汇区教育局党委', '康健新村街道党工委', '肿瘤医院党委', '长桥三村居委会', '上海中学党总支'];
const BOOTH_SERVICES = ['手机使用指导', '话费查询', '防诈骗咨询', '帮叫出租车', '测血压', '代缴水电煤'];

/** 南区局 (bureau) with its departments, unions, party branches and sub-bureaus. */
function orgChart(rand) {
  const units = [];
  const add = (name, kind, parent) => {
    const unit = { orgUnitId: uuidFrom(rand), name, kind, path: parent ? [...parent.path, name] : [name] };
    if (parent) unit.parentId = parent.orgUnitId;
    units.push(unit);
    return unit;
  };
  const bureau = add('南区局', 'BUREAU');
  const union = add('南区局工会', 'UNION', bureau);
  const unions = ['网络部工会', '客服部工会', '政企部工会', '综合部工会', '财务部工会', '工程部工会', '销售部工会'].map((n) => add(n, 'UNION', union));
  const branches = ['公客综合党支部', '网络党支部', '政企党支部', '机关第一党支部', '机关第二党支部', '工程党支部', '客服党支部', '销售党支部', '退休党支部', '青年党支部'].map(
    (n) => add(n, 'PARTY_BRANCH', bureau),
  );
  const subBureaus = ['康健支局', '衡复支局', '田林支局', '枫林支局', '长桥支局', '漕河泾支局', '徐家汇支局', '湖南支局', '天平支局', '斜土支局', '凌云支局', '虹梅支局', '华泾支局', '龙华支局', '梅陇支局'].map(
    (n, i) => add(n, 'SUB_BUREAU', branches[i % branches.length]),
  );
  const league = add('南区局团委', 'LEAGUE_BRANCH', bureau);
  return { bureau, union, unions, branches, subBureaus, organizers: [...branches, ...subBureaus, league], units };
}

/**
 * The events of a log of `total` events spread evenly over `years`, in log order. Each item is
 * `{ streamId, streamVersion, eventId, type, data, metadata, recordedAt }`; recordedAt advances
 * through the years so that `asOf` questions have a meaningful answer.
 */
export function* eventLog({ seed = 42, total, years }) {
  const rand = prng(seed);
  const chart = orgChart(rand);
  const versions = new Map();
  const startMs = Date.UTC(years[0], 0, 1);
  const spanMs = Date.UTC(years[years.length - 1] + 1, 0, 1) - startMs;
  let produced = 0;
  const make = (kind, id, type, data) => {
    const streamId = `${kind}-${id}`;
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    const recordedAt = new Date(startMs + Math.floor((spanMs * produced) / total)).toISOString();
    produced += 1;
    const eventId = uuidFrom(rand);
    return {
      streamId,
      streamVersion,
      eventId,
      type,
      data,
      metadata: { eventId, recordedAt, recordedBy: pick(rand, ['admin', 'recorder-kangjian', 'treasurer-union', 'recorder-tianlin']), correlationId: uuidFrom(rand) },
      recordedAt,
    };
  };
  const ORG = '00000000-0000-4000-8000-00000000c0de';
  for (const u of chart.units) {
    if (produced >= total) return;
    const data = { orgUnitId: u.orgUnitId, name: u.name, kind: u.kind };
    if (u.parentId) data.parentId = u.parentId;
    yield make('orgchart', ORG, 'OrgUnitRegistered', data);
  }
  const perYear = Math.ceil((total - produced) / years.length);
  for (const year of years) {
    // Live records of this year that corrections, voids and sessions can refer to.
    const activities = [];
    const shifts = [];
    const grants = [];
    const booths = [];
    const agreements = [];
    const campaigns = [];
    const yearEnd = Math.min(total, produced + perYear);
    while (produced < yearEnd) {
      const r = rand();
      if (campaigns.length === 0 || r < 0.0005) {
        const campaignId = uuidFrom(rand);
        campaigns.push({ campaignId, donations: [] });
        yield make('donationcampaign', campaignId, 'DonationCampaignLaunched', {
          campaignId, name: `${year}年爱心一日捐`, organizerId: chart.union.orgUnitId, organizerPath: chart.union.path, year, launchedOn: `${year}-05-01`,
        });
      } else if (booths.length === 0 || r < 0.001) {
        const host = pick(rand, chart.subBureaus);
        const boothId = uuidFrom(rand);
        booths.push(boothId);
        yield make('booth', boothId, 'BoothOpened', {
          boothId, name: `Hello老友亭·${host.name}`, kind: pick(rand, ['HELLO_LAOYOU', 'LEI_FENG_KIOSK', 'VOLUNTEER_KIOSK']), hostId: host.orgUnitId, hostPath: host.path,
          subdistrict: pick(rand, SUBDISTRICTS), location: `${pick(rand, SITES)}旁`, openedOn: `${year}-01-01`,
        });
      } else if (r < 0.56 || activities.length === 0) {
        const organizer = pick(rand, chart.organizers);
        const activityId = uuidFrom(rand);
        activities.push(activityId);
        const startDate = dateIn(rand, year);
        const data = {
          activityId, organizerId: organizer.orgUnitId, organizerPath: organizer.path, program: pick(rand, PROGRAMS), title: pick(rand, TITLES),
          startDate, endDate: startDate, subdistrict: pick(rand, SUBDISTRICTS), site: pick(rand, SITES),
          serviceItems: pickDistinct(rand, SERVICE_ITEMS, 2), personTimes: int(rand, 1, 40),
          volunteerHoursHundredths: int(rand, 1, 80) * 50, timeBasis: rand() < 0.7 ? 'WORKING_HOURS' : 'OWN_TIME', beneficiaries: int(rand, 0, 300),
        };
        if (rand() < 0.05) data.charitySales = { transactions: int(rand, 1, 60), amountFen: int(rand, 100, 5000) * 100, recipient: '红十字会' };
        yield make('volunteeractivity', activityId, 'VolunteerActivityRecorded', data);
      } else if (r < 0.64) {
        const activityId = pick(rand, activities);
        yield make('volunteeractivity', activityId, 'VolunteerActivityCorrected', {
          activityId, changes: { personTimes: int(rand, 1, 40), site: pick(rand, SITES) }, reason: '人次登记有误，按签到表更正',
        });
      } else if (r < 0.66) {
        // A voided record takes no further corrections (the decider refuses them).
        const index = (rand() * activities.length) | 0;
        const activityId = activities[index];
        activities[index] = activities[activities.length - 1];
        activities.pop();
        yield make('volunteeractivity', activityId, 'VolunteerActivityVoided', { activityId, reason: '重复登记' });
      } else if (r < 0.8) {
        const boothId = pick(rand, booths);
        yield make('booth', boothId, 'BoothSessionRecorded', {
          boothId, sessionId: uuidFrom(rand), date: dateIn(rand, year), volunteers: int(rand, 1, 4), peopleServed: int(rand, 1, 30),
          services: pickDistinct(rand, BOOTH_SERVICES, 2),
        });
      } else if (r < 0.87) {
        const organizer = pick(rand, chart.organizers);
        const shiftId = uuidFrom(rand);
        shifts.push(shiftId);
        yield make('examsentinelshift', shiftId, 'ExamSentinelShiftRecorded', {
          shiftId, organizerId: organizer.orgUnitId, organizerPath: organizer.path, examName: pick(rand, EXAMS), examDate: dateIn(rand, year),
          site: pick(rand, SITES), supporters: int(rand, 1, 12),
        });
      } else if (r < 0.88) {
        if (shifts.length === 0) continue;
        const shiftId = pick(rand, shifts);
        yield make('examsentinelshift', shiftId, 'ExamSentinelShiftCorrected', { shiftId, changes: { supporters: int(rand, 1, 12) }, reason: '人数更正' });
      } else if (r < 0.93) {
        const union = pick(rand, chart.unions);
        const grantId = uuidFrom(rand);
        grants.push(grantId);
        yield make('reliefgrant', grantId, 'ReliefGranted', {
          grantId, unionId: union.orgUnitId, unionPath: union.path, grantedOn: dateIn(rand, year), amountFen: int(rand, 5, 50) * 100_00,
          personTimes: int(rand, 1, 3), category: pick(rand, RELIEF_CATEGORIES),
        });
      } else if (r < 0.935) {
        if (grants.length === 0) continue;
        const index = (rand() * grants.length) | 0;
        const grantId = grants[index];
        grants[index] = grants[grants.length - 1];
        grants.pop();
        yield make('reliefgrant', grantId, 'ReliefGrantVoided', { grantId, reason: '申请撤回' });
      } else if (r < 0.985) {
        const campaign = campaigns[campaigns.length - 1];
        const union = pick(rand, chart.unions);
        const donationId = uuidFrom(rand);
        campaign.donations.push(donationId);
        yield make('donationcampaign', campaign.campaignId, 'UnionDonationRecorded', {
          campaignId: campaign.campaignId, donationId, unionId: union.orgUnitId, unionPath: union.path, amountFen: int(rand, 1000, 9000) * 100,
          donorCount: int(rand, 10, 80), receivedOn: `${year}-05-${pad(int(rand, 2, 28))}`,
        });
      } else if (r < 0.99) {
        const campaign = campaigns[campaigns.length - 1];
        if (campaign.donations.length === 0) continue;
        yield make('donationcampaign', campaign.campaignId, 'UnionDonationCorrected', {
          campaignId: campaign.campaignId, donationId: pick(rand, campaign.donations), reason: '汇款金额更正', amountFen: int(rand, 1000, 9000) * 100,
        });
      } else if (r < 0.998) {
        const branch = pick(rand, chart.branches);
        const agreementId = uuidFrom(rand);
        agreements.push(agreementId);
        yield make('cobuildingagreement', agreementId, 'CoBuildingAgreementSigned', {
          agreementId, branchId: branch.orgUnitId, branchPath: branch.path,
          partners: [{ name: pick(rand, PARTNERS), kind: 'RESIDENTS_COMMITTEE' }, { name: pick(rand, PARTNERS), kind: 'SUBDISTRICT' }],
          signedOn: dateIn(rand, year), validUntil: `${year + 2}-12-31`, commitments: ['共建党员服务站', '联合开展学雷锋活动'],
        });
      } else {
        if (agreements.length === 0) continue;
        const agreementId = pick(rand, agreements);
        yield make('cobuildingagreement', agreementId, 'CoBuildingAgreementRenewed', { agreementId, validUntil: `${year + 4}-12-31` });
      }
    }
  }
}

/**
 * A realistic `VolunteerActivityRecorded` (data + metadata) for the append scenarios, the same
 * shape for our store, Emmett and pgbench. `n` varies the content deterministically.
 */
export function activityEvent(rand, organizer = { id: '6f1c2d9e-3b4a-4c5d-8e6f-7a8b9c0d1e2f', path: ['南区局', '公客综合党支部', '康健支局'] }) {
  const activityId = uuidFrom(rand);
  const eventId = uuidFrom(rand);
  const startDate = dateIn(rand, 2024);
  return {
    eventId,
    type: 'VolunteerActivityRecorded',
    data: {
      activityId, organizerId: organizer.id, organizerPath: organizer.path, program: pick(rand, PROGRAMS), title: pick(rand, TITLES),
      startDate, endDate: startDate, subdistrict: pick(rand, SUBDISTRICTS), site: pick(rand, SITES),
      serviceItems: pickDistinct(rand, SERVICE_ITEMS, 3), personTimes: int(rand, 1, 40),
      volunteerHoursHundredths: int(rand, 1, 80) * 50, timeBasis: 'WORKING_HOURS', beneficiaries: int(rand, 0, 300),
    },
    metadata: { eventId, recordedAt: `2024-03-05T0${int(rand, 1, 9)}:00:00.000Z`, recordedBy: 'recorder-kangjian', correlationId: uuidFrom(rand) },
  };
}
