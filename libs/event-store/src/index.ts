// The event-store library's single public entry (docs/design.md §4). The contract suite is test-only
// and lives behind ./contract/index.ts.
export * from './event-store.port';
export { InMemoryEventStore } from './in-memory-event-store';
export type { InMemoryEventStoreOptions } from './in-memory-event-store';
export { PostgresEventStore, createPostgresEventStore } from './postgres/postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { EVENT_STORE_MIGRATIONS, migrateEventStore, runEventStoreMigrations } from './postgres/migrations';
export type { EventStoreMigration, MigrationReport } from './postgres/migrations';
export { KurrentDbEventStore, KurrentDbUnavailableError, createKurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
export type { KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
