import type { ActivityRow, AgreementRow, BoothRow, BoothSessionRow, CampaignRow, DonationRow } from './rows';
import { emptyRows } from './rows';
import { ANY_YEAR, COMPANY_WIDE, contributionOf, TotalsDelta, yearsOf } from './section-totals';

// What a row keeps for the ledgers only: the totals never read it.
const STAMP = { recordedPosition: 1, recordedAt: '2023-03-05T01:00:00.000Z', recordedBy: 'test', correctedAt: null } as const;
const COUNTING = { voided: false, voidReason: null, voidedAt: null } as const;

const activity = (over: Partial<ActivityRow> = {}): ActivityRow => ({
  ...STAMP,
  ...COUNTING,
  id: 'a1',
  organizerId: 'unit-1',
  organizerPath: ['南区局'],
  program: 'LEI_FENG',
  title: '学雷锋日',
  startDate: '2023-03-05',
  endDate: '2023-03-05',
  year: 2023,
  site: '徐家汇',
  subdistrict: '徐家汇街道',
  serviceItems: ['义诊', '义诊', '理发'],
  personTimes: 12,
  volunteerHoursHundredths: null,
  timeBasis: 'WORKING_HOURS',
  beneficiaries: 30,
  agreementId: null,
  charitySalesTransactions: null,
  charitySalesAmountFen: null,
  charitySalesRecipient: null,
  searchText: '学雷锋日\n徐家汇',
  ...over,
});
const booth = (over: Partial<BoothRow> = {}): BoothRow => ({
  ...STAMP,
  id: 'b1',
  name: 'Hello老友亭',
  kind: 'HELLO_LAOYOU',
  hostId: 'host',
  hostPath: ['南区局'],
  subdistrict: '康健',
  location: '电话亭',
  openedOn: '2023-01-01',
  closedOn: null,
  searchText: 'hello老友亭',
  ...over,
});
const campaignRow = (over: Partial<CampaignRow> = {}): CampaignRow => ({
  ...STAMP,
  ...COUNTING,
  id: 'c1',
  name: '爱心一日捐',
  organizerId: 'union',
  organizerPath: ['工会'],
  year: 2023,
  launchedOn: '2023-05-01',
  closed: false,
  closedOn: null,
  searchText: '爱心一日捐',
  ...over,
});
const donationRow = (over: Partial<DonationRow> = {}): DonationRow => ({
  ...STAMP,
  ...COUNTING,
  id: 'd1',
  campaignId: 'c1',
  unionId: 'u1',
  unionPath: ['工会'],
  amountFen: 100,
  donorCount: 2,
  receivedOn: '2023-05-02',
  searchText: '工会',
  ...over,
});
const agreementRow = (over: Partial<AgreementRow> = {}): AgreementRow => ({
  ...STAMP,
  id: 'g1',
  branchId: 'branch',
  branchPath: ['南区局'],
  signedOn: '2021-06-01',
  validUntil: '2023-05-31',
  terminatedOn: null,
  terminationReason: null,
  partnerNames: ['康健街道', '康健街道', '田林街道'],
  partnerKinds: ['SUBDISTRICT', 'SUBDISTRICT', 'SUBDISTRICT'],
  commitments: [],
  searchText: '',
  ...over,
});

describe('contributionOf', () => {
  it('counts an activity under its year and organizer, each service item once, and no zero sums', () => {
    const c = contributionOf({ table: 'activities', row: activity() }, emptyRows());
    const metrics = c.sums.map(([key, amount]) => `${key.year}/${key.unitId}/${key.metric}/${key.subject}=${amount}`);
    expect(metrics).toEqual([
      '2023/unit-1/activity.count/=1',
      '2023/unit-1/activity.person_times/=12',
      '2023/unit-1/activity.beneficiaries/=30',
      '2023/unit-1/program.count/LEI_FENG=1',
      '2023/unit-1/program.person_times/LEI_FENG=12',
    ]);
    expect(c.distinct.filter((d) => d.metric === 'activity.service_item' && d.unitId === 'unit-1').map((d) => d.value)).toEqual(['义诊', '理发']);
  });

  it('splits the hours by time basis (B4SI) and gives each programme its own 街道 and service items', () => {
    const c = contributionOf({ table: 'activities', row: activity({ volunteerHoursHundredths: 250, timeBasis: 'OWN_TIME' }) }, emptyRows());
    expect(c.sums.filter(([k]) => k.metric === 'activity.hours_by_basis').map(([k, n]) => `${k.subject}=${n}`)).toEqual(['OWN_TIME=250']);
    const programMembers = c.distinct.filter((d) => d.metric.startsWith('program.') && d.unitId === 'unit-1').map((d) => `${d.metric}/${d.subject}/${d.value}`);
    expect(programMembers).toEqual(['program.site/LEI_FENG/徐家汇', 'program.subdistrict/LEI_FENG/徐家汇街道', 'program.service_item/LEI_FENG/义诊', 'program.service_item/LEI_FENG/理发']);
  });

  it('a voided record adds nothing; a session counts under its booth host, or nothing without its booth', () => {
    expect(contributionOf({ table: 'activities', row: activity({ voided: true }) }, emptyRows())).toEqual({ sums: [], distinct: [] });
    const session: BoothSessionRow = { ...STAMP, ...COUNTING, id: 's1', boothId: 'b1', date: '2024-01-02', year: 2024, volunteers: 2, peopleServed: 9, services: [] };
    expect(contributionOf({ table: 'boothSessions', row: session }, emptyRows()).sums).toEqual([]);
    const rows = emptyRows();
    rows.booths.set('b1', booth());
    expect(contributionOf({ table: 'boothSessions', row: session }, rows).sums.map(([k]) => k.unitId)).toEqual(['host', 'host', 'host']);
  });
});

describe('agreements', () => {
  const agreement = agreementRow;
  const mine = (c: ReturnType<typeof contributionOf>) => c.sums.filter(([k]) => k.unitId === 'branch').map(([k, n]) => `${k.year} ${k.metric}=${n}`);

  it('a closed term counts as active in each of its years, with its partners', () => {
    const c = contributionOf({ table: 'agreements', row: agreement() }, emptyRows());
    expect(mine(c)).toEqual(['2021 agreement.signed=1', '2021 agreement.active=1', '2022 agreement.active=1', '2023 agreement.active=1']);
    expect(c.distinct.filter((d) => d.unitId === 'branch' && d.year === 2022).map((d) => d.value)).toEqual(['康健街道', '田林街道']);
  });

  it('an open-ended agreement counts once, from its signing year; termination closes the term at the earlier end', () => {
    expect(mine(contributionOf({ table: 'agreements', row: agreement({ validUntil: null }) }, emptyRows()))).toEqual(['2021 agreement.signed=1', '2021 agreement.open_since=1']);
    expect(mine(contributionOf({ table: 'agreements', row: agreement({ terminatedOn: '2022-01-10' }) }, emptyRows()))).toEqual([
      '2021 agreement.signed=1',
      '2021 agreement.active=1',
      '2022 agreement.active=1',
    ]);
  });
});

describe('TotalsDelta', () => {
  it('a correction moves exactly what changed, and what cancels out is dropped', () => {
    const delta = new TotalsDelta();
    const before = activity();
    const after = activity({ site: '康健', personTimes: 15 });
    delta.add({ table: 'activities', row: before }, emptyRows(), -1);
    delta.add({ table: 'activities', row: after }, emptyRows(), 1);
    const unitOnly = <T extends { key: { unitId: string } }>(changes: T[]) => changes.filter((c) => c.key.unitId === 'unit-1');
    expect(unitOnly(delta.sumChanges()).map((c) => [c.key.metric, c.amount])).toEqual([
      ['activity.person_times', 3],
      ['program.person_times', 3],
    ]);
    expect(unitOnly(delta.distinctChanges()).map((c) => [c.key.metric, c.key.value, c.refs])).toEqual([
      ['activity.site', '徐家汇', -1],
      ['activity.site', '康健', 1],
      ['program.site', '徐家汇', -1],
      ['program.site', '康健', 1],
    ]);
    // The company-wide counters move with the unit's; a donation's stay per union.
    expect(delta.sumChanges().filter((c) => c.key.unitId === COMPANY_WIDE).map((c) => [c.key.metric, c.amount])).toEqual([
      ['activity.person_times', 3],
      ['program.person_times', 3],
    ]);
    const donations = new TotalsDelta();
    const rows = emptyRows();
    rows.campaigns.set('c1', campaignRow());
    donations.add({ table: 'donations', row: donationRow() }, rows, 1);
    expect(donations.sumChanges().map((c) => c.key.unitId)).toEqual(['u1', 'u1', 'u1']);
    // A voided donation (a campaign's void voids each of its donations) adds nothing.
    expect(contributionOf({ table: 'donations', row: donationRow({ voided: true, voidReason: '重复录入', voidedAt: STAMP.recordedAt }) }, rows)).toEqual({ sums: [], distinct: [] });
  });
});

describe('yearsOf', () => {
  it('names the year of dated records and ANY_YEAR for org units and agreements', () => {
    expect(yearsOf({ table: 'activities', row: activity({ year: 2021 }) }, emptyRows())).toEqual([2021]);
    expect(yearsOf({ table: 'agreements', row: agreementRow({ signedOn: '2020-01-01', validUntil: null, partnerNames: [], partnerKinds: [] }) }, emptyRows())).toEqual([ANY_YEAR]);
    expect(yearsOf({ table: 'donations', row: donationRow({ campaignId: 'missing' }) }, emptyRows())).toEqual([]);
  });
});
