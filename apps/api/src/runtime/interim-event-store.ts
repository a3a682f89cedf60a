// TEMPORARY: stands in for the Postgres adapter of libs/event-store until it is exported from
// `@tracker/event-store` (createPostgresEventStore). It answers headPosition() from the
// `events` table when that table exists (0 otherwise) and refuses everything else.
// event-store-factory.ts switches to the real adapter automatically once it is exported;
// delete this file then.
import { Pool } from 'pg';
import type { AppendResult, EventStore, ReadAllPage, RecordedEvent, Subscription } from '@tracker/event-store';

const unavailable = (what: string) => new Error(`${what} is not available: the Postgres event store adapter is not built into this version yet.`);

export class InterimEventStore implements EventStore {
  private readonly pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 2 });
    this.pool.on('error', () => undefined); // idle-client errors surface on the next query
  }

  async headPosition(): Promise<bigint> {
    const exists = await this.pool.query<{ table: string | null }>(`SELECT to_regclass('events')::text AS table`);
    if (!exists.rows[0]?.table) return 0n;
    const { rows } = await this.pool.query<{ head: string }>('SELECT coalesce(max(global_position), 0)::text AS head FROM events');
    return BigInt(rows[0]?.head ?? '0');
  }

  readStream(): Promise<readonly RecordedEvent[]> {
    return Promise.reject(unavailable('readStream'));
  }

  appendToStream(): Promise<AppendResult> {
    return Promise.reject(unavailable('appendToStream'));
  }

  readAll(): Promise<ReadAllPage> {
    return Promise.reject(unavailable('readAll'));
  }

  subscribe(): Subscription {
    throw unavailable('subscribe');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
