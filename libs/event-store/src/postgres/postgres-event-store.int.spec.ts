import { Client } from 'pg';
import type { TestDatabase } from '@tracker/testing';
import { createTestDatabase } from '@tracker/testing';
import type { RawTransaction } from '../contract';
import { aStreamId, anEvent, describeEventStoreContract, someEvents } from '../contract';
import type { AllPosition, RecordedEvent } from '../event-store.port';
import { ConcurrencyError, DuplicateEventError, START_OF_LOG, formatPosition, parsePosition } from '../event-store.port';
import { EVENT_STORE_MIGRATIONS, migrateEventStore } from './migrations';
import { LISTENER_APPLICATION_NAME } from './notification-listener';
import type { PostgresEventStore } from './postgres-event-store';
import { EVENT_STORE_TYPE_PARSERS, createPostgresEventStore, toRecordedEvent } from './postgres-event-store';
import { appendToStreamInTransaction } from './testing/append-in-transaction';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('event_store');
});

afterAll(async () => {
  await database?.drop();
});

/** A transaction on its own connection; appends go through the adapter's own statement. */
async function openRawTransaction(store: PostgresEventStore, url: string): Promise<RawTransaction> {
  const client = new Client({ connectionString: url, types: EVENT_STORE_TYPE_PARSERS });
  await client.connect();
  await client.query('BEGIN');
  const finish = async (sql: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    append: (streamId, events, options) => appendToStreamInTransaction(store, client, streamId, events, options),
    commit: () => finish('COMMIT'),
    rollback: () => finish('ROLLBACK'),
  };
}

/** The WRONG way to follow $all, for the demonstration: a bare position cursor, no xmin horizon. */
function naiveReadAfter(store: PostgresEventStore) {
  return async (after: bigint, limit: number): Promise<readonly RecordedEvent[]> => {
    const result = await store.pool.query(
      `SELECT global_position, transaction_id, stream_id, stream_version, event_id, type, data, metadata, recorded_at
       FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
      [after.toString(), limit],
    );
    return result.rows.map(toRecordedEvent);
  };
}

describeEventStoreContract('postgres', async () => {
  // 20 concurrent appenders each hold a connection.
  const store = await createPostgresEventStore({ connectionString: database.url, poolSize: 24 });
  return {
    store,
    openRawTransaction: () => openRawTransaction(store, database.url),
    naiveReadAfter: naiveReadAfter(store),
    openEmptyStore: async () => {
      const fresh = await createTestDatabase('event_store_import');
      const empty = await createPostgresEventStore({ connectionString: fresh.url });
      return { store: empty, close: async () => (await empty.close(), await fresh.drop()) };
    },
    teardown: () => store.close(),
  };
});

describe('postgres adapter', () => {
  let store: PostgresEventStore;

  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: database.url });
  });

  afterAll(async () => {
    await store?.close();
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
      await sleep(10);
    }
  }

  async function endOfLog(): Promise<AllPosition> {
    let cursor = START_OF_LOG;
    for (;;) {
      const page = await store.readAll({ after: cursor, limit: 500 });
      if (page.events.length === 0) return cursor;
      cursor = page.next;
    }
  }

  /** Tracks whether a promise has settled, to prove a writer is really blocked. */
  function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
    let settled = false;
    const tracked = promise.finally(() => {
      settled = true;
    });
    tracked.catch(() => undefined); // observed later by the test
    return { promise: tracked, settled: () => settled };
  }

  describe('schema and migrations', () => {
    it('creates the events table of docs/design.md §4, with its constraints and tuple index', async () => {
      const columns = await store.pool.query<{ column_name: string; udt_name: string; is_nullable: string; column_default: string | null }>(
        `SELECT column_name, udt_name, is_nullable, column_default FROM information_schema.columns
         WHERE table_name = 'events' ORDER BY ordinal_position`,
      );
      expect(Object.fromEntries(columns.rows.map((c) => [c.column_name, c.udt_name]))).toEqual({
        global_position: 'int8',
        stream_id: 'text',
        stream_version: 'int4',
        event_id: 'uuid',
        type: 'text',
        data: 'jsonb',
        metadata: 'jsonb',
        recorded_at: 'timestamptz',
        transaction_id: 'xid8',
      });
      expect(columns.rows.every((c) => c.is_nullable === 'NO')).toBe(true);
      expect(columns.rows.find((c) => c.column_name === 'transaction_id')?.column_default).toBe('pg_current_xact_id()');
      expect(columns.rows.find((c) => c.column_name === 'global_position')?.column_default).toContain('nextval');

      const indexes = await store.pool.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename = 'events'`);
      const definitions = indexes.rows.map((row) => row.indexdef).join('\n');
      expect(definitions).toContain('UNIQUE INDEX events_stream_version_key ON public.events USING btree (stream_id, stream_version)');
      expect(definitions).toContain('UNIQUE INDEX events_event_id_key ON public.events USING btree (event_id)');
      expect(definitions).toContain('events_transaction_position_idx ON public.events USING btree (transaction_id, global_position)');

      const applied = await store.pool.query<{ version: number; name: string }>('SELECT version, name FROM event_store_migrations ORDER BY version');
      expect(applied.rows).toEqual(EVENT_STORE_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    });

    it('refuses to update, delete or truncate events', async () => {
      const streamId = aStreamId();
      await store.appendToStream(streamId, someEvents(1), { expectedVersion: 'no_stream' });
      await expect(store.pool.query(`UPDATE events SET type = 'Tampered' WHERE stream_id = $1`, [streamId])).rejects.toThrow(/append-only/);
      await expect(store.pool.query(`DELETE FROM events WHERE stream_id = $1`, [streamId])).rejects.toThrow(/append-only/);
      await expect(store.pool.query('TRUNCATE events')).rejects.toThrow(/append-only/);
      expect(await store.readStream(streamId)).toMatchObject([{ type: 'VolunteerActivityRecorded' }]);
    });

    describe('on a fresh database', () => {
      let fresh: TestDatabase;
      beforeAll(async () => {
        fresh = await createTestDatabase('event_store_fresh');
      });
      afterAll(async () => {
        await fresh?.drop();
      });

      it('applies each migration exactly once when several processes migrate at the same time, and re-runs as a no-op', async () => {
        const reports = await Promise.all([1, 2, 3, 4].map(() => migrateEventStore(fresh.url)));
        expect(reports.flatMap((report) => report.applied).sort()).toEqual(EVENT_STORE_MIGRATIONS.map((m) => m.version));
        expect(await migrateEventStore(fresh.url)).toEqual({ applied: [] });

        const client = new Client({ connectionString: fresh.url });
        await client.connect();
        try {
          const rows = await client.query('SELECT version FROM event_store_migrations ORDER BY version');
          expect(rows.rows).toEqual(EVENT_STORE_MIGRATIONS.map((m) => ({ version: m.version })));
        } finally {
          await client.end();
        }
      });

      it('keeps positions beyond 2^53 exact (bigint and xid8 never pass through a float)', async () => {
        const big = await createPostgresEventStore({ connectionString: fresh.url });
        try {
          const beyond = 2n ** 53n + 10n; // 9007199254741002: not representable as a JS number
          await big.pool.query(`SELECT setval('events_global_position_seq', $1)`, [beyond.toString()]);
          const streamId = aStreamId();
          const result = await big.appendToStream(streamId, someEvents(2), { expectedVersion: 'no_stream' });

          expect(result.lastPosition.globalPosition).toBe(beyond + 2n);
          const stored = await big.readStream(streamId);
          expect(stored.map((e) => e.position.globalPosition)).toEqual([beyond + 1n, beyond + 2n]);
          expect(typeof stored[0]?.position.transactionId).toBe('bigint');
          // readAll stops below any transaction still open in the cluster (other suites share it),
          // so wait until the two events are visible rather than read once.
          let page = await big.readAll({ after: START_OF_LOG, limit: 10 });
          await until(async () => {
            page = await big.readAll({ after: START_OF_LOG, limit: 10 });
            return page.events.length === 2;
          }, 'the two events to be readable');
          expect(page.next).toEqual(result.lastPosition);
          expect(await big.headPosition()).toBe(beyond + 2n);
          expect(parsePosition(formatPosition(result.lastPosition))).toEqual(result.lastPosition);
          expect(formatPosition(result.lastPosition)).toMatch(/:9007199254741004$/);
        } finally {
          await big.close();
        }
      });
    });
  });

  describe('readStreams', () => {
    it('reads 120,000 ids (several queries) in log order, and never an uncommitted event', async () => {
      const [early, late] = [aStreamId(), aStreamId('booth')];
      const first = await store.appendToStream(late, someEvents(2), { expectedVersion: 'no_stream' });
      await store.appendToStream(early, someEvents(1), { expectedVersion: 'no_stream' });
      await store.appendToStream(late, someEvents(1), { expectedVersion: first.nextExpectedVersion });
      const pending = await openRawTransaction(store, database.url);
      await pending.append(early, someEvents(1), { expectedVersion: 1 });
      // The known streams sit in the first and the last chunk of the ids.
      const ids = [early, ...Array.from({ length: 120_000 }, () => aStreamId()), late];

      try {
        const events = await store.readStreams(ids);

        const expected = [...(await store.readStream(late)), ...(await store.readStream(early))].sort((a, b) =>
          a.position.globalPosition < b.position.globalPosition ? -1 : 1,
        );
        expect(events).toEqual(expected);
        expect(events.map((e) => e.streamId)).toEqual([late, late, early, late]);
      } finally {
        await pending.rollback();
      }
    });
  });

  describe('a writer that clashes with a concurrent transaction', () => {
    it('waits for it, then gets a ConcurrencyError (never a raw unique_violation)', async () => {
      const streamId = aStreamId();
      const tx = await openRawTransaction(store, database.url);
      await tx.append(streamId, [anEvent()], { expectedVersion: 'no_stream' });

      const blocked = track(store.appendToStream(streamId, [anEvent()], { expectedVersion: 0 }));
      await sleep(200);
      expect(blocked.settled()).toBe(false); // held by the unique index until tx ends
      await tx.commit();

      const error = await blocked.promise.then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ streamId, expected: 0, actual: 1 });
    });

    it("retries an 'any' append onto the next version", async () => {
      const streamId = aStreamId();
      const tx = await openRawTransaction(store, database.url);
      const first = anEvent();
      await tx.append(streamId, [first], { expectedVersion: 'no_stream' });
      const second = anEvent();
      const blocked = track(store.appendToStream(streamId, [second], { expectedVersion: 'any' }));
      await sleep(200);
      expect(blocked.settled()).toBe(false);
      await tx.commit();

      expect(await blocked.promise).toMatchObject({ nextExpectedVersion: 2, written: true });
      expect((await store.readStream(streamId)).map((e) => e.eventId)).toEqual([first.eventId, second.eventId]);
    });

    it('takes the version itself when the other transaction rolls back', async () => {
      const streamId = aStreamId();
      const tx = await openRawTransaction(store, database.url);
      await tx.append(streamId, [anEvent()], { expectedVersion: 'no_stream' });
      const mine = anEvent();
      const blocked = track(store.appendToStream(streamId, [mine], { expectedVersion: 0 }));
      await sleep(100);
      await tx.rollback();

      expect(await blocked.promise).toMatchObject({ nextExpectedVersion: 1, written: true });
      expect((await store.readStream(streamId)).map((e) => e.eventId)).toEqual([mine.eventId]);
    });

    it('treats a concurrent repeat of the same events as the idempotent repeat it is', async () => {
      const streamId = aStreamId();
      const event = anEvent();
      const tx = await openRawTransaction(store, database.url);
      const original = await tx.append(streamId, [event], { expectedVersion: 'no_stream' });
      const repeat = track(store.appendToStream(streamId, [event], { expectedVersion: 'no_stream' }));
      await sleep(100);
      await tx.commit();

      expect(await repeat.promise).toEqual({ ...original, written: false });
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('inside a caller transaction, reports the clash (the caller retries the whole transaction)', async () => {
      const streamId = aStreamId();
      const a = await openRawTransaction(store, database.url);
      const b = await openRawTransaction(store, database.url);
      await a.append(streamId, [anEvent()], { expectedVersion: 'no_stream' });
      const blocked = track(b.append(streamId, [anEvent()], { expectedVersion: 'any' }));
      await sleep(100);
      await a.commit();
      await expect(blocked.promise).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 1 });
      await b.rollback();

      const shared = anEvent();
      const c = await openRawTransaction(store, database.url);
      const d = await openRawTransaction(store, database.url);
      await c.append(aStreamId(), [shared], { expectedVersion: 'any' });
      const duplicate = track(d.append(aStreamId(), [shared], { expectedVersion: 'any' }));
      await sleep(100);
      await c.commit();
      await expect(duplicate.promise).rejects.toBeInstanceOf(DuplicateEventError);
      await d.rollback();
    });
  });

  describe('subscription wake-ups', () => {
    it('coalesces NOTIFYs to one per 10 ms, and always sends one after the last commit', async () => {
      const writer = await createPostgresEventStore({ connectionString: database.url, poolSize: 4, migrate: false });
      const listener = new Client({ connectionString: database.url });
      await listener.connect();
      const received: number[] = [];
      listener.on('notification', () => received.push(performance.now()));
      await listener.query('LISTEN events');
      try {
        const started = performance.now();
        const appends = 200;
        await Promise.all(
          Array.from({ length: 4 }, async () => {
            for (let index = 0; index < appends / 4; index++) await writer.appendToStream(aStreamId(), [anEvent()], { expectedVersion: 'no_stream' });
          }),
        );
        const lastCommitted = performance.now();

        await until(() => received.some((at) => at >= lastCommitted), 'a notification after the last commit', 5_000);
        await writer.close(); // waits for any notification still due
        await sleep(100);
        const span = (received[received.length - 1] ?? started) - started;
        expect(received.length).toBeGreaterThan(0);
        expect(received.length).toBeLessThanOrEqual(Math.min(appends, 2 + Math.floor(span / 10)));
      } finally {
        await listener.end();
        await writer.close();
      }
    });

    it('is woken by NOTIFY, reconnects its LISTEN connection after losing it, and polls for commits no notification announces', async () => {
      // Polls only once a minute: anything it receives within seconds came through LISTEN/NOTIFY.
      // The waits allow 15 s: on a loaded machine another database's open transaction can hold the
      // cluster's visibility horizon back, and the woken read must wait for it.
      const notified = await createPostgresEventStore({ connectionString: database.url, pollIntervalMs: 60_000, migrate: false });
      let polling: PostgresEventStore | undefined;
      const admin = new Client({ connectionString: database.url });
      await admin.connect();
      const listenerPids = async (): Promise<number[]> =>
        (
          await admin.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query = 'LISTEN events'`,
            [LISTENER_APPLICATION_NAME],
          )
        ).rows.map((row) => row.pid);
      try {
        const start = await endOfLog();
        const viaNotify: RecordedEvent[] = [];
        const notifiedSubscription = notified.subscribe(start, async (events) => void viaNotify.push(...events));
        await until(() => notified.listening, 'the LISTEN connection');
        // Each (re)connect wakes its subscriptions once; let that read finish, so that the
        // deliveries below can only come from a notification.
        await sleep(300);

        const streamId = aStreamId();
        await store.appendToStream(streamId, someEvents(1), { expectedVersion: 'no_stream' });
        await until(() => viaNotify.length === 1, 'a notification-driven delivery', 15_000);

        // Kill the LISTEN connection (the only one on this database now): the store must listen again.
        const before = await listenerPids();
        expect(before).toHaveLength(1);
        await admin.query('SELECT pg_terminate_backend($1)', [before[0]]);
        await until(async () => {
          const now = await listenerPids();
          return notified.listening && now.length === 1 && !now.includes(before[0] as number);
        }, 'a new LISTEN connection');
        await sleep(300);
        await store.appendToStream(streamId, someEvents(1), { expectedVersion: 1 });
        await until(() => viaNotify.length === 2, 'delivery after the reconnect', 15_000);

        // An open transaction X holds the horizon back: B's commit notifies, but B is not yet
        // readable. X then rolls back, which notifies nobody; only polling finds B.
        polling = await createPostgresEventStore({ connectionString: database.url, pollIntervalMs: 100, migrate: false });
        const viaPoll: RecordedEvent[] = [];
        const pollingSubscription = polling.subscribe(start, async (events) => void viaPoll.push(...events));
        await until(() => viaPoll.length === 2, 'the polling subscription to catch up');
        const x = await openRawTransaction(store, database.url);
        await x.append(aStreamId(), [anEvent()], { expectedVersion: 'no_stream' });
        const b = anEvent({ type: 'CommittedBehindAnOpenTransaction' });
        await store.appendToStream(streamId, [b], { expectedVersion: 2 });
        // Past the ~2.5 s in which a woken subscription re-reads (SubscriptionRunner): rolling
        // back earlier raced with one of those re-reads, which found B as well on a busy machine.
        await sleep(3_000);
        expect(viaNotify.map((e) => e.eventId)).not.toContain(b.eventId);
        expect(viaPoll.map((e) => e.eventId)).not.toContain(b.eventId);
        await x.rollback();

        await until(() => viaPoll.some((e) => e.eventId === b.eventId), 'the polling subscription to find B', 15_000);
        expect(viaNotify.map((e) => e.eventId)).not.toContain(b.eventId); // no notification came; it polls in a minute

        await Promise.all([notifiedSubscription.stop(), pollingSubscription.stop()]);
        expect(viaPoll).toHaveLength(3);
      } finally {
        await admin.end();
        await Promise.all([notified.close(), polling?.close()]);
      }
    }, 30_000);
  });
});
