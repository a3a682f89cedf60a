// The read model's TypeORM DataSource. Schema changes come only from versioned migrations.
import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from './entities';
import { READ_MODEL_MIGRATIONS, READ_MODEL_MIGRATIONS_TABLE } from './migrations';

export interface ReadModelDataSourceOptions {
  /** Pool size (default 8: a rebuild holds four while it fills, its lock, a reader and two writers; queries and the live projector go on beside it). */
  readonly poolSize?: number;
  /** Apply pending migrations inside `initialize()` (default true). Set false and call `runReadModelMigrations` yourself to control when. */
  readonly migrationsRun?: boolean;
  /** Shown in pg_stat_activity (default 'tracker-read-model'). */
  readonly applicationName?: string;
}

/** A DataSource for the read model; call `initialize()` before use. */
export function createReadModelDataSource(url: string, options: ReadModelDataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATIONS,
    migrationsTableName: READ_MODEL_MIGRATIONS_TABLE,
    migrationsRun: options.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: options.poolSize ?? 8,
    applicationName: options.applicationName ?? 'tracker-read-model',
    logging: false,
  });
}
