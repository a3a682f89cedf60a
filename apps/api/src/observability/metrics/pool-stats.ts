import { type EventStore, PostgresEventStore } from '@tracker/event-store';
import type { DataSource } from 'typeorm';

/** What a `pg` Pool tells about itself. */
export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

export function isPoolStats(value: unknown): value is PoolStats {
  return (
    typeof value === 'object' &&
    value !== null &&
    'totalCount' in value &&
    typeof value.totalCount === 'number' &&
    'idleCount' in value &&
    typeof value.idleCount === 'number' &&
    'waitingCount' in value &&
    typeof value.waitingCount === 'number'
  );
}

/** The Postgres event store's pool; KurrentDB has none of ours to watch. */
export function eventStorePool(store: EventStore): PoolStats | undefined {
  return store instanceof PostgresEventStore ? store.pool : undefined;
}

/** TypeORM's PostgreSQL driver keeps its `pg` Pool as `master` (untyped in TypeORM, hence the check). */
export function dataSourcePool(dataSource: DataSource): PoolStats | undefined {
  const driver: object = dataSource.driver;
  const master = 'master' in driver ? driver.master : undefined;
  return isPoolStats(master) ? master : undefined;
}
