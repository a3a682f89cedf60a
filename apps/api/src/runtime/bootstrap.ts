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
import { type AppConfig, ConfigError, enabledLogLevels, parseConfig } from '../config/app-config';
import { DataDirInUseError } from './data-dir-lock';
import { startEmbeddedDatabase } from './embedded-database';
import { assertEventStoreAvailable, createEventStore, probeEventStore } from './event-store-factory';
import { Lifetime } from './lifetime';
import { PgDatabaseProbe } from './pg-database-probe';

const logger = new Logger('Runtime');

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, lifetime: Lifetime): Promise<string> {
  if (config.databaseUrl) return config.databaseUrl;
  const database = await startEmbeddedDatabase(config.dataDir, logger);
  lifetime.add('embedded PostgreSQL', () => database.stop());
  process.once('exit', () => database.stopSync());
  void database.unexpectedExit.then((reason) => {
    if (!lifetime.isClosing) void lifetime.exit(1, reason);
  });
  return database.connectionString;
}

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
  const database = new PgDatabaseProbe(connectionString);
  lifetime.add('health probe', () => database.close());
  await assertReachable(database, config);
  const eventStore = await createEventStore(config, connectionString);
  lifetime.add('event store', () => eventStore.close());
  const { secret: jwtSecret } = await resolveJwtSecret(config.jwtSecret, config.dataDir);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, eventStore, database, jwtSecret, databaseUrl: connectionString, clock: options.clock ?? systemClock }), {
    logger: enabledLogLevels(config.logLevel),
    abortOnError: false,
    // Our own JSON parser enforces the body limit and answers errors without a stack trace.
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Only proxies the operator named may tell the client's address and whether it came over HTTPS.
  app.set('trust proxy', config.trustProxy);
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

export async function startTracker(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const lifetime = new Lifetime();
  lifetime.installProcessHandlers();
  try {
    const config = parseConfig(env);
    Logger.overrideLogger(enabledLogLevels(config.logLevel));
    assertEventStoreAvailable(config);
    await probeEventStore(config);
    const connectionString = await resolveDatabase(config, lifetime);
    const app = await createApp(config, connectionString, lifetime);
    await app.init();
    // Before listening: nobody can sign in until there is an account to sign in to.
    const firstAdmin = await app.get(AdminAccess).createFirstAdmin();
    await app.listen(config.port).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE' ? new Error(`PORT ${config.port} is already in use by another program. Stop it or choose another PORT.`) : error;
    });
    logger.log(`Tracker listening on http://localhost:${config.port}/graphql`);
    // The first start's one secret, printed once, as plain lines (no logger colours) to copy as they are.
    if (firstAdmin) for (const line of oneTimePasswordLines(firstAdmin)) process.stdout.write(`${line}\n`);
  } catch (error) {
    // One clear line on stderr (no logger decoration), then undo whatever had started.
    process.stderr.write(`${describeStartFailure(error)}\n`);
    await lifetime.close();
    process.exit(1);
  }
}
