// Blue/green rebuild: queries keep answering from the old generation while a rebuild runs, the
// switch is atomic, the live projector continues on the new generation, the old one is dropped.
import type { DomainEvent } from '@tracker/domain';
import { streamIdFor } from '@tracker/domain';
import { START_OF_LOG } from '@tracker/event-store';
import type { CommunityResponsibilitySection } from './read-model/section.types';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import { activity, appendAll, booth, newId, orgUnit, reliefGrant, session, toNewEvent } from './testing/test-events';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function schemas(): Promise<string[]> {
  const rows = (await h.dataSource.query(`SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'read_model_g%' ORDER BY 1`)) as { schema_name: string }[];
  return rows.map((r) => r.schema_name);
}

it('queries answer with the pre-rebuild totals during a rebuild; afterwards the totals are identical and the live projector goes on', async () => {
  const unit = newId();
  const b = booth(unit);
  await appendAll(h.store, [orgUnit(unit, '康健支局', 'SUB_BUREAU'), b, activity(unit, { personTimes: 40 })]);
  // Many sessions in a few appends: enough events for the rebuild to take a while.
  let last = START_OF_LOG;
  for (let i = 0; i < 4; i += 1) {
    const sessions: DomainEvent[] = Array.from({ length: 100 }, () => session(b.data.boothId, { volunteers: 1, peopleServed: 3 }));
    last = (await h.store.appendToStream(streamIdFor('booth', b.data.boothId), sessions.map((e) => toNewEvent(e)), { expectedVersion: 'any' })).lastPosition;
  }
  const live = h.projector();
  await live.start();
  expect(await live.waitUntilPast(last, 10_000)).toBe(true);
  const before = await h.queries.section(2023);
  expect(before.volunteering.booths).toEqual({ booths: 1, sessions: 400, peopleServed: 1200, volunteerPersonTimes: 400 });
  expect(await schemas()).toEqual(['read_model_g1']);

  // The rebuilding projector is slowed down by its hook; queries run meanwhile.
  const rebuilder = h.projector({ batchSize: 25, rebuildBatchSize: 25, beforeApply: (_e, i) => (i === 0 ? sleep(60) : undefined) });
  let done = false;
  const rebuilding = rebuilder.rebuild().finally(() => (done = true));
  const seen: CommunityResponsibilitySection[] = [];
  let sawRebuildingStatus = false;
  const rebuildLags: number[] = [];
  while (!done) {
    seen.push(await h.queries.section(2023));
    const status = await live.status();
    if (status.rebuilding?.state === 'REBUILDING') {
      sawRebuildingStatus = true;
      rebuildLags.push(status.rebuilding.lag);
    }
    await sleep(30);
  }
  const report = await rebuilding;
  expect(report).toMatchObject({ previousGeneration: 1, generation: 2, events: 403 });
  expect(seen.length).toBeGreaterThan(5);
  for (const section of seen) expect(section).toEqual(before);
  expect(sawRebuildingStatus).toBe(true);
  // The new generation's lag only falls as it fills, and it started behind.
  expect(rebuildLags).toEqual([...rebuildLags].sort((a, b) => b - a));
  expect(rebuildLags[0]).toBeGreaterThan(0);

  expect(await h.queries.section(2023)).toEqual(before);
  expect(await schemas()).toEqual(['read_model_g2']);
  const status = await live.status();
  expect(status).toMatchObject({ generation: 2, state: 'RUNNING', checkpoint: report.checkpoint });
  expect(status.rebuilding).toBeUndefined();

  // The live projector continues from the new generation's checkpoint.
  const write = await appendAll(h.store, [reliefGrant(unit, { amountFen: 27500_00, personTimes: 77 })]);
  expect(await live.waitUntilPast(write?.lastPosition ?? START_OF_LOG, 10_000)).toBe(true);
  expect((await h.queries.section(2023)).charity.relief).toEqual({ personTimes: 77, amount: '27500.00' });
});

it('events written while a rebuild runs are in the new generation after the switch', async () => {
  const unit = newId();
  await appendAll(h.store, [orgUnit(unit, '衡复支局', 'SUB_BUREAU')]);
  const live = h.projector();
  await live.start();
  let writes = 0;
  let last = START_OF_LOG;
  const rebuilder = h.projector({
    batchSize: 50,
    rebuildBatchSize: 50,
    beforeApply: async (_e, i) => {
      if (i === 0 && writes < 3) {
        writes += 1;
        last = (await appendAll(h.store, [activity(unit, { startDate: '2025-05-12', endDate: '2025-05-12', personTimes: 10 })]))?.lastPosition ?? last;
      }
    },
  });
  await rebuilder.rebuild();
  expect(writes).toBe(3);
  expect(await live.waitUntilPast(last, 10_000)).toBe(true);
  expect((await h.queries.section(2025, [unit])).volunteering.activities.personTimes).toBe(30);
  const rows = await h.queries.rowsAsOf(new Date('2999-01-01'));
  expect([...rows.activities.values()].filter((a) => a.organizerId === unit)).toHaveLength(3);
  expect(await schemas()).toEqual(['read_model_g3']);
});

/** Every row of the active generation's row and versions tables, as text, by table. */
async function allRowsOfGeneration(): Promise<Record<string, string[]>> {
  const [pointer] = (await h.dataSource.query(`SELECT generation FROM public.projection_active_generation`)) as { generation: number }[];
  const schema = `read_model_g${pointer?.generation ?? 0}`;
  const tables = (await h.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [schema])) as { table_name: string }[];
  const out: Record<string, string[]> = {};
  for (const { table_name } of tables) {
    const rows = (await h.dataSource.query(`SELECT t::text AS row FROM "${schema}"."${table_name}" t ORDER BY 1`)) as { row: string }[];
    out[table_name] = rows.map((r) => r.row);
  }
  return out;
}

it('a rebuild writes the very rows, versions and index the live projector wrote, batches landing side by side', async () => {
  const live = h.projector();
  await live.start();
  const unit = newId();
  const created = activity(unit, { title: '学雷锋\\"志愿"{服务},第二场', site: '枫林街道', serviceItems: ['义诊,量血压', '{理发}', '"助餐"', '反\\斜杠'] });
  const { activityId } = created.data;
  // A record created in one batch and corrected in the next ones: with one-event batches, the
  // correction is applied while the creation is still being written.
  const events: DomainEvent[] = [
    orgUnit(unit, '斜土支局', 'SUB_BUREAU'),
    created,
    { type: 'VolunteerActivityCorrected', data: { activityId, changes: { personTimes: 12, serviceItems: ['助浴'] }, reason: '更正' } },
    { type: 'VolunteerActivityCorrected', data: { activityId, changes: { subdistrict: '斜土街道' }, reason: '更正' } },
    activity(unit, { title: '第三场' }),
  ];
  const written = await appendAll(h.store, events);
  expect(await live.waitUntilPast(written?.lastPosition ?? START_OF_LOG, 10_000)).toBe(true);
  await live.stop();
  const before = await allRowsOfGeneration();
  expect(before['volunteer_activities_versions']?.length).toBeGreaterThanOrEqual(2);
  for (const rebuildBatchSize of [1, 2, 5000]) {
    await h.projector({ rebuildBatchSize }).rebuild();
    expect(await allRowsOfGeneration()).toEqual(before);
  }
});

it('a second rebuild while one runs, in this process or another, is refused with CONFLICT in Chinese, and the first one completes', async () => {
  const unit = newId();
  await appendAll(h.store, [orgUnit(unit, '长宁支局', 'SUB_BUREAU'), ...Array.from({ length: 50 }, () => activity(unit, { personTimes: 2 }))]);
  const refusal = { name: 'ConflictError', message: expect.stringContaining('已有一次数据重建正在进行') };
  // Held inside its first event, so that both second attempts meet it running.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let entered = (): void => undefined;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const first = h.projector({ beforeApply: async (_event, index) => {
    if (index === 0) {
      entered();
      await held;
    }
  } });
  const running = first.rebuild();
  await inside;
  await expect(first.rebuild()).rejects.toMatchObject(refusal);
  await expect(h.projector().rebuild()).rejects.toMatchObject(refusal);
  release();
  expect((await running).events).toBeGreaterThanOrEqual(51);
});

it('a rebuild that meets a poison event leaves the active generation untouched', async () => {
  const live = h.projector();
  await live.start();
  // Everything so far projected first: a live projector of an earlier test may still be catching
  // up (one CI run read `before` while it was), and only the rebuild may move the figures here.
  const marker = await appendAll(h.store, [orgUnit(newId(), '标记支局', 'SUB_BUREAU')]);
  expect(await live.waitUntilPast(marker?.lastPosition ?? START_OF_LOG, 10_000)).toBe(true);
  const statusBefore = await live.status();
  await live.stop();
  const before = await h.queries.section(2023);
  const poison = await h.store.appendToStream(`reliefgrant-${newId()}`, [toNewEvent({ type: 'ReliefGranted', data: { grantId: newId(), grantedOn: 'not-a-date' } })], {
    expectedVersion: 'any',
  });
  // $all readers see an event once every older transaction of the cluster has ended.
  while ((await h.store.headPosition()) < poison.lastPosition.globalPosition) await sleep(10);
  await expect(h.projector().rebuild()).rejects.toThrow(/ReliefGranted/);
  expect(await h.queries.section(2023)).toEqual(before);
  expect((await live.status()).generation).toBe(statusBefore.generation);
  expect(await schemas()).toEqual([`read_model_g${statusBefore.generation}`]);
});
