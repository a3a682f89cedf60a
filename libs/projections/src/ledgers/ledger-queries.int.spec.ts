// Given events, then ledgers, against real Postgres: order, paging, scope, search, voids, the
// campaign and booth lists, look-alikes, and a generation that predates the ledgers' columns.
import type { DomainEvent } from '@tracker/domain';
import { ValidationError } from '@tracker/domain';
import { INCOMPLETE_STREAM_INDEX_YEAR } from '../postgres/migrations';
import { generationSchema } from '../postgres/schema';
import type { Harness } from '../testing/harness';
import { openHarness } from '../testing/harness';
import { activity, agreement, appendAll, booth, campaign, donation, examShift, newId, orgUnit, reliefGrant, session } from '../testing/test-events';
import { eachLedgerRow, LedgerQueries, LedgerRebuildingError } from './ledger-queries';
import type { LedgerFilter } from './ledger-types';

let h: Harness;
let ledgers: LedgerQueries;
beforeAll(async () => {
  h = await openHarness();
  ledgers = new LedgerQueries({ dataSource: h.dataSource });
});
afterAll(() => h.close());

// Bureau B → branch P → sub-bureau S; branch Q; union U (→ department union D).
const [B, P, S, Q, U, D] = [newId(), newId(), newId(), newId(), newId(), newId()];

async function project(...events: DomainEvent[]): Promise<void> {
  const written = await appendAll(h.store, events, '2023-03-06T01:02:03.000Z');
  await h.projector().catchUp(written?.lastPosition);
}

const year2023 = (over: Partial<LedgerFilter> = {}): LedgerFilter => ({ year: 2023, scope: undefined, ...over });

beforeAll(() =>
  project(
    orgUnit(B, '南区局', 'BUREAU'),
    orgUnit(P, '公客综合党支部', 'PARTY_BRANCH', B),
    orgUnit(S, '康健支局', 'SUB_BUREAU', P),
    orgUnit(Q, '网络党支部', 'PARTY_BRANCH', B),
    orgUnit(U, '南区局工会', 'UNION', B),
    orgUnit(D, '综合部工会', 'UNION', U),
  ),
);

describe('volunteerActivityMonths', () => {
  // 2024, so that no other ledger's records of 2023 count here.
  const moved = activity(S, { startDate: '2024-03-05', endDate: '2024-03-05', personTimes: 4 });
  const voided = activity(S, { startDate: '2024-03-09', endDate: '2024-03-09', personTimes: 50 });
  const events = [
    activity(S, { startDate: '2024-01-31', endDate: '2024-01-31', personTimes: 2 }),
    activity(P, { startDate: '2024-03-01', endDate: '2024-03-02', personTimes: 3 }),
    moved,
    voided,
    activity(Q, { startDate: '2024-12-01', endDate: '2024-12-01', personTimes: 7 }),
    activity(S, { startDate: '2025-01-01', endDate: '2025-01-01', personTimes: 9 }),
  ];
  const shown = (months: { month: number; count: number; personTimes: number }[]) => months.filter((m) => m.count > 0).map((m) => [m.month, m.count, m.personTimes]);

  beforeAll(() =>
    project(
      ...events,
      { type: 'VolunteerActivityVoided', data: { activityId: voided.data.activityId, reason: '重复录入' } },
      // A correction moves the activity to the month of its new date.
      { type: 'VolunteerActivityCorrected', data: { activityId: moved.data.activityId, changes: { startDate: '2024-05-05', endDate: '2024-05-05' }, reason: '日期有误' } },
    ),
  );

  it('lists every month of the year with the activities that count and their 人次, by start date', async () => {
    const months = await ledgers.volunteerActivityMonths({ year: 2024, scope: undefined });
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(shown(months)).toEqual([
      [1, 1, 2],
      [3, 1, 3],
      [5, 1, 4],
      [12, 1, 7],
    ]);
    expect(months[1]).toEqual({ month: 2, count: 0, personTimes: 0 });
  });

  it('counts only the scope, its units included', async () => {
    expect(shown(await ledgers.volunteerActivityMonths({ year: 2024, scope: [P] }))).toEqual([
      [1, 1, 2],
      [3, 1, 3],
      [5, 1, 4],
    ]);
    expect(shown(await ledgers.volunteerActivityMonths({ year: 2024, scope: [Q] }))).toEqual([[12, 1, 7]]);
    // A record belongs to the year of its own date.
    expect(shown(await ledgers.volunteerActivityMonths({ year: 2025, scope: undefined }))).toEqual([[1, 1, 9]]);
  });

  it('refuses a year outside the ledgers’ range', async () => {
    await expect(ledgers.volunteerActivityMonths({ year: 1999, scope: undefined })).rejects.toMatchObject({ issues: [{ field: 'filter.year' }] });
  });
});

describe('volunteerActivities', () => {
  const a = {
    late: activity(S, { title: '学雷锋志愿服务', site: '枫林路营业厅', startDate: '2023-03-05', endDate: '2023-03-05', organizerPath: ['南区局', '公客综合党支部', '康健支局'] }),
    early: activity(P, { title: 'Hello老友亭 反诈宣传', site: '徐家汇', startDate: '2023-03-01', endDate: '2023-03-02', program: 'ANTI_FRAUD' }),
    sameDayFirst: activity(Q, { title: '社区义诊', site: '田林', startDate: '2023-03-03', endDate: '2023-03-03' }),
    sameDaySecond: activity(S, { title: '图书义卖', site: '康健', startDate: '2023-03-03', endDate: '2023-03-03', charitySales: { transactions: 28, amountFen: 560_50, recipient: '红十字会' } }),
    voided: activity(S, { title: '重复的一条', site: '枫林', startDate: '2023-03-04', endDate: '2023-03-04' }),
    otherYear: activity(S, { startDate: '2022-12-31', endDate: '2022-12-31' }),
  };
  const id = (x: { data: { activityId: string } }) => x.data.activityId;

  beforeAll(() =>
    project(...Object.values(a), { type: 'VolunteerActivityVoided', data: { activityId: id(a.voided), reason: '重复录入' } }),
  );

  it('lists the year by date, then in recorded order, with the total; voided records left out', async () => {
    const page = await ledgers.volunteerActivities(year2023());
    expect(page.edges.map((e) => e.node.id)).toEqual([id(a.early), id(a.sameDayFirst), id(a.sameDaySecond), id(a.late)]);
    expect(page).toMatchObject({ totalCount: 4, hasNextPage: false });
    expect(page.endCursor).toBe(page.edges.at(-1)?.cursor);
  });

  it('pages with opaque cursors: every record once, in the same order, the total on every page', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await ledgers.volunteerActivities(year2023({ includeVoided: true }), { first: 2, ...(after === undefined ? {} : { after }) });
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.hasNextPage) break;
      after = page.endCursor ?? undefined;
    }
    expect(seen).toEqual([id(a.early), id(a.sameDayFirst), id(a.sameDaySecond), id(a.voided), id(a.late)]);
    const all: string[] = [];
    for await (const row of eachLedgerRow((page) => ledgers.volunteerActivities(year2023({ includeVoided: true }), page))) all.push(row.id);
    expect(all).toEqual(seen);
  });

  it('exports the whole year as the pages list it (voided left out, same order, same scope), a read at a time', async () => {
    const paged = async (filter: LedgerFilter) => {
      const ids: string[] = [];
      for await (const row of eachLedgerRow((page) => ledgers.volunteerActivities(filter, page))) ids.push(row.id);
      return ids;
    };
    for (const filter of [year2023(), year2023({ scope: [P] }), year2023({ scope: [Q] })]) {
      const exported: string[] = [];
      for await (const page of ledgers.exportRows('activities', filter)) exported.push(...page.map((row) => row.id));
      expect(exported).toEqual(await paged(filter));
    }
    const [first] = await (async () => {
      for await (const page of ledgers.exportRows('activities', year2023())) return page;
      return [];
    })();
    expect(first).toMatchObject({ id: id(a.early), title: 'Hello老友亭 反诈宣传', recordedBy: expect.any(String) });
  });

  it('keeps what a person recognises a record by: names as recorded, figures, who recorded it and when, the void', async () => {
    const [row] = (await ledgers.volunteerActivities(year2023({ search: '图书' }))).edges.map((e) => e.node);
    expect(row).toMatchObject({
      organizerId: S,
      title: '图书义卖',
      startDate: '2023-03-03',
      endDate: '2023-03-03',
      charitySalesTransactions: 28,
      charitySalesAmountFen: 560_50,
      charitySalesRecipient: '红十字会',
      recordedBy: 'test',
      recordedAt: '2023-03-06T01:02:03.000Z',
      correctedAt: null,
      voided: false,
    });
    expect(row?.recordedPosition).toBeGreaterThan(0);
    const voided = (await ledgers.volunteerActivities(year2023({ includeVoided: true, search: '重复' }))).edges[0]?.node;
    expect(voided).toMatchObject({ voided: true, voidReason: '重复录入', voidedAt: '2023-03-06T01:02:03.000Z' });
  });

  it('limits to the units in scope, descendants included, and to a programme', async () => {
    const ids = async (filter: Partial<LedgerFilter> & { program?: string }) => (await ledgers.volunteerActivities(year2023(filter))).edges.map((e) => e.node.id);
    expect(await ids({ scope: [P] })).toEqual([id(a.early), id(a.sameDaySecond), id(a.late)]);
    expect(await ids({ scope: [S] })).toEqual([id(a.sameDaySecond), id(a.late)]);
    expect(await ids({ scope: [Q, S] })).toEqual([id(a.sameDayFirst), id(a.sameDaySecond), id(a.late)]);
    expect(await ids({ scope: [U] })).toEqual([]);
    expect(await ids({ program: 'ANTI_FRAUD' })).toEqual([id(a.early)]);
    expect((await ledgers.volunteerActivities({ year: 2022, scope: [B] })).edges.map((e) => e.node.id)).toEqual([id(a.otherYear)]);
  });

  it('searches titles and sites, case- and width-insensitive, one character or several', async () => {
    const ids = async (search: string) => (await ledgers.volunteerActivities(year2023({ search }))).edges.map((e) => e.node.id);
    expect(await ids('枫林路')).toEqual([id(a.late)]);
    expect(await ids('ＨＥＬＬＯ老友')).toEqual([id(a.early)]);
    expect(await ids('义')).toEqual([id(a.sameDayFirst), id(a.sameDaySecond)]);
    expect(await ids('不存在的活动')).toEqual([]);
    expect(await ids('   ')).toHaveLength(4);
    // Not across two texts: the title's end and the site's start are not one word.
    expect(await ids('服务枫林')).toEqual([]);
  });

  it('a record moved to another unit by a correction shows under its new owner, with its new path and correction time', async () => {
    const moved = activity(Q, { title: '挪走的活动', startDate: '2023-06-01', endDate: '2023-06-01' });
    await project(moved);
    const fix = await appendAll(h.store, [{ type: 'VolunteerActivityCorrected', data: { activityId: id(moved), changes: { organizerId: S, organizerPath: ['南区局', '公客综合党支部', '康健支局'] }, reason: '组织单位录错' } }], '2023-06-02T00:00:00.000Z');
    // Up to the correction: $all readers see it once every older transaction of the cluster has ended.
    await h.projector().catchUp(fix?.lastPosition);
    const search = '挪走';
    expect((await ledgers.volunteerActivities(year2023({ scope: [Q], search }))).totalCount).toBe(0);
    const [row] = (await ledgers.volunteerActivities(year2023({ scope: [P], search }))).edges.map((e) => e.node);
    expect(row).toMatchObject({ organizerId: S, organizerPath: ['南区局', '公客综合党支部', '康健支局'], correctedAt: '2023-06-02T00:00:00.000Z' });
  });

  it('refuses a cursor it did not make and a page size out of range, naming the field', async () => {
    await expect(ledgers.volunteerActivities(year2023(), { after: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({ constructor: ValidationError, issues: [{ field: 'after' }] });
    await expect(ledgers.volunteerActivities(year2023(), { first: 201 })).rejects.toMatchObject({ issues: [{ field: 'first' }] });
    await expect(ledgers.volunteerActivities(year2023(), { first: 0 })).rejects.toMatchObject({ issues: [{ field: 'first' }] });
    await expect(ledgers.volunteerActivities({ year: 1999, scope: undefined })).rejects.toMatchObject({ issues: [{ field: 'filter.year' }] });
  });
});

describe('the other paged ledgers', () => {
  it('agreements: those active in the year, by signing date; partners are searched', async () => {
    const older = agreement(S, ['长丰坊居委'], { signedOn: '2021-05-01', validUntil: '2023-02-28' });
    const ended = agreement(S, ['寿益坊居委'], { signedOn: '2021-01-01', validUntil: '2022-12-31' });
    const open = agreement(Q, ['千鹤六居委', '虹南居委'], { signedOn: '2023-04-01' });
    const terminated = agreement(S, ['康乐小区居委'], { signedOn: '2022-01-01' });
    await project(older, ended, open, terminated, { type: 'CoBuildingAgreementTerminated', data: { agreementId: terminated.data.agreementId, terminatedOn: '2022-12-01', reason: '居委合并' } });
    const page = await ledgers.coBuildingAgreements(year2023());
    expect(page.edges.map((e) => e.node.id)).toEqual([older.data.agreementId, open.data.agreementId]);
    expect(page.edges[1]?.node).toMatchObject({ partnerNames: ['千鹤六居委', '虹南居委'], partnerKinds: ['RESIDENTS_COMMITTEE', 'RESIDENTS_COMMITTEE'], commitments: ['共建'] });
    expect((await ledgers.coBuildingAgreements(year2023({ search: '虹南' }))).edges.map((e) => e.node.id)).toEqual([open.data.agreementId]);
    expect((await ledgers.coBuildingAgreements({ year: 2022, scope: [S] })).edges.map((e) => e.node.id)).toEqual([ended.data.agreementId, older.data.agreementId, terminated.data.agreementId]);
  });

  it('relief grants and exam shifts: the year, scope, corrections and voids', async () => {
    const g1 = reliefGrant(D, { grantedOn: '2023-01-16', unionPath: ['南区局', '南区局工会', '综合部工会'] });
    const g2 = reliefGrant(U, { grantedOn: '2023-01-10' });
    const x = examShift(S, { examName: '春季高考（语文）', site: '南洋模范中学', examDate: '2023-01-07' });
    await project(g1, g2, x, { type: 'ReliefGrantCorrected', data: { grantId: g2.data.grantId, changes: { amountFen: 200_00 }, reason: '金额' } }, { type: 'ExamSentinelShiftVoided', data: { shiftId: x.data.shiftId, reason: '作废' } });
    expect((await ledgers.reliefGrants(year2023({ scope: [U] }))).edges.map((e) => [e.node.id, e.node.amountFen, e.node.correctedAt !== null])).toEqual([
      [g2.data.grantId, 200_00, true],
      [g1.data.grantId, 100_00, false],
    ]);
    expect((await ledgers.reliefGrants(year2023({ scope: [D], search: '综合部' }))).edges.map((e) => e.node.id)).toEqual([g1.data.grantId]);
    expect((await ledgers.examSentinelShifts(year2023())).totalCount).toBe(0);
    expect((await ledgers.examSentinelShifts(year2023({ includeVoided: true, search: '南洋' }))).edges.map((e) => e.node.voidReason)).toEqual(['作废']);
  });
});

describe('donationCampaigns', () => {
  const c = campaign(U, { name: '2023年爱心一日捐', organizerPath: ['南区局', '南区局工会'] });
  const mine = donation(c.data.campaignId, D, { unionPath: ['南区局', '南区局工会', '综合部工会'], receivedOn: '2023-05-20' });
  const theirs = donation(c.data.campaignId, U, { receivedOn: '2023-05-10' });
  const voidedDonation = donation(c.data.campaignId, D, { receivedOn: '2023-05-11' });
  const duplicate = campaign(U, { name: '重复发起的活动' });
  const dupDonation = donation(duplicate.data.campaignId, D);

  beforeAll(() =>
    project(
      c,
      mine,
      theirs,
      voidedDonation,
      { type: 'UnionDonationVoided', data: { campaignId: c.data.campaignId, donationId: voidedDonation.data.donationId, reason: '重复录入' } },
      duplicate,
      dupDonation,
      { type: 'UnionDonationVoided', data: { campaignId: duplicate.data.campaignId, donationId: dupDonation.data.donationId, reason: '重复发起' } },
      { type: 'DonationCampaignVoided', data: { campaignId: duplicate.data.campaignId, reason: '重复发起' } },
    ),
  );

  const listed = async (filter: Partial<LedgerFilter>) =>
    (await ledgers.donationCampaigns(year2023(filter))).map((e) => [e.campaign.id, e.donations.map((d) => d.id)]);

  it("the organizer's scope sees every donation; a department union's scope only its own", async () => {
    expect(await listed({ scope: [U] })).toEqual([[c.data.campaignId, [theirs.data.donationId, mine.data.donationId]]]);
    expect(await listed({ scope: [D] })).toEqual([[c.data.campaignId, [mine.data.donationId]]]);
    expect(await listed({ scope: [S] })).toEqual([]);
  });

  it('voided campaigns and donations only when asked for, with their reasons', async () => {
    const all = await ledgers.donationCampaigns(year2023({ includeVoided: true }));
    expect(all.map((e) => [e.campaign.name, e.campaign.voided, e.donations.length])).toEqual([
      ['2023年爱心一日捐', false, 3],
      ['重复发起的活动', true, 1],
    ]);
    expect(all[1]?.campaign.voidReason).toBe('重复发起');
  });

  it("searches the campaign's name (all its donations) or a donating union's name (those donations)", async () => {
    expect(await listed({ search: '爱心' })).toEqual([[c.data.campaignId, [theirs.data.donationId, mine.data.donationId]]]);
    expect(await listed({ search: '综合部' })).toEqual([[c.data.campaignId, [mine.data.donationId]]]);
    expect(await listed({ search: '没有这个' })).toEqual([]);
  });

  it('exports the donations the listing shows, each beside its campaign, in its order, for each scope', async () => {
    for (const scope of [[U], [D], [S], undefined]) {
      const exported: string[][] = [];
      for await (const batch of ledgers.exportDonations(year2023({ scope }))) exported.push(...batch.map((r) => [r.campaign.id, r.donation.id]));
      const expected = (await ledgers.donationCampaigns(year2023({ scope }))).flatMap((e) => e.donations.map((d) => [e.campaign.id, d.id]));
      expect(exported).toEqual(expected);
    }
    for await (const [first] of ledgers.exportDonations(year2023({ scope: [U] }))) expect(first).toMatchObject({ campaign: { name: '2023年爱心一日捐' }, donation: { id: theirs.data.donationId, voided: false } });
  });
});

describe('booths', () => {
  it('the booths open in the year, each with the sessions of that year', async () => {
    const b = booth(S, { name: '枫林Hello老友亭', openedOn: '2022-09-01' });
    const closed = booth(S, { name: '已撤的亭', openedOn: '2021-01-01' });
    const s22 = session(b.data.boothId, { date: '2022-10-01' });
    const s23 = session(b.data.boothId, { date: '2023-07-04' });
    const s23void = session(b.data.boothId, { date: '2023-07-11' });
    await project(b, closed, s22, s23, s23void, { type: 'BoothSessionVoided', data: { boothId: b.data.boothId, sessionId: s23void.data.sessionId, reason: '重复' } }, { type: 'BoothClosed', data: { boothId: closed.data.boothId, closedOn: '2022-06-30' } });
    const entries = await ledgers.booths(year2023({ scope: [P] }));
    expect(entries.map((e) => [e.booth.name, e.sessions.map((s) => s.id)])).toEqual([['枫林Hello老友亭', [s23.data.sessionId]]]);
    expect((await ledgers.booths(year2023({ includeVoided: true, search: 'hello' })))[0]?.sessions.map((s) => s.voided)).toEqual([false, true]);
    expect(await ledgers.booths(year2023({ scope: [Q] }))).toEqual([]);
    const exported = async (scope: readonly string[]) => {
      const rows: [string, string][] = [];
      for await (const batch of ledgers.exportBoothSessions(year2023({ scope }))) rows.push(...batch.map((r): [string, string] => [r.booth.name, r.session.id]));
      return rows;
    };
    expect(await exported([P])).toEqual([['枫林Hello老友亭', s23.data.sessionId]]);
    expect(await exported([Q])).toEqual([]);
  });
});

describe('lookAlikes', () => {
  it('finds records kept with the same unit, date and facts, naming them; never the record itself or a voided one', async () => {
    const kept = activity(S, { title: '助老数字课堂', site: '康健社区文化中心', startDate: '2023-08-08', endDate: '2023-08-08' });
    const gone = activity(S, { title: '助老数字课堂', site: '康健社区文化中心', startDate: '2023-08-08', endDate: '2023-08-08' });
    const again = activity(S, { title: ' 助老数字课堂', site: '康健社区文化中心', startDate: '2023-08-08', endDate: '2023-08-08' });
    await project(kept, gone, { type: 'VolunteerActivityVoided', data: { activityId: gone.data.activityId, reason: '重复' } }, again);
    const candidate = { kind: 'activities' as const, organizerId: S, startDate: '2023-08-08', title: '助老数字课堂', site: '康健社区文化中心' };
    expect(await ledgers.lookAlikesOf(candidate, again.data.activityId)).toEqual([
      { kind: 'activities', id: kept.data.activityId, date: candidate.startDate, year: 2023, warning: expect.stringContaining(`编号 ${kept.data.activityId}`) },
    ]);
    const [first, second, third] = await ledgers.lookAlikes([candidate, { ...candidate, site: '别处' }, { kind: 'reliefGrants', unionId: D, grantedOn: '2023-01-16', amountFen: 100_00 }]);
    expect(first?.map((l) => l.id).sort()).toEqual([kept.data.activityId, again.data.activityId].sort());
    expect(second).toEqual([]);
    expect(third?.map((l) => l.kind)).toEqual(['reliefGrants']);
    expect(third?.[0]?.warning).toMatch(/^与已登记的帮困记录相似：2023-01-16 综合部工会 100\.00 元/);
  });

  it("names the year a look-alike is listed in: a campaign's own, for it and its donations, whatever their dates", async () => {
    const late = campaign(U, { name: '2023年爱心一日捐（补）', year: 2023, launchedOn: '2024-01-08' });
    const given = donation(late.data.campaignId, D, { receivedOn: '2024-01-15', amountFen: 321_00 });
    await project(late, given);
    const [campaigns, donations] = await ledgers.lookAlikes([
      { kind: 'campaigns', organizerId: U, launchedOn: '2024-01-08', name: '2023年爱心一日捐（补）' },
      { kind: 'donations', campaignId: late.data.campaignId, unionId: D, receivedOn: '2024-01-15', amountFen: 321_00 },
    ]);
    expect(campaigns).toMatchObject([{ kind: 'campaigns', id: late.data.campaignId, date: '2024-01-08', year: 2023 }]);
    expect(donations).toMatchObject([{ kind: 'donations', id: given.data.donationId, date: '2024-01-15', year: 2023 }]);
  });
});

describe('a generation that predates the ledgers', () => {
  it('answers that the ledgers are being rebuilt until the upgrade switches, then answers in full', async () => {
    const [pointer] = (await h.dataSource.query(`SELECT generation FROM public.projection_active_generation`)) as { generation: number }[];
    const s = `"${generationSchema(pointer?.generation ?? NaN)}"`;
    await h.dataSource.query(`INSERT INTO ${s}.stream_years (year, stream_id) VALUES ($1, '')`, [INCOMPLETE_STREAM_INDEX_YEAR]);
    await expect(ledgers.volunteerActivities(year2023())).rejects.toBeInstanceOf(LedgerRebuildingError);
    await expect(ledgers.donationCampaigns(year2023())).rejects.toThrow('台账正在随系统升级重建');
    // Rows from before the migration hold NULL in the columns it added; the live projector still corrects them.
    const old = activity(S, { title: '升级前的活动', startDate: '2023-09-09', endDate: '2023-09-09' });
    await project(old);
    const added = ['organizer_path', 'end_date', 'time_basis', 'search_text', 'recorded_position', 'recorded_at', 'recorded_by'];
    await h.dataSource.query(`ALTER TABLE ${s}.volunteer_activities ${added.map((c) => `ALTER COLUMN ${c} DROP NOT NULL`).join(', ')}`);
    await h.dataSource.query(`UPDATE ${s}.volunteer_activities SET ${added.map((c) => `${c} = NULL`).join(', ')} WHERE id = $1`, [old.data.activityId]);
    await project({ type: 'VolunteerActivityCorrected', data: { activityId: old.data.activityId, changes: { personTimes: 3 }, reason: '人次' } });
    expect((await h.projector().status()).state).not.toBe('FAILED');
    expect(await h.projector().upgrade()).toBeDefined();
    expect((await ledgers.volunteerActivities(year2023({ search: '升级前' }))).edges[0]?.node).toMatchObject({ personTimes: 3, endDate: '2023-09-09', recordedBy: 'test' });
    const page = await ledgers.volunteerActivities(year2023({ search: '图书' }));
    expect(page.edges[0]?.node).toMatchObject({ title: '图书义卖', recordedBy: 'test', recordedAt: '2023-03-06T01:02:03.000Z' });
  });
});
