import type { ActivityRow, BoothSessionRow } from './rows';
import { emptyRows } from './rows';
import { ANY_YEAR, contributionOf, TotalsDelta, yearsOf } from './section-totals';

const activity = (over: Partial<ActivityRow> = {}): ActivityRow => ({
  id: 'a1',
  organizerId: 'unit-1',
  program: 'LEI_FENG',
  title: '学雷锋日',
  startDate: '2023-03-05',
  year: 2023,
  site: '徐家汇',
  subdistrict: '徐家汇街道',
  serviceItems: ['义诊', '义诊', '理发'],
  personTimes: 12,
  volunteerHoursHundredths: null,
  beneficiaries: 30,
  charitySalesTransactions: null,
  charitySalesAmountFen: null,
  voided: false,
  ...over,
});

describe('contributionOf', () => {
  it('counts an activity under its year and organizer, each service item once, and no zero sums', () => {
    const c = contributionOf('activities', activity(), emptyRows());
    const metrics = c.sums.map(([key, amount]) => `${key.year}/${key.unitId}/${key.metric}/${key.subject}=${amount}`);
    expect(metrics).toEqual([
      '2023/unit-1/activity.count/=1',
      '2023/unit-1/activity.person_times/=12',
      '2023/unit-1/activity.beneficiaries/=30',
      '2023/unit-1/program.count/LEI_FENG=1',
      '2023/unit-1/program.person_times/LEI_FENG=12',
    ]);
    expect(c.distinct.filter((d) => d.metric === 'activity.service_item').map((d) => d.value)).toEqual(['义诊', '理发']);
  });

  it('a voided record adds nothing; a session counts under its booth host, or nothing without its booth', () => {
    expect(contributionOf('activities', activity({ voided: true }), emptyRows())).toEqual({ sums: [], distinct: [] });
    const session: BoothSessionRow = { id: 's1', boothId: 'b1', date: '2024-01-02', year: 2024, volunteers: 2, peopleServed: 9, voided: false };
    expect(contributionOf('boothSessions', session, emptyRows()).sums).toEqual([]);
    const rows = emptyRows();
    rows.booths.set('b1', { id: 'b1', name: 'Hello老友亭', kind: 'HELLO_LAOYOU', hostId: 'host', subdistrict: '康健', openedOn: '2023-01-01', closedOn: null });
    expect(contributionOf('boothSessions', session, rows).sums.map(([k]) => k.unitId)).toEqual(['host', 'host', 'host']);
  });
});

describe('TotalsDelta', () => {
  it('a correction moves exactly what changed, and what cancels out is dropped', () => {
    const delta = new TotalsDelta();
    const before = activity();
    const after = activity({ site: '康健', personTimes: 15 });
    delta.add(contributionOf('activities', before, emptyRows()), -1);
    delta.add(contributionOf('activities', after, emptyRows()), 1);
    expect(delta.sumChanges().map((c) => [c.key.metric, c.amount])).toEqual([
      ['activity.person_times', 3],
      ['program.person_times', 3],
    ]);
    expect(delta.distinctChanges().map((c) => [c.key.metric, c.key.value, c.refs])).toEqual([
      ['activity.site', '徐家汇', -1],
      ['program.site', '徐家汇', -1],
      ['activity.site', '康健', 1],
      ['program.site', '康健', 1],
    ]);
  });
});

describe('yearsOf', () => {
  it('names the year of dated records and ANY_YEAR for org units and agreements', () => {
    expect(yearsOf('activities', activity({ year: 2021 }), emptyRows())).toEqual([2021]);
    expect(yearsOf('agreements', { id: 'g', branchId: 'b', signedOn: '2020-01-01', validUntil: null, terminatedOn: null, partnerNames: [] }, emptyRows())).toEqual([
      ANY_YEAR,
    ]);
    expect(yearsOf('donations', { id: 'd', campaignId: 'missing', unionId: 'u', amountFen: 1, donorCount: 1, receivedOn: '2023-05-01' }, emptyRows())).toEqual([]);
  });
});
