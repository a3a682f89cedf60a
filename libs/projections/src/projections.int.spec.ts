// Given events, then rows and totals, against real Postgres (STYLE §8).
import type { DomainEvent } from '@tracker/domain';
import { START_OF_LOG } from '@tracker/event-store';
import { INCOMPLETE_STREAM_INDEX_YEAR } from './postgres/migrations';
import { totalsFromRows } from './read-model/totals';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import { activity, agreement, appendAll, booth, campaign, donation, examShift, newId, orgUnit, reliefGrant, session, toNewEvent } from './testing/test-events';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

// One org tree for the file: bureau → (union U, branch P → sub-bureau S), branch Q.
const B = newId();
const U = newId();
const P = newId();
const S = newId();
const Q = newId();

async function project(...events: DomainEvent[]): Promise<void> {
  const written = await appendAll(h.store, events);
  await h.projector().catchUp(written?.lastPosition);
}

describe('given events, then totals', () => {
  beforeAll(() => project(orgUnit(B, '南区局', 'BUREAU'), orgUnit(U, '工会', 'UNION', B), orgUnit(P, '党支部', 'PARTY_BRANCH', B), orgUnit(S, '康健支局', 'SUB_BUREAU', P), orgUnit(Q, '公客', 'PARTY_BRANCH', B)));

  it('volunteer activities: corrections and voids keep distinct sites, subdistricts and items exact', async () => {
    const a1 = activity(S, { site: '枫林', subdistrict: '枫林', serviceItems: ['套餐解读', '反诈骗宣传'], personTimes: 5, volunteerHoursHundredths: 150, beneficiaries: 20 });
    const a2 = activity(P, { site: ' 天平 ', subdistrict: '天平', serviceItems: ['反诈骗宣传'], personTimes: 3, charitySales: { transactions: 28, amountFen: 560_50, recipient: '红十字会' } });
    const a3 = activity(Q, { program: 'ANTI_FRAUD', site: '枫林', personTimes: 2, startDate: '2022-12-31', endDate: '2022-12-31' });
    await project(a1, a2, a3);
    let s = await h.queries.section(2023);
    expect(s.volunteering.activities).toEqual({
      count: 2,
      personTimes: 8,
      volunteerHours: '1.50',
      sites: 2,
      subdistricts: ['天平', '枫林'].sort(),
      serviceItems: ['反诈骗宣传', '套餐解读'].sort(),
      beneficiaries: 20,
      charitySalesCount: 28,
      charitySalesAmount: '560.50',
      byProgram: [{ program: 'LEI_FENG', count: 2, personTimes: 8, sites: 2, subdistricts: ['天平', '枫林'].sort(), serviceItems: ['反诈骗宣传', '套餐解读'].sort() }],
    });
    // a3 moves into 2023 at a site already counted; a2 is voided: 天平 and its items disappear.
    await project(
      { type: 'VolunteerActivityCorrected', data: { activityId: a3.data.activityId, changes: { startDate: '2023-01-02', endDate: '2023-01-02' }, reason: '录入错误' } },
      { type: 'VolunteerActivityVoided', data: { activityId: a2.data.activityId, reason: '重复' } },
      { type: 'VolunteerActivityCorrected', data: { activityId: a1.data.activityId, changes: { subdistrict: null, volunteerHoursHundredths: 275 }, reason: '更正' } },
    );
    s = await h.queries.section(2023);
    expect(s.volunteering.activities).toMatchObject({ count: 2, personTimes: 7, volunteerHours: '2.75', sites: 1, subdistricts: [], charitySalesCount: 0, charitySalesAmount: '0.00' });
    expect(s.volunteering.activities.byProgram).toEqual([
      { program: 'LEI_FENG', count: 1, personTimes: 5, sites: 1, subdistricts: [], serviceItems: ['反诈骗宣传', '套餐解读'].sort() },
      { program: 'ANTI_FRAUD', count: 1, personTimes: 2, sites: 1, subdistricts: [], serviceItems: [] },
    ]);
    expect((await h.queries.section(2022)).volunteering.activities.count).toBe(0);
    // Scope: P includes its sub-bureau S; Q alone has only a3.
    expect((await h.queries.section(2023, [P])).volunteering.activities.personTimes).toBe(5);
    expect((await h.queries.section(2023, [Q])).volunteering.activities.personTimes).toBe(2);
    expect((await h.queries.section(2023, [S, Q])).volunteering.activities.personTimes).toBe(7);
  });

  it('relief grants: corrections move years, voids drop out', async () => {
    const g1 = reliefGrant(U, { amountFen: 500_00, personTimes: 2 });
    const g2 = reliefGrant(U, { amountFen: 300_00, personTimes: 1 });
    const g3 = reliefGrant(U, { amountFen: 100_00, personTimes: 1, grantedOn: '2024-01-03' });
    await project(g1, g2, g3);
    expect((await h.queries.section(2023)).charity.relief).toEqual({ personTimes: 3, amount: '800.00' });
    await project(
      { type: 'ReliefGrantCorrected', data: { grantId: g3.data.grantId, changes: { grantedOn: '2023-12-30', amountFen: 123_45 }, reason: '日期' } },
      { type: 'ReliefGrantVoided', data: { grantId: g2.data.grantId, reason: '作废' } },
    );
    expect((await h.queries.section(2023)).charity.relief).toEqual({ personTimes: 3, amount: '623.45' });
    expect((await h.queries.section(2024)).charity.relief).toEqual({ personTimes: 0, amount: '0.00' });
  });

  it('exam sentinel: distinct exams (name + date) and sites under corrections and voids', async () => {
    const e1 = examShift(P, { examName: '春季高考', examDate: '2023-01-07', site: '甲', supporters: 4 });
    const e2 = examShift(P, { examName: '春季高考', examDate: '2023-01-07', site: '乙', supporters: 3 });
    const e3 = examShift(S, { examName: '中职考试', examDate: '2023-12-16', site: '甲', supporters: 2 });
    await project(e1, e2, e3);
    expect((await h.queries.section(2023)).volunteering.examSentinel).toEqual({ exams: 2, sites: 2, supports: 9 });
    await project(
      { type: 'ExamSentinelShiftCorrected', data: { shiftId: e2.data.shiftId, changes: { examDate: '2023-01-08', site: '甲' }, reason: '日期' } },
      { type: 'ExamSentinelShiftVoided', data: { shiftId: e3.data.shiftId, reason: '取消' } },
    );
    expect((await h.queries.section(2023)).volunteering.examSentinel).toEqual({ exams: 2, sites: 1, supports: 7 });
  });

  it('agreements: signed in year, active in year, distinct partners of active ones', async () => {
    const k1 = agreement(S, ['长丰坊', '上师大新村', '寿益坊', '康乐小区'], { signedOn: '2023-03-01' });
    const k2 = agreement(Q, ['千鹤六居委', '虹南居委', '长丰坊'], { signedOn: '2021-05-01', validUntil: '2022-12-31' });
    const k3 = agreement(Q, ['虹南居委'], { signedOn: '2022-06-01' });
    await project(k1, k2, k3);
    expect((await h.queries.section(2023)).volunteering.agreements).toEqual({ signed: 1, active: 2, partners: 5 });
    expect((await h.queries.section(2022)).volunteering.agreements).toEqual({ signed: 1, active: 2, partners: 3 });
    await project(
      { type: 'CoBuildingAgreementRenewed', data: { agreementId: k2.data.agreementId, validUntil: '2024-12-31' } },
      { type: 'CoBuildingAgreementTerminated', data: { agreementId: k3.data.agreementId, terminatedOn: '2022-12-31', reason: '到期' } },
    );
    expect((await h.queries.section(2023)).volunteering.agreements).toEqual({ signed: 1, active: 2, partners: 6 });
    expect((await h.queries.section(2023, [Q])).volunteering.agreements).toEqual({ signed: 0, active: 1, partners: 3 });
  });

  it('campaigns: own year, all donations at corrected values, distinct unions; scope by organizer or donor', async () => {
    const U2 = newId();
    await project(orgUnit(U2, '部门工会', 'UNION', P));
    const c = campaign(U, { name: '2023爱心一日捐', year: 2023, launchedOn: '2023-05-01' });
    const d1 = donation(c.data.campaignId, U2, { amountFen: 20000_00, donorCount: 150, receivedOn: '2024-01-05' });
    const d2 = donation(c.data.campaignId, U2, { amountFen: 1620_00, donorCount: 8 });
    const d3 = donation(c.data.campaignId, U, { amountFen: 20000_00, donorCount: 200 });
    await project(c, d1, d2, d3, { type: 'UnionDonationCorrected', data: { campaignId: c.data.campaignId, donationId: d3.data.donationId, amountFen: 19999_00, reason: '更正' } });
    const all = await h.queries.section(2023);
    expect(all.charity.campaigns).toEqual([{ campaignId: c.data.campaignId, name: '2023爱心一日捐', amount: '41619.00', donorCount: 358, unionCount: 2 }]);
    expect(all.charity.donatedTotal).toBe('41619.00');
    // The department union sees only its own donations; the organizer sees all of them.
    expect((await h.queries.section(2023, [P])).charity.campaigns).toEqual([{ campaignId: c.data.campaignId, name: '2023爱心一日捐', amount: '21620.00', donorCount: 158, unionCount: 1 }]);
    expect((await h.queries.section(2023, [U])).charity.donatedTotal).toBe('41619.00');
    expect((await h.queries.section(2023, [Q])).charity.campaigns).toEqual([]);
    expect((await h.queries.section(2024)).charity.campaigns).toEqual([]);
  });

  it('booths: booths with a session in the year, sessions, people served, volunteer person-times', async () => {
    const b1 = booth(S);
    const b2 = booth(Q, { kind: 'LEI_FENG_KIOSK', name: '雷锋亭' });
    const s1 = session(b1.data.boothId, { volunteers: 2, peopleServed: 10 });
    const s2 = session(b1.data.boothId, { date: '2023-07-11', volunteers: 3, peopleServed: 7 });
    const s3 = session(b2.data.boothId, { date: '2023-08-01', volunteers: 1, peopleServed: 4 });
    await project(b1, b2, s1, s2, s3);
    expect((await h.queries.section(2023)).volunteering.booths).toEqual({ booths: 2, sessions: 3, peopleServed: 21, volunteerPersonTimes: 6 });
    await project({ type: 'BoothSessionVoided', data: { boothId: b2.data.boothId, sessionId: s3.data.sessionId, reason: '未开放' } });
    expect((await h.queries.section(2023)).volunteering.booths).toEqual({ booths: 1, sessions: 2, peopleServed: 17, volunteerPersonTimes: 5 });
    expect((await h.queries.section(2023, [P])).volunteering.booths.booths).toBe(1);
  });

  it('SQL totals equal the in-memory fold of the same events, for every year and scope', async () => {
    const rows = await h.queries.rowsAsOf(new Date('2999-01-01'));
    for (const year of [2021, 2022, 2023, 2024]) {
      for (const scope of [undefined, [B], [P], [Q], [U], [S, Q], [newId()]]) {
        expect(await h.queries.section(year, scope)).toEqual(totalsFromRows(rows, year, scope));
      }
    }
  });

  it('rows hold the current state of each record', async () => {
    const a = activity(S, { site: '  徐家汇 ', serviceItems: [' 套餐解读'] });
    await project(a, { type: 'VolunteerActivityVoided', data: { activityId: a.data.activityId, reason: 'x' } });
    const [pointer] = (await h.dataSource.query(`SELECT generation FROM projection_active_generation`)) as { generation: number }[];
    const rows = (await h.dataSource.query(`SELECT site, service_items, voided, year FROM read_model_g${pointer?.generation}.volunteer_activities WHERE id = $1`, [
      a.data.activityId,
    ])) as unknown[];
    expect(rows).toEqual([{ site: '徐家汇', service_items: ['套餐解读'], voided: true, year: 2023 }]);
  });
});

describe('asOf', () => {
  it('folds only events recorded up to the instant', async () => {
    const unit = newId();
    await appendAll(h.store, [orgUnit(unit, '衡复支局', 'SUB_BUREAU', B)], '2023-01-01T00:00:00.000Z');
    const a = activity(unit, { startDate: '2021-05-12', endDate: '2021-05-12', personTimes: 30 });
    await appendAll(h.store, [a], '2023-05-12T08:00:00.000Z');
    const written = await appendAll(h.store, [{ type: 'VolunteerActivityCorrected', data: { activityId: a.data.activityId, changes: { personTimes: 31 }, reason: '补录' } }], '2023-06-01T08:00:00.000Z');
    await h.projector().catchUp(written?.lastPosition);
    const at = (iso: string) => h.queries.sectionAsOf(2021, [unit], new Date(iso));
    expect((await at('2023-05-01T00:00:00Z')).volunteering.activities.personTimes).toBe(0);
    expect((await at('2023-05-12T08:00:00Z')).volunteering.activities.personTimes).toBe(30);
    expect((await at('2023-07-01T00:00:00Z')).volunteering.activities.personTimes).toBe(31);
    expect((await h.queries.section(2021, [unit])).volunteering.activities.personTimes).toBe(31);
  });

  it('reads the streams of every year a record was in, and whatever the projector has not reached yet', async () => {
    const unit = newId();
    await appendAll(h.store, [orgUnit(unit, '田林支局', 'SUB_BUREAU', B)], '2023-01-01T00:00:00.000Z');
    const moved = activity(unit, { startDate: '2021-03-05', endDate: '2021-03-05', personTimes: 12 });
    await appendAll(h.store, [moved], '2023-03-05T08:00:00.000Z');
    const fix = { type: 'VolunteerActivityCorrected', data: { activityId: moved.data.activityId, changes: { startDate: '2022-03-05', endDate: '2022-03-05' }, reason: '日期有误' } } as const;
    const written = await appendAll(h.store, [fix], '2023-04-01T08:00:00.000Z');
    await h.projector().catchUp(written?.lastPosition);
    const at = (year: number, iso: string) => h.queries.sectionAsOf(year, [unit], new Date(iso));
    // Before the correction the activity was in 2021; after it, in 2022.
    expect((await at(2021, '2023-03-10T00:00:00Z')).volunteering.activities.personTimes).toBe(12);
    expect((await at(2022, '2023-03-10T00:00:00Z')).volunteering.activities.personTimes).toBe(0);
    expect((await at(2021, '2023-05-01T00:00:00Z')).volunteering.activities.personTimes).toBe(0);
    expect((await at(2022, '2023-05-01T00:00:00Z')).volunteering.activities.personTimes).toBe(12);

    // Written but not projected yet: still counted by asOf (the tail after the checkpoint).
    const late = activity(unit, { startDate: '2022-06-01', endDate: '2022-06-01', personTimes: 5 });
    const tail = await appendAll(h.store, [late], '2023-06-01T08:00:00.000Z');
    while ((await h.store.headPosition()) < (tail?.lastPosition.globalPosition ?? 0n)) await new Promise((r) => setTimeout(r, 10));
    expect((await h.queries.section(2022, [unit])).volunteering.activities.personTimes).toBe(12);
    expect((await at(2022, '2023-07-01T00:00:00Z')).volunteering.activities.personTimes).toBe(17);
    await h.projector().catchUp(tail?.lastPosition);
    expect((await at(2022, '2023-07-01T00:00:00Z')).volunteering.activities.personTimes).toBe(17);
  });

  it('a generation projected before the stream/year index existed folds the whole log, with the same totals', async () => {
    const [pointer] = (await h.dataSource.query(`SELECT generation FROM public.projection_active_generation`)) as { generation: number }[];
    const s = `read_model_g${pointer?.generation}`;
    const expected = await h.queries.sectionAsOf(2022, undefined, new Date('2999-01-01'));
    expect(expected.volunteering.activities.count).toBeGreaterThan(0);
    // What migration 2 leaves in a generation that already had rows: the index is marked incomplete.
    await h.dataSource.query(`DELETE FROM ${s}.stream_years`);
    await h.dataSource.query(`INSERT INTO ${s}.stream_years (year, stream_id) VALUES ($1, '')`, [INCOMPLETE_STREAM_INDEX_YEAR]);
    try {
      expect(await h.queries.sectionAsOf(2022, undefined, new Date('2999-01-01'))).toEqual(expected);
    } finally {
      const report = await h.projector().rebuild();
      expect(report.events).toBeGreaterThan(0);
    }
    expect(await h.queries.sectionAsOf(2022, undefined, new Date('2999-01-01'))).toEqual(expected);
  });
});

describe('read your writes', () => {
  it('waitUntilPast resolves true once the live projector passes the write, false on timeout', async () => {
    const projector = h.projector();
    const head = await appendAll(h.store, [reliefGrant(U, { grantedOn: '2019-01-01' })]);
    const position = head?.lastPosition ?? START_OF_LOG;
    expect(await projector.waitUntilPast(position, 50)).toBe(false);
    await projector.start();
    // true: passed, not timed out (which answers false, as above).
    expect(await projector.waitUntilPast(position, 5_000)).toBe(true);
    const later = await appendAll(h.store, [reliefGrant(U, { grantedOn: '2019-01-02', amountFen: 7 })]);
    expect(await projector.waitUntilPast(later?.lastPosition ?? START_OF_LOG, 5_000)).toBe(true);
    expect((await h.queries.section(2019)).charity.relief.amount).toBe('100.07');
    const status = await projector.status();
    expect(status).toMatchObject({ name: 'community_responsibility', state: 'RUNNING', lag: 0, lastError: null });
    await projector.stop();
    expect((await projector.status()).state).toBe('STOPPED');
    // A position far ahead is never reached.
    expect(await projector.waitUntilPast({ transactionId: 10n ** 12n, globalPosition: 10n ** 12n }, 100)).toBe(false);
  });

  it('while this process projects, a checkpoint moved by another process still ends the wait', async () => {
    const projector = h.projector({ rowRecheckMs: 100 });
    await projector.start();
    const [row] = (await h.dataSource.query(
      `SELECT c.generation, c.position FROM projection_checkpoints c JOIN projection_active_generation g USING (name, generation)`,
    )) as { generation: number; position: string }[];
    const ahead = { transactionId: 10n ** 12n, globalPosition: 10n ** 12n };
    const waiting = projector.waitUntilPast(ahead, 5_000);
    // As another instance's commit (or a rebuild's switch) would: the shared row moves, no local commit happens.
    await h.dataSource.query(`UPDATE projection_checkpoints SET position = $2 WHERE generation = $1`, [row?.generation, `${ahead.transactionId}:${ahead.globalPosition}`]);
    try {
      expect(await waiting).toBe(true);
    } finally {
      await projector.stop();
      await h.dataSource.query(`UPDATE projection_checkpoints SET position = $2 WHERE generation = $1`, [row?.generation, row?.position]);
    }
  });
});

describe('poison events', () => {
  it('a throwing handler stops the projection FAILED, with the error, and never skips the event', async () => {
    const previous = await appendAll(h.store, [reliefGrant(U, { grantedOn: '2017-01-01' })]);
    const projector = h.projector({ batchSize: 3 });
    await projector.catchUp(previous?.lastPosition);
    const before = await projector.status();
    const good = reliefGrant(U, { grantedOn: '2018-01-01' });
    await appendAll(h.store, [good]);
    // A correction of a grant that was never recorded, then a valid event behind it.
    await h.store.appendToStream(`reliefgrant-${newId()}`, [toNewEvent({ type: 'ReliefGrantCorrected', data: { grantId: newId(), changes: { amountFen: 1 }, reason: 'x' } })], {
      expectedVersion: 'any',
    });
    await appendAll(h.store, [reliefGrant(U, { grantedOn: '2018-01-02' })]);
    await projector.start();
    for (let i = 0; i < 100 && (await projector.status()).state !== 'FAILED'; i += 1) await new Promise((r) => setTimeout(r, 20));
    const status = await projector.status();
    expect(status.state).toBe('FAILED');
    expect(status.lastError).toMatch(/^位置 \d+:\d+ 的事件 ReliefGrantCorrected（流 reliefgrant-[0-9a-f-]+，事件编号 [0-9a-f-]+）无法计入统计：统计数据中没有帮困记录 [0-9a-f-]+（事件涉及一条从未登记的记录）$/);
    // The batch holding the poison event rolled back as a whole: nothing after `before` counted.
    expect(status.checkpoint).toBe(before.checkpoint);
    expect((await h.queries.section(2018)).charity.relief.personTimes).toBe(0);
    expect(status.lag).toBeGreaterThan(0);
    await projector.stop();
    expect((await projector.status()).state).toBe('FAILED');
  });
});
