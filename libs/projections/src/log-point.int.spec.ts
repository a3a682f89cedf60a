// A log moved under a kept read model (restored into another event store, whose positions are new):
// the projector resumes where its checkpoint's event stands there, projecting every later event
// exactly once; a log that does not hold that event is another log, and the projector refuses it.
import type { DomainEvent } from '@tracker/domain';
import type { EventStore, ImportedEvent } from '@tracker/event-store';
import { comparePositions, createPostgresEventStore, formatPosition, START_OF_LOG } from '@tracker/event-store';
import { createTestDatabase, type TestDatabase } from '@tracker/testing';
import { ForeignLogPointError } from './log-point';
import type { Harness } from './testing/harness';
import { openHarness } from './testing/harness';
import { recount } from './testing/recount';
import { activity, appendAll, newId, orgUnit } from './testing/test-events';

let h: Harness;
const others: { db: TestDatabase; store: EventStore }[] = [];

beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  for (const o of others) {
    await o.store.close();
    await o.db.drop();
  }
  await h.close();
});

async function otherLog(): Promise<EventStore> {
  const db = await createTestDatabase('proj_moved');
  const store = await createPostgresEventStore({ connectionString: db.url, pollIntervalMs: 50 });
  others.push({ db, store });
  return store;
}

async function* everyEvent(store: EventStore): AsyncIterable<ImportedEvent> {
  for (let after = START_OF_LOG; ; ) {
    const page = await store.readAll({ after, limit: 100 });
    if (page.events.length === 0) return;
    yield* page.events.map(({ streamId, streamVersion, eventId, type, data, metadata, recordedAt }) => ({ streamId, streamVersion, eventId, type, data, metadata, recordedAt }));
    after = page.next;
  }
}

async function checkpoint(): Promise<string> {
  const [row] = (await h.dataSource.query(
    `SELECT c.position FROM public.projection_checkpoints c JOIN public.projection_active_generation g USING (name, generation)`,
  )) as { position: string }[];
  return row?.position ?? '';
}

it('resumes a moved log where its checkpoint’s event stands now, and counts every later event once', async () => {
  const unit = newId();
  const told: DomainEvent[] = [orgUnit(unit, '康健支局', 'SUB_BUREAU')];
  for (let i = 1; i <= 12; i += 1) told.push(activity(unit, { startDate: '2023-05-01', endDate: '2023-05-01', personTimes: i }));
  // Gaps in the source's numbering, as rolled-back appends leave them: the moved log has none.
  await h.dataSource.query(`SELECT setval('events_global_position_seq', 1000)`);
  const last = await appendAll(h.store, told);
  await h.projector().catchUp(last?.lastPosition);
  const before = await checkpoint();

  const moved = await otherLog();
  const imported = await moved.importEvents(everyEvent(h.store));
  expect(imported.events).toBe(told.length);
  expect(formatPosition(imported.lastPosition)).not.toBe(before);

  const later = activity(unit, { startDate: '2023-06-01', endDate: '2023-06-01', personTimes: 100 });
  const appended = await appendAll(moved, [later]);
  const projector = h.projector({ store: moved });
  await projector.start();
  expect(await projector.waitUntilPast(appended?.lastPosition ?? START_OF_LOG, 10_000)).toBe(true);
  await projector.stop();
  expect(await checkpoint()).toBe(formatPosition(appended?.lastPosition ?? START_OF_LOG));
  expect(await h.queries.section(2023)).toEqual(recount([...told, later], 2023));
  expect(comparePositions(appended?.lastPosition ?? START_OF_LOG, imported.lastPosition)).toBeGreaterThan(0);
}, 60_000);

it('refuses to resume on a log that does not hold its checkpoint’s event', async () => {
  const stranger = await otherLog();
  await appendAll(stranger, [orgUnit(newId(), '别处', 'SUB_BUREAU')]);
  const before = await checkpoint();
  await expect(h.projector({ store: stranger }).start()).rejects.toThrow(ForeignLogPointError);
  expect(await checkpoint()).toBe(before);
});
