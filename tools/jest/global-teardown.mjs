import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const pg = globalThis.__TRACKER_TEST_PG__;
  if (pg) await pg.stop();
  const logDir = globalThis.__TRACKER_TEST_PG_LOG_DIR__;
  if (logDir) rmSync(logDir, { recursive: true, force: true });
}
