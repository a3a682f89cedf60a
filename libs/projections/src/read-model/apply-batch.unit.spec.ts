// Given rows and a batch of events, then rows, touched keys, totals delta and stream/year index:
// the projector's batch step without Postgres.
import type { DomainEvent } from '@tracker/domain';
import { activity, booth, campaign, donation, newId, orgUnit, reliefGrant, session, streamOf } from '../testing/test-events';
import { applyBatch, BatchEventError } from './apply-batch';
import type { BatchEvent } from './apply-batch';
import { ReadModelIntegrityError, rowKeysFor } from './apply-event';
import type { ReadModelRows } from './rows';
import { emptyRows } from './rows';
import { ANY_YEAR, COMPANY_WIDE, TotalsDelta } from './section-totals';
import { versionKey } from './versions';

const batchOf = (...events: DomainEvent[]): BatchEvent[] =>
  events.map((event, index) => ({ streamId: streamOf(event), event, meta: { position: index + 1, recordedAt: '2023-03-05T01:00:00.000Z', recordedBy: 'test' }, rowKeys: rowKeysFor(event) }));

/** The rows a batch of `events` leaves, applied to empty rows. */
const rowsAfter = (...events: DomainEvent[]): ReadModelRows => applyBatch(emptyRows(), batchOf(...events)).rows;

/** The unit's sum changes as `metric/subject=amount`, sorted. */
const sumsOf = (delta: TotalsDelta, unitId: string, year: number) =>
  delta
    .sumChanges()
    .filter((c) => c.key.unitId === unitId && c.key.year === year)
    .map((c) => `${c.key.metric}/${c.key.subject}=${c.amount}`)
    .sort();

const unit = newId();

describe('applyBatch', () => {
  it('creates rows, lists each written row once, and moves the totals and the index of the new records', () => {
    const a = activity(unit, { personTimes: 4, site: ' 枫林 ' });
    const g = reliefGrant(unit, { amountFen: 500_00, personTimes: 2 });
    const result = applyBatch(emptyRows(), batchOf(orgUnit(unit, '康健支局', 'SUB_BUREAU'), a, g));

    expect(result.rows.activities.get(a.data.activityId)).toMatchObject({ site: '枫林', personTimes: 4, year: 2023, voided: false });
    expect(result.rows.reliefGrants.get(g.data.grantId)).toMatchObject({ amountFen: 500_00, personTimes: 2, year: 2023 });
    expect(result.touched).toEqual([
      { table: 'orgUnits', id: unit },
      { table: 'activities', id: a.data.activityId },
      { table: 'reliefGrants', id: g.data.grantId },
    ]);
    expect(sumsOf(result.delta, unit, 2023)).toEqual([
      'activity.count/=1',
      'activity.person_times/=4',
      'program.count/LEI_FENG=1',
      'program.person_times/LEI_FENG=4',
      'relief.amount_fen/=50000',
      'relief.person_times/=2',
    ]);
    expect(sumsOf(result.delta, COMPANY_WIDE, 2023)).toEqual(sumsOf(result.delta, unit, 2023));
    expect(result.streamYears).toEqual([
      { year: ANY_YEAR, streamId: streamOf(orgUnit(unit, '康健支局')) },
      { year: 2023, streamId: streamOf(a) },
      { year: 2023, streamId: streamOf(g) },
    ]);
  });

  it('a correction moves a record between years: out of one, into the other, and its stream is indexed for the year it entered', () => {
    const a = activity(unit, { startDate: '2022-03-05', endDate: '2022-03-05', personTimes: 5 });
    const before = rowsAfter(a);
    const moved: DomainEvent = { type: 'VolunteerActivityCorrected', data: { activityId: a.data.activityId, changes: { startDate: '2023-01-02', endDate: '2023-01-02', personTimes: 6 }, reason: '日期' } };
    const result = applyBatch(before, batchOf(moved));

    expect(result.rows.activities.get(a.data.activityId)).toMatchObject({ startDate: '2023-01-02', year: 2023, personTimes: 6 });
    expect(sumsOf(result.delta, unit, 2022)).toEqual(['activity.count/=-1', 'activity.person_times/=-5', 'program.count/LEI_FENG=-1', 'program.person_times/LEI_FENG=-5']);
    expect(sumsOf(result.delta, unit, 2023)).toEqual(['activity.count/=1', 'activity.person_times/=6', 'program.count/LEI_FENG=1', 'program.person_times/LEI_FENG=6']);
    // 2022 was indexed when the activity was recorded; only the year it entered is new.
    expect(result.streamYears).toEqual([{ year: 2023, streamId: streamOf(a) }]);
  });

  it('a record changed twice in one batch is written once and moves the totals by its net change; a void takes it out', () => {
    const a = activity(unit, { personTimes: 2 });
    const fix = (personTimes: number): DomainEvent => ({ type: 'VolunteerActivityCorrected', data: { activityId: a.data.activityId, changes: { personTimes }, reason: '更正' } });
    const corrected = applyBatch(emptyRows(), batchOf(a, fix(3), fix(7)));
    expect(corrected.touched).toEqual([{ table: 'activities', id: a.data.activityId }]);
    expect(sumsOf(corrected.delta, unit, 2023)).toContain('activity.person_times/=7');

    const voided = applyBatch(corrected.rows, batchOf({ type: 'VolunteerActivityVoided', data: { activityId: a.data.activityId, reason: '重复' } }));
    expect(voided.rows.activities.get(a.data.activityId)?.voided).toBe(true);
    expect(sumsOf(voided.delta, unit, 2023)).toEqual(['activity.count/=-1', 'activity.person_times/=-7', 'program.count/LEI_FENG=-1', 'program.person_times/LEI_FENG=-7']);
  });

  it('keeps the versions a record had: each replaced row with when it began and ended, the current one with when it began', () => {
    const a = activity(unit, { personTimes: 2 });
    const fix = (personTimes: number): DomainEvent => ({ type: 'VolunteerActivityCorrected', data: { activityId: a.data.activityId, changes: { personTimes }, reason: '更正' } });
    const at = (iso: string, position: number) => ({ position, recordedAt: iso, recordedBy: 'test' });
    const events = [a, fix(3), fix(7)].map((event, index) => ({ streamId: streamOf(event), event, rowKeys: rowKeysFor(event), meta: at(`2023-03-0${index + 5}T01:00:00.000Z`, 10 + index) }));
    const result = applyBatch(emptyRows(), events);
    const key = versionKey('activities', a.data.activityId);
    const ms = (iso: string) => Date.parse(iso);
    expect(result.versions.get(key)).toEqual({ position: 12, at: ms('2023-03-07T01:00:00.000Z') });
    expect(result.closed.map((v) => ({ personTimes: v.entry.table === 'activities' ? v.entry.row.personTimes : undefined, began: v.began, ended: v.ended }))).toEqual([
      { personTimes: 2, began: { position: 10, at: ms('2023-03-05T01:00:00.000Z') }, ended: { position: 11, at: ms('2023-03-06T01:00:00.000Z') } },
      { personTimes: 3, began: { position: 11, at: ms('2023-03-06T01:00:00.000Z') }, ended: { position: 12, at: ms('2023-03-07T01:00:00.000Z') } },
    ]);

    // A row loaded for the batch: its version began when the rows say; a clock that went back
    // (another instance's) never makes a version begin before the one it replaces.
    const later = applyBatch(result.rows, [{ streamId: streamOf(a), event: fix(9), rowKeys: rowKeysFor(fix(9)), meta: at('2023-03-01T00:00:00.000Z', 20) }], undefined, result.versions);
    expect(later.closed).toEqual([{ entry: { table: 'activities', row: result.rows.activities.get(a.data.activityId) }, began: result.versions.get(key), ended: { position: 20, at: ms('2023-03-07T01:00:00.000Z') } }]);
    expect(later.versions.get(key)).toEqual({ position: 20, at: ms('2023-03-07T01:00:00.000Z') });
  });

  it('reads the rows it needs from rowsBefore and never changes them', () => {
    const c = campaign(unit, { year: 2024 });
    const b = booth(unit);
    const before = rowsAfter(c, b);
    const snapshot = structuredClone(before);
    const d = donation(c.data.campaignId, unit, { amountFen: 300_00, donorCount: 3 });
    const s = session(b.data.boothId, { date: '2024-07-02', volunteers: 2, peopleServed: 9 });
    const result = applyBatch(before, batchOf(d, s));

    expect(before).toEqual(snapshot);
    expect(result.rows.campaigns.get(c.data.campaignId)).toEqual(before.campaigns.get(c.data.campaignId));
    // A donation counts in its campaign's year, a session under its booth's host.
    expect(sumsOf(result.delta, unit, 2024)).toEqual([
      'booth.people_served/=9',
      'booth.sessions/=1',
      'booth.volunteers/=2',
      `donation.amount_fen/${c.data.campaignId}=30000`,
      `donation.count/${c.data.campaignId}=1`,
      `donation.donors/${c.data.campaignId}=3`,
    ]);
  });

  it('adds to the accumulator it is given, as a rebuild keeps the whole log’s totals', () => {
    const into = new TotalsDelta();
    applyBatch(emptyRows(), batchOf(reliefGrant(unit, { amountFen: 100, personTimes: 1 })), into);
    const second = applyBatch(emptyRows(), batchOf(reliefGrant(unit, { amountFen: 200, personTimes: 2 })), into);
    expect(second.delta).toBe(into);
    expect(sumsOf(into, unit, 2023)).toEqual(['relief.amount_fen/=300', 'relief.person_times/=3']);
  });

  it('names the event a handler refused: a correction of a record the rows lack, a record created twice', () => {
    const g = reliefGrant(unit);
    const missing: DomainEvent = { type: 'ReliefGrantCorrected', data: { grantId: newId(), changes: { amountFen: 1 }, reason: 'x' } };
    const refusal = (events: DomainEvent[]) => {
      try {
        applyBatch(emptyRows(), batchOf(...events));
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const notThere = refusal([g, missing]);
    expect(notThere).toBeInstanceOf(BatchEventError);
    expect(notThere).toMatchObject({ index: 1, message: expect.stringMatching(/^统计数据中没有帮困记录 [0-9a-f-]+（事件涉及一条从未登记的记录）$/), cause: expect.any(ReadModelIntegrityError) });
    expect(refusal([g, g])).toMatchObject({ index: 1, message: expect.stringMatching(/^帮困记录 [0-9a-f-]+ 已经存在（日志把同一条记录登记了两次）$/) });
  });
});
