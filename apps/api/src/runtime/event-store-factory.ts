import { TRACKER_EVENT_TYPES } from '@tracker/domain';
import { createKurrentDbEventStore, createPostgresEventStore } from '@tracker/event-store';
import type { EventStore, KurrentDbEventStore } from '@tracker/event-store';
import type { AppConfig } from '../config/app-config';

// Bounded, so a KurrentDB that never answers (firewalled host) stops start-up instead of hanging it.
const KURRENTDB_CONNECT_TIMEOUT_MS = 5_000;

/** Fails before anything starts when the chosen event store cannot be built from the configuration alone. */
export function assertEventStoreAvailable(config: AppConfig): void {
  if (config.eventStore === 'kurrentdb' && !config.kurrentDbUrl) {
    throw new Error('配置有误：EVENT_STORE=kurrentdb 时须设置 KURRENTDB_URL，例如 kurrentdb://localhost:2113?tls=false');
  }
}

/**
 * Start-up check before the database comes up: with EVENT_STORE=kurrentdb, a malformed
 * KURRENTDB_URL or an unreachable server fails at once, in one line naming KURRENTDB_URL.
 */
export async function probeEventStore(config: AppConfig): Promise<void> {
  if (config.eventStore !== 'kurrentdb') return;
  const store = await connectKurrentDb(config);
  await store.close();
}

/**
 * The event store chosen by EVENT_STORE (docs/design.md §4, §9). The Postgres adapter applies its pending
 * migrations. With KurrentDB only the events move: read models and the projector's checkpoint
 * stay in the PostgreSQL at `connectionString`.
 */
export async function createEventStore(config: AppConfig, connectionString: string): Promise<EventStore> {
  assertEventStoreAvailable(config);
  if (config.eventStore === 'kurrentdb') return connectKurrentDb(config);
  return createPostgresEventStore({ connectionString, migrate: true });
}

async function connectKurrentDb(config: AppConfig): Promise<KurrentDbEventStore> {
  assertEventStoreAvailable(config);
  try {
    return await createKurrentDbEventStore({
      connectionString: config.kurrentDbUrl as string,
      // The accounts', editions' and 街道 list's events too: $all readers such as a backup must see every event the tracker writes.
      eventTypes: TRACKER_EVENT_TYPES,
      connectTimeoutMs: KURRENTDB_CONNECT_TIMEOUT_MS,
    });
  } catch (error) {
    throw new Error(`EVENT_STORE=kurrentdb：KURRENTDB_URL 不可用：${(error as Error).message}`);
  }
}
