// The composition root: config → database (embedded or DATABASE_URL) → event store → Nest app.
// With WORKERS=n the primary process resolves the database and forks n workers, each of which is
// this same composition on the primary's database (worker-cluster.ts).
import cluster from 'node:cluster';
import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { AdminAccess, oneTimePasswordLines } from '../accounts/admin-access';
import { type Clock, systemClock } from '../accounts/clock';
import { resolveJwtSecret } from '../auth/jwt-secret';
import { QUERY_LIMITS } from '../graphql/query-limits';
import { jsonBodyWithLimit } from '../graphql/json-body.middleware';
import { type AppConfig, ConfigError, parseConfig } from '../config/app-config';
import { accessLog } from '../observability/logging/access-log';
import { installLogging } from '../observability/logging/tracker-logging';
import { MeasuredEventStore } from '../observability/metrics/measured-event-store';
import { eventStorePool } from '../observability/metrics/pool-stats';
import { requestMetrics } from '../observability/metrics/request-metrics';
import { TrackerMetrics } from '../observability/metrics/tracker-metrics';
import { DataDirInUseError } from './data-dir-lock';
import { assertEventStoreAvailable, createEventStore, probeEventStore } from './event-store-factory';
import { WORKER_DATABASE_URL, WORKER_SLOT, type ClusterMessage } from './cluster-messages';
import { Lifetime } from './lifetime';
import { PgDatabaseProbe } from './pg-database-probe';
import { resolveDatabase } from './resolve-database';
import { WorkerCluster } from './worker-cluster';

const logger = new Logger('Runtime');

async function assertReachable(probe: PgDatabaseProbe, config: AppConfig): Promise<void> {
  try {
    await probe.ping();
  } catch (error) {
    const where = config.databaseUrl ? ' DATABASE_URL 指向的数据库' : '内嵌的 PostgreSQL';
    throw new Error(`无法连接${where}：${(error as Error).message}`);
  }
}

export interface AppOptions {
  /** What time it is for sessions and sign-in limits (default: the system's). */
  readonly clock?: Clock;
}

export async function createApp(config: AppConfig, connectionString: string, lifetime: Lifetime, options: AppOptions = {}): Promise<INestApplication> {
  const logging = installLogging(config);
  const metrics = new TrackerMetrics();
  const database = new PgDatabaseProbe(connectionString);
  lifetime.add('health probe', () => database.close());
  await assertReachable(database, config);
  const store = await createEventStore(config, connectionString);
  lifetime.add('event store', () => store.close());
  metrics.watchPool('event_store', () => eventStorePool(store));
  // Every append the app makes is counted and timed here, whichever adapter EVENT_STORE chose.
  const eventStore = new MeasuredEventStore(store, metrics);
  const { secret: jwtSecret } = await resolveJwtSecret(config.jwtSecret, config.dataDir);
  const observability = { logging, metrics };
  const clock = options.clock ?? systemClock;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, eventStore, database, jwtSecret, databaseUrl: connectionString, observability, clock }), {
    logger: logging.nest,
    abortOnError: false,
    // Our own JSON parser enforces the body limit and answers errors without a stack trace.
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Only proxies the operator named may tell the client's address and whether it came over HTTPS.
  app.set('trust proxy', config.trustProxy);
  // First, so that a request refused by the body parser still gets its access line and its timing.
  app.use(accessLog(logging.root));
  app.use(requestMetrics(metrics));
  app.use(jsonBodyWithLimit(QUERY_LIMITS.maxBodyBytes));
  lifetime.add('HTTP server', () => app.close());
  return app;
}


/** Known start-up failures are one line; anything else keeps its stack. */
function describeStartFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) return error.message;
  if (error instanceof Error) return process.env['LOG_LEVEL'] === 'debug' ? (error.stack ?? error.message) : error.message;
  return `启动失败：${String(error)}`;
}

/** Listens on HOST (every interface when unset), with one clear line for the usual failures. */
async function listen(app: INestApplication, { port, host }: AppConfig): Promise<void> {
  try {
    await (host === undefined ? app.listen(port) : app.listen(port, host));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`PORT ${port} 已被另一个程序占用：请停止它，或换一个 PORT。`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new Error(`HOST ${host} 不是本机的地址：请用本机的某个地址，或 127.0.0.1（仅本机）、0.0.0.0（所有网络）。`);
    }
    throw error;
  }
}

const EVERY_INTERFACE = ['0.0.0.0', '::'];
const THIS_MACHINE_ONLY = ['127.0.0.1', '::1', 'localhost'];

/** Where a person on this machine reaches the tracker, and who else can. */
function listeningLine({ port, host }: AppConfig): string {
  if (host === undefined || EVERY_INTERFACE.includes(host)) return `追踪系统已启动：http://localhost:${port}/ （接口 /graphql；所有网络均可访问）`;
  if (THIS_MACHINE_ONLY.includes(host)) return `追踪系统已启动：http://localhost:${port}/ （接口 /graphql；仅本机可访问）`;
  return `追踪系统已启动：http://${host.includes(':') ? `[${host}]` : host}:${port}/ （接口 /graphql；仅经 HOST ${host} 访问）`;
}

export async function startTracker(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const lifetime = new Lifetime();
  lifetime.installProcessHandlers();
  try {
    const config = parseConfig(env);
    installLogging(config);
    if (cluster.isWorker) await serveAsWorker(config, env, lifetime);
    else if (config.workers > 1) await startWorkers(config, lifetime);
    else await serve(config, await prepareDatabase(config, lifetime), lifetime);
  } catch (error) {
    // One clear line on stderr (no logger decoration), then undo whatever had started.
    process.stderr.write(`${describeStartFailure(error)}\n`);
    await lifetime.close();
    process.exit(1);
  }
}

/** What comes before the app, once per machine: the event store's reachability and the database. */
async function prepareDatabase(config: AppConfig, lifetime: Lifetime): Promise<string> {
  assertEventStoreAvailable(config);
  await probeEventStore(config);
  return resolveDatabase(config, lifetime);
}

/** Starts the app and listens; returns once it serves. */
async function serve(config: AppConfig, connectionString: string, lifetime: Lifetime, worker?: string): Promise<void> {
  const app = await createApp(config, connectionString, lifetime);
  await app.init();
  // Before listening: nobody can sign in until there is an account to sign in to.
  const firstAdmin = await app.get(AdminAccess).createFirstAdmin();
  await listen(app, config);
  if (worker === undefined) logger.log({ msg: listeningLine(config), host: config.host ?? '*', port: config.port });
  else logger.log({ msg: `工作进程 ${worker}（pid ${process.pid}）开始服务`, worker: Number(worker) });
  // The first start's one secret, printed once, as plain lines (no logger decoration) to copy as they are.
  if (firstAdmin) for (const line of oneTimePasswordLines(firstAdmin)) process.stdout.write(`${line}\n`);
  tellParentServing();
}

/**
 * Whoever started this process with an IPC channel hears when it serves: a worker's primary, or
 * a supervisor (the benchmark waits for every worker before it starts the load).
 */
function tellParentServing(): void {
  const serving: ClusterMessage = { type: 'tracker:serving' };
  process.send?.(serving);
}

/** The primary of WORKERS=n: the database once, then the workers, replaced when one dies. */
async function startWorkers(config: AppConfig, lifetime: Lifetime): Promise<void> {
  const connectionString = await prepareDatabase(config, lifetime);
  // Made once here, so that the workers all read the same secret from DATA_DIR.
  await resolveJwtSecret(config.jwtSecret, config.dataDir);
  const workers = new WorkerCluster({ workers: config.workers, databaseUrl: connectionString, log: logger });
  lifetime.add('workers', () => workers.stop());
  await workers.start();
  logger.log({ msg: `${listeningLine(config)}，${config.workers} 个工作进程`, host: config.host ?? '*', port: config.port, workers: config.workers });
  tellParentServing();
}

/**
 * A worker of WORKERS=n: the whole app on the primary's database. Node's cluster ends a worker at
 * once when its primary is gone (the channel closes), so none outlives it.
 */
async function serveAsWorker(config: AppConfig, env: NodeJS.ProcessEnv, lifetime: Lifetime): Promise<void> {
  const connectionString = env[WORKER_DATABASE_URL];
  if (!connectionString) throw new Error(`A worker needs ${WORKER_DATABASE_URL} from its primary process.`);
  await serve(config, connectionString, lifetime, env[WORKER_SLOT] ?? '?');
}
