// The duplicate rule: same kind, unit, date and identifying facts (canonical text), nothing looser.
import type { ActivityRow, DonationRow } from '../read-model/rows';
import type { LookAlikeCandidate } from './look-alike';
import { candidateOf, lookAlikeKey, lookAlikeWarning, looksAlike } from './look-alike';
import { searchKey, searchTextOf } from './search-key';

const activity = (over: Partial<Extract<LookAlikeCandidate, { kind: 'activities' }>> = {}): LookAlikeCandidate => ({
  kind: 'activities',
  organizerId: 'kangjian',
  startDate: '2023-03-05',
  title: '学雷锋志愿服务',
  site: '枫林路营业厅',
  ...over,
});

describe('looksAlike', () => {
  it('an activity of the same unit, day, title and site looks alike, whatever the case, width and spaces', () => {
    expect(looksAlike(activity(), activity({ title: ' 学雷锋志愿服务 ', site: '枫林路营业厅' }))).toBe(true);
    expect(looksAlike(activity({ title: 'Hello老友亭 服务' }), activity({ title: 'ｈｅｌｌｏ老友亭  服务' }))).toBe(true);
  });

  it.each<[string, Partial<Extract<LookAlikeCandidate, { kind: 'activities' }>>]>([
    ['another unit', { organizerId: 'tianlin' }],
    ['another day', { startDate: '2023-03-04' }],
    ['another title', { title: '学雷锋图书义卖' }],
    ['another site (12 sites on the same day are 12 activities)', { site: '湖南路营业厅' }],
  ])('an activity of %s does not', (_label, over) => {
    expect(looksAlike(activity(), activity(over))).toBe(false);
  });

  it('exam shifts need the same exam AND site: one exam at two sites is two shifts', () => {
    const shift = (site: string): LookAlikeCandidate => ({ kind: 'examShifts', organizerId: 'u', examDate: '2023-01-07', examName: '春季高考（语文）', site });
    expect(looksAlike(shift('南洋模范中学'), shift('南洋模范中学'))).toBe(true);
    expect(looksAlike(shift('南洋模范中学'), shift('上海中学'))).toBe(false);
  });

  it('money records need the same amount; a donation also the same campaign', () => {
    const grant = (amountFen: number): LookAlikeCandidate => ({ kind: 'reliefGrants', unionId: 'u', grantedOn: '2023-01-16', amountFen });
    expect(looksAlike(grant(750_000), grant(750_000))).toBe(true);
    expect(looksAlike(grant(750_000), grant(780_000))).toBe(false);
    const donation = (campaignId: string): LookAlikeCandidate => ({ kind: 'donations', campaignId, unionId: 'u', receivedOn: '2023-06-20', amountFen: 586_000 });
    expect(looksAlike(donation('c1'), donation('c1'))).toBe(true);
    expect(looksAlike(donation('c1'), donation('c2'))).toBe(false);
  });

  it('a booth has one session a day; agreements compare their partners as a set', () => {
    expect(looksAlike({ kind: 'boothSessions', boothId: 'b', date: '2023-07-04' }, { kind: 'boothSessions', boothId: 'b', date: '2023-07-04' })).toBe(true);
    const agreement = (partnerNames: string[]): LookAlikeCandidate => ({ kind: 'agreements', branchId: 'b', signedOn: '2023-03-01', partnerNames });
    expect(looksAlike(agreement(['长丰坊居委', '寿益坊居委']), agreement(['寿益坊居委', ' 长丰坊居委']))).toBe(true);
    expect(looksAlike(agreement(['长丰坊居委']), agreement(['长丰坊居委', '寿益坊居委']))).toBe(false);
  });

  it('records of different kinds never look alike', () => {
    expect(looksAlike(activity(), { kind: 'campaigns', organizerId: 'kangjian', launchedOn: '2023-03-05', name: '学雷锋志愿服务' })).toBe(false);
  });
});

describe('candidateOf and lookAlikeWarning', () => {
  const stamp = { recordedPosition: 7, recordedAt: '2023-03-05T02:00:00.000Z', recordedBy: 'recorder', correctedAt: null };
  const kept: ActivityRow = {
    ...stamp,
    id: 'a-1',
    organizerId: 'kangjian',
    organizerPath: ['南区局', '康健支局'],
    program: 'LEI_FENG',
    title: '学雷锋志愿服务',
    startDate: '2023-03-05',
    endDate: '2023-03-05',
    year: 2023,
    site: '枫林路营业厅',
    subdistrict: null,
    serviceItems: [],
    personTimes: 4,
    volunteerHoursHundredths: null,
    timeBasis: 'OWN_TIME',
    beneficiaries: null,
    agreementId: null,
    charitySalesTransactions: null,
    charitySalesAmountFen: null,
    charitySalesRecipient: null,
    voided: false,
    voidReason: null,
    voidedAt: null,
    searchText: searchTextOf('学雷锋志愿服务', '枫林路营业厅'),
  };

  it('a kept row is compared as the candidate it is', () => {
    expect(lookAlikeKey(candidateOf({ kind: 'activities', row: kept }))).toEqual(lookAlikeKey(activity()));
  });

  it('names the other record in Chinese: its date, title, site and id', () => {
    expect(lookAlikeWarning({ kind: 'activities', row: kept })).toBe('与已登记的志愿活动相似：2023-03-05“学雷锋志愿服务”（地点 枫林路营业厅，编号 a-1）。请核对是否重复录入；如确属重复，请作废其中一条。');
    const donation: DonationRow = { ...stamp, id: 'd-1', campaignId: 'c', unionId: 'u', unionPath: ['南区局', '综合部', '综合部工会'], amountFen: 586_000, donorCount: 51, receivedOn: '2023-06-20', voided: false, voidReason: null, voidedAt: null, searchText: '综合部工会' };
    expect(lookAlikeWarning({ kind: 'donations', row: donation })).toBe('与本次活动已登记的捐款相似：2023-06-20 综合部工会 5860.00 元（编号 d-1）。请核对是否重复录入；如确属重复，请作废其中一条。');
  });
});

describe('searchKey', () => {
  it('is NFKC, lower case, with whitespace collapsed; a record keeps one text per line', () => {
    expect(searchKey('  Ｈｅｌｌｏ老友亭\t 枫林 ')).toBe('hello老友亭 枫林');
    expect(searchTextOf('学雷锋', null, ' 枫林 ', undefined, ' ')).toBe('学雷锋\n枫林');
  });
});
