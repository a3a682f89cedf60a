// Where the tracker's PostgreSQL is (docs/design.md §9), apart from the app's composition (bootstrap.ts), so
// that CLI commands which need only the database (restore) do not load the whole app to find it.
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedDatabase } from './embedded-database';
import type { Lifetime } from './lifetime';

const logger = new Logger('Runtime');

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, lifetime: Lifetime): Promise<string> {
  if (config.databaseUrl) return config.databaseUrl;
  const database = await startEmbeddedDatabase(config.dataDir, logger);
  lifetime.add('embedded PostgreSQL', () => database.stop());
  process.once('exit', () => database.stopSync());
  void database.unexpectedExit.then((reason) => {
    if (!lifetime.isClosing) void lifetime.exit(1, reason);
  });
  return database.connectionString;
}
