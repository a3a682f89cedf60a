// An idempotent repeat is an expected, everyday event (a client retrying with its idempotency
// key), so it must leave nothing in the PostgreSQL server log: an external database's operators
// would otherwise see an ERROR line for each (issue 12). Read from the run's server log, on a
// database of its own so that no other test's lines are counted.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, serverLogLines, type TestDatabase } from '@tracker/testing';
import { aStreamId, anEvent, someEvents } from '../contract';
import type { PostgresEventStore } from './postgres-event-store';
import { createPostgresEventStore } from './postgres-event-store';

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase('server_log');
  store = await createPostgresEventStore({ connectionString: database.url });
});

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

/** Runs `sql` on a connection of its own, returning the error it fails with, if any. */
async function raw(sql: string): Promise<unknown> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(sql);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await client.end();
  }
}

const duplicateKeyLines = (lines: readonly string[]) => lines.filter((line) => /ERROR:\s+duplicate key value/.test(line));

it('repeating appends that are already stored writes nothing and logs no duplicate-key ERROR', async () => {
  const one = aStreamId();
  const first = [anEvent()];
  const batchStream = aStreamId();
  const batch = someEvents(3);
  const grown = aStreamId();
  const head = someEvents(2);
  const next = [anEvent()];
  expect((await store.appendToStream(one, first, { expectedVersion: 'no_stream' })).written).toBe(true);
  expect((await store.appendToStream(batchStream, batch, { expectedVersion: 0 })).written).toBe(true);
  expect((await store.appendToStream(grown, head, { expectedVersion: 'no_stream' })).written).toBe(true);
  expect((await store.appendToStream(grown, next, { expectedVersion: 2 })).written).toBe(true);

  for (let i = 0; i < 5; i += 1) {
    // What the command runner does for a record-creating command repeated with its key: the same
    // events at expected version 0 (or no_stream), whose stream now exists.
    expect((await store.appendToStream(one, first, { expectedVersion: 'no_stream' })).written).toBe(false);
    expect((await store.appendToStream(one, first, { expectedVersion: 0 })).written).toBe(false);
    expect((await store.appendToStream(batchStream, batch, { expectedVersion: 0 })).written).toBe(false);
    expect((await store.appendToStream(grown, head, { expectedVersion: 'no_stream' })).written).toBe(false);
    // And a later event repeated at its own expected version, or at 'any'.
    expect((await store.appendToStream(grown, next, { expectedVersion: 2 })).written).toBe(false);
    expect((await store.appendToStream(grown, next, { expectedVersion: 'any' })).written).toBe(false);
  }
  expect(await store.readStream(grown)).toHaveLength(3);
  // A first batch is written in order: its positions follow its versions.
  const positions = (await store.readStream(batchStream)).map((e) => e.position.globalPosition);
  expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
  expect(new Set(positions).size).toBe(3);

  // The control: a real duplicate key does reach the log we read, with this database's prefix.
  const id = randomUUID();
  const insert = `INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata) VALUES ('control-${id}', 1, '${id}', 'Control', '{}', '{}')`;
  expect(await raw(insert)).toBeUndefined();
  expect(await raw(insert)).toMatchObject({ code: '23505' });
  const marker = `server-log-test-${randomUUID()}`;
  expect(await raw(`DO $$ BEGIN RAISE LOG '${marker}'; END $$`)).toBeUndefined();

  const lines = await serverLogLines(database.name, marker);
  expect(duplicateKeyLines(lines)).toEqual([expect.stringContaining('duplicate key value violates unique constraint')]);
});
