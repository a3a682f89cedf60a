// The composition root: config → database (embedded or DATABASE_URL) → event store → Nest app.
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
import { Lifetime } from './lifetime';
import { PgDatabaseProbe } from './pg-database-probe';
import { resolveDatabase } from './resolve-database';

const logger = new Logger('Runtime');

async function assertReachable(probe: PgDatabaseProbe, config: AppConfig): Promise<void> {
  try {
    await probe.ping();
  } catch (error) {
    const where = config.databaseUrl ? 'the database at DATABASE_URL' : 'the embedded PostgreSQL';
    throw new Error(`Cannot reach ${where}: ${(error as Error).message}`);
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
  return `Start-up failed: ${String(error)}`;
}

/** Listens on HOST (every interface when unset), with one clear line for the usual failures. */
async function listen(app: INestApplication, { port, host }: AppConfig): Promise<void> {
  try {
    await (host === undefined ? app.listen(port) : app.listen(port, host));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`PORT ${port} is already in use by another program. Stop it or choose another PORT.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new Error(`HOST ${host} is not an address of this machine. Use one of its addresses, 127.0.0.1 (this machine only) or 0.0.0.0 (every network).`);
    }
    throw error;
  }
}

const EVERY_INTERFACE = ['0.0.0.0', '::'];
const THIS_MACHINE_ONLY = ['127.0.0.1', '::1', 'localhost'];

/** Where a person on this machine reaches the tracker, and who else can. */
function listeningLine({ port, host }: AppConfig): string {
  if (host === undefined || EVERY_INTERFACE.includes(host)) return `Tracker listening on http://localhost:${port}/graphql (every network interface)`;
  if (THIS_MACHINE_ONLY.includes(host)) return `Tracker listening on http://localhost:${port}/graphql (this machine only)`;
  return `Tracker listening on http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql (HOST ${host} only)`;
}

export async function startTracker(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const lifetime = new Lifetime();
  lifetime.installProcessHandlers();
  try {
    const config = parseConfig(env);
    installLogging(config);
    assertEventStoreAvailable(config);
    await probeEventStore(config);
    const connectionString = await resolveDatabase(config, lifetime);
    const app = await createApp(config, connectionString, lifetime);
    await app.init();
    // Before listening: nobody can sign in until there is an account to sign in to.
    const firstAdmin = await app.get(AdminAccess).createFirstAdmin();
    await listen(app, config);
    logger.log({ msg: listeningLine(config), host: config.host ?? '*', port: config.port });
    // The first start's one secret, printed once, as plain lines (no logger decoration) to copy as they are.
    if (firstAdmin) for (const line of oneTimePasswordLines(firstAdmin)) process.stdout.write(`${line}\n`);
  } catch (error) {
    // One clear line on stderr (no logger decoration), then undo whatever had started.
    process.stderr.write(`${describeStartFailure(error)}\n`);
    await lifetime.close();
    process.exit(1);
  }
}
