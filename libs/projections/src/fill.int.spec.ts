// The first start on a long log with an empty read model (after a restore): the projector fills the
// read model through the blue/green rebuild, at the rebuild's pace, instead of projecting the whole
// log batch after batch. Meanwhile it behaves as during an upgrade: queries fold the log, a write is
// counted as soon as the log shows it, the ledgers say they are being rebuilt. Then the totals are
// exactly the independent recount, and the live projector follows the log from there.
import type { DomainEvent } from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import { formatPosition, START_OF_LOG } from '@tracker/event-store';
import fc from 'fast-check';
import { LedgerQueries, LedgerRebuildingError } from './ledgers/ledger-queries';
import type { Projector, RebuildReport } from './projector';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import { history, op, recount, YEARS } from './testing/recount';
import { activity, appendAll } from './testing/test-events';

const THRESHOLD = 200;
const LATER = new Date('2999-01-01T00:00:00Z');

let harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.close();
});

async function harness(): Promise<Harness> {
  const h = await openHarness();
  harnesses = [...harnesses, h];
  return h;
}

/** A random history of about `ops` operations over a fresh org tree, the same on every run. */
function story(ops: number, seed: number): { events: DomainEvent[]; scopes: string[][]; root: string } {
  const told = history();
  const [sample] = fc.sample(fc.array(op, { minLength: ops, maxLength: ops }), { seed, numRuns: 1 });
  const { R, A, A1, B } = told.units;
  return { events: [...told.tree, ...told.take(sample ?? [])], scopes: [[R], [A], [A1], [B], [A1, B]], root: R };
}

/** Appends the events, then waits until the whole log is visible (other files' transactions can hide it a moment). */
async function tellWithoutProjecting(h: Harness, events: readonly DomainEvent[]): Promise<void> {
  const last = await appendAll(h.store, events);
  const head = last?.lastPosition.globalPosition ?? 0n;
  for (const deadline = Date.now() + 10_000; (await h.store.headPosition()) < head && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function countedLog(h: Harness): Promise<number> {
  let count = 0;
  for (let after = START_OF_LOG; ; ) {
    const page = await h.store.readAll({ after, limit: 1000 });
    if (page.events.length === 0) return count;
    count += page.events.length;
    after = page.next;
  }
}

async function activeGeneration(h: Harness): Promise<{ generation: number; position: string }> {
  const [row] = (await h.dataSource.query(
    `SELECT c.generation, c.position FROM public.projection_checkpoints c JOIN public.projection_active_generation g USING (name, generation)`,
  )) as { generation: number; position: string }[];
  if (!row) throw new Error('no active generation');
  return row;
}

async function expectRecount(h: Harness, events: readonly DomainEvent[], scopes: readonly string[][]): Promise<void> {
  for (const year of YEARS) {
    expect(await h.queries.section(year)).toEqual(recount(events, year));
    for (const scope of scopes) expect(await h.queries.section(year, scope)).toEqual(recount(events, year, scope));
    expect(await h.queries.sectionAsOf(year, scopes[0], LATER)).toEqual(recount(events, year, scopes[0]));
  }
}

/** Until the projector fills by a rebuild whose generation exists (its DDL runs after the fill begins). */
async function untilFilling(projector: Projector): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (projector.filling && (await projector.status()).rebuilding) return;
  }
}

/** The event store, with its `$all` reads held while `gate` is closed: a rebuild that waits, without holding a transaction. */
function withGatedReads(store: EventStore, gate: () => Promise<void>): EventStore {
  return {
    readStream: (streamId, options) => store.readStream(streamId, options),
    readStreams: (streamIds) => store.readStreams(streamIds),
    appendToStream: (streamId, events, options) => store.appendToStream(streamId, events, options),
    readAll: async (options) => {
      await gate();
      return store.readAll(options);
    },
    subscribe: (after, handler, options) => store.subscribe(after, handler, options),
    headPosition: () => store.headPosition(),
    importEvents: (events) => store.importEvents(events),
    close: () => store.close(),
  };
}

it('fills an empty read model of a long log by a rebuild; meanwhile queries fold the log and writes are counted; then the totals are the recount', async () => {
  const h = await harness();
  const { events, scopes, root: R } = story(400, 16);
  await tellWithoutProjecting(h, events);
  const logged = await countedLog(h);
  expect(logged).toBeGreaterThan(THRESHOLD);

  let held: Promise<void> = Promise.resolve();
  let release = (): void => undefined;
  let filled = (_report: RebuildReport): void => undefined;
  const switched = new Promise<RebuildReport>((resolve) => (filled = resolve));
  const fillsStarted: number[] = [];
  const projector = h.projector({
    store: withGatedReads(h.store, () => held),
    fillByRebuildAbove: THRESHOLD,
    onFillStarted: () => {
      fillsStarted.push(Date.now());
      held = new Promise((resolve) => (release = resolve));
    },
    onFilled: filled,
  });
  await projector.start();
  await untilFilling(projector);
  expect(projector.filling).toBe(true);
  expect(fillsStarted).toHaveLength(1);

  // While it fills: the live projector has projected nothing, status shows the rebuild, and queries answer exactly by folding the log.
  expect(await activeGeneration(h)).toEqual({ generation: 1, position: '0:0' });
  expect(await projector.upgrade()).toBeUndefined();
  const during = await projector.status();
  expect(during).toMatchObject({ generation: 1, checkpoint: '0:0', state: 'RUNNING', rebuilding: { state: 'REBUILDING' } });
  expect(during.lag).toBeGreaterThanOrEqual(logged);
  await expectRecount(h, events, scopes);
  await expect(new LedgerQueries({ dataSource: h.dataSource }).volunteerActivities({ year: 2023, scope: undefined })).rejects.toThrow(LedgerRebuildingError);

  // A write meanwhile is counted as soon as the log shows it: read-your-writes answers at once.
  const written = activity(R, { startDate: '2023-06-01', endDate: '2023-06-01', personTimes: 7 });
  const appended = await appendAll(h.store, [written]);
  expect(await projector.waitUntilPast(appended?.lastPosition ?? START_OF_LOG, 10_000)).toBe(true);
  const told = [...events, written];
  expect(await h.queries.section(2023, [R])).toEqual(recount(told, 2023, [R]));
  expect((await activeGeneration(h)).position).toBe('0:0');

  release();
  const report = await switched;
  expect(report).toMatchObject({ previousGeneration: 1, generation: 2 });
  expect(report.events).toBe(logged + 1);
  expect(projector.filling).toBe(false);
  expect(await activeGeneration(h)).toEqual({ generation: 2, position: report.checkpoint });
  expect(await projector.upgrade()).toBeUndefined();
  await expectRecount(h, told, scopes);
  expect((await new LedgerQueries({ dataSource: h.dataSource }).volunteerActivities({ year: 2023, scope: undefined })).totalCount).toBeGreaterThan(0);

  // From here the live projector follows the log, batch by batch, on the filled generation.
  const later = activity(R, { startDate: '2024-03-05', endDate: '2024-03-05', personTimes: 3 });
  const next = await appendAll(h.store, [later]);
  expect(await projector.waitUntilPast(next?.lastPosition ?? START_OF_LOG, 10_000)).toBe(true);
  expect((await activeGeneration(h)).generation).toBe(2);
  expect((await activeGeneration(h)).position).toBe(formatPosition(next?.lastPosition ?? START_OF_LOG));
  await expectRecount(h, [...told, later], scopes);
  expect(fillsStarted).toHaveLength(1);
  await projector.stop();
}, 120_000);

it('a stop during the fill stops its rebuild, and the next start fills again', async () => {
  const h = await harness();
  const { events, scopes } = story(300, 23);
  await tellWithoutProjecting(h, events);
  expect(await countedLog(h)).toBeGreaterThan(THRESHOLD);

  let held: Promise<void> = Promise.resolve();
  let release = (): void => undefined;
  const first = h.projector({
    store: withGatedReads(h.store, () => held),
    fillByRebuildAbove: THRESHOLD,
    onFillStarted: () => (held = new Promise((resolve) => (release = resolve))),
  });
  await first.start();
  await untilFilling(first);
  expect(first.filling).toBe(true);
  const stopped = first.stop();
  release();
  await stopped;
  // The abandoned generation is gone; the active one still waits at the start of the log.
  expect(await activeGeneration(h)).toEqual({ generation: 1, position: '0:0' });
  expect(await h.dataSource.query(`SELECT generation FROM public.projection_checkpoints ORDER BY generation`)).toEqual([{ generation: 1 }]);

  let filled = (_report: RebuildReport): void => undefined;
  const switched = new Promise<RebuildReport>((resolve) => (filled = resolve));
  const second = h.projector({ fillByRebuildAbove: THRESHOLD, onFilled: filled });
  await second.start();
  expect((await switched).previousGeneration).toBe(1);
  await expectRecount(h, events, scopes);
  await second.stop();
}, 120_000);

it('a log of no more events than the threshold is projected by the live loop, as ever', async () => {
  const h = await harness();
  const { events, scopes } = story(120, 5);
  await tellWithoutProjecting(h, events);
  const logged = await countedLog(h);
  const fills: number[] = [];
  const projector = h.projector({ fillByRebuildAbove: logged, onFillStarted: () => fills.push(1) });
  await projector.start();
  const head = await h.store.readAll({ after: START_OF_LOG, limit: logged });
  expect(await projector.waitUntilPast(head.next, 30_000)).toBe(true);
  expect(fills).toEqual([]);
  expect((await activeGeneration(h)).generation).toBe(1);
  await expectRecount(h, events, scopes);
  await projector.stop();
}, 120_000);
