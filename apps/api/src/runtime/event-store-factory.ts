import * as eventStoreLibrary from '@tracker/event-store';
import type { EventStore } from '@tracker/event-store';
import type { AppConfig } from '../config/app-config';
import { InterimEventStore } from './interim-event-store';

type PostgresEventStoreFactory = (options: { connectionString: string; poolSize?: number; migrate?: boolean }) => Promise<EventStore>;

/** Fails before anything starts when the chosen event store cannot be built. */
export function assertEventStoreAvailable(config: AppConfig): void {
  if (config.eventStore === 'kurrentdb') {
    throw new Error('EVENT_STORE=kurrentdb is not available yet in this version of the tracker. Unset EVENT_STORE (or set EVENT_STORE=postgres).');
  }
}

/** The event store chosen by EVENT_STORE (DESIGN §4, §9). Runs the Postgres adapter's migrations. */
export async function createEventStore(config: AppConfig, connectionString: string): Promise<EventStore> {
  assertEventStoreAvailable(config);
  // TEMPORARY lookup by name, so this compiles before libs/event-store exports its Postgres
  // adapter; replace with a plain import of createPostgresEventStore once it does.
  const factory = (eventStoreLibrary as { createPostgresEventStore?: PostgresEventStoreFactory }).createPostgresEventStore;
  if (factory) return factory({ connectionString, migrate: true });
  return new InterimEventStore(connectionString);
}
