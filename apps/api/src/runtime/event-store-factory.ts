import { createPostgresEventStore } from '@tracker/event-store';
import type { EventStore } from '@tracker/event-store';
import type { AppConfig } from '../config/app-config';

/** Fails before anything starts when the chosen event store cannot be built. */
export function assertEventStoreAvailable(config: AppConfig): void {
  if (config.eventStore === 'kurrentdb') {
    throw new Error('EVENT_STORE=kurrentdb is not available yet in this version of the tracker. Unset EVENT_STORE (or set EVENT_STORE=postgres).');
  }
}

/** The event store chosen by EVENT_STORE (DESIGN §4, §9). The Postgres adapter applies its pending migrations. */
export async function createEventStore(config: AppConfig, connectionString: string): Promise<EventStore> {
  assertEventStoreAvailable(config);
  return createPostgresEventStore({ connectionString, migrate: true });
}
