// Starts one embedded PostgreSQL for the whole test run and publishes its admin URL to the
// workers through TEST_PG_ADMIN_URL. Each test file then creates its own database
// (libs/testing createTestDatabase), so files never see each other's rows. The cluster starts
// the way the runtime starts its own (apps/api/src/runtime/embedded-postgres-server.ts), loaded
// from dist/, which the e2e tests need built anyway. Its log goes to the file TEST_PG_LOG_FILE
// names, each line prefixed with its database, so a test can check what it made the server log.
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, requireBuilt } from '../lib/built.mjs';

export default async function globalSetup() {
  if (process.env.TEST_PG_ADMIN_URL) return; // an outer runner already provides one
  await ensureBuilt();
  const { startThrowawayPostgres } = requireBuilt('apps/api/src/runtime/embedded-postgres-server.ts');
  const logDir = mkdtempSync(join(tmpdir(), 'tracker-test-pg-log-'));
  const logFile = join(logDir, 'postgres.log');
  const pg = await startThrowawayPostgres({
    purpose: 'test',
    password: 'test',
    // Tests exercise many connections and concurrent writers; fsync buys nothing in a throwaway cluster.
    settings: ['max_connections=400', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'log_line_prefix=%m [%p] db=%d '],
    onLog: (message) => appendFileSync(logFile, message),
  });
  globalThis.__TRACKER_TEST_PG__ = pg;
  globalThis.__TRACKER_TEST_PG_LOG_DIR__ = logDir;
  process.env.TEST_PG_ADMIN_URL = pg.url('postgres');
  process.env.TEST_PG_LOG_FILE = logFile;
}
