// Every log line of the process goes through ONE pino logger (docs/design.md §19): Nest's Logger calls,
// the start-up lines, the access lines and the audit lines. JSON lines with ISO-8601 times for a
// log shipper, or pretty lines for a person (LOG_FORMAT).
import { Logger, type LoggerService } from '@nestjs/common';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import pino, { type DestinationStream, type Level, type Logger as PinoRootLogger } from 'pino';
import type { LogFormat, LogLevel } from '../../config/app-config';
import { prettyDestination } from './pretty-destination';
import { REDACTED, REDACTED_PATHS } from './redaction';

export interface LogSettings {
  readonly logLevel: LogLevel;
  readonly logFormat: LogFormat;
}

export interface TrackerLogging {
  /** The pino logger behind everything; the access log and nestjs-pino's request binding use it. */
  readonly root: PinoRootLogger;
  /** The same logger as Nest's LoggerService, for NestFactory.create. */
  readonly nest: LoggerService;
}

export type LogStream = 'stdout' | 'stderr';

/** Nest's level names (LOG_LEVEL) → pino's. */
export function pinoLevelOf(level: LogLevel): Level {
  switch (level) {
    case 'fatal':
    case 'error':
    case 'warn':
    case 'debug':
      return level;
    case 'log':
      return 'info';
    case 'verbose':
      return 'trace';
    default: {
      const unknown: never = level;
      throw new Error(`unknown log level ${String(unknown)}`);
    }
  }
}

function destinationFor(format: LogFormat, stream: LogStream): DestinationStream {
  switch (format) {
    case 'json':
      // Synchronous, so that nothing is lost when the process exits right after a line.
      return pino.destination({ dest: stream === 'stdout' ? 1 : 2, sync: true });
    case 'pretty':
      return prettyDestination(stream === 'stdout' ? process.stdout : process.stderr);
    default: {
      const unknown: never = format;
      throw new Error(`unknown log format ${String(unknown)}`);
    }
  }
}

/** A pino logger with ISO-8601 times, level names instead of numbers, and the secrets redacted. */
export function createRootLogger(settings: LogSettings, destination: DestinationStream): PinoRootLogger {
  return pino(
    {
      level: pinoLevelOf(settings.logLevel),
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    },
    destination,
  );
}

// One process has one stdout, so one logging set-up: the server, the CLI and the in-process e2e
// harness all start here. The CLI moves it to stderr, keeping stdout for its answers.
let installed: TrackerLogging | undefined;
let stream: LogStream = 'stdout';

/** For the CLI: log lines go to stderr. Call before installLogging. */
export function sendLogsToStandardError(): void {
  stream = 'stderr';
}

/**
 * Nest's own start-up lines: a line for each module initialised and each route mapped, some sixty at
 * every start, in English, of use to a developer and not to the operator reading the log. They are
 * logged at debug (LOG_LEVEL=debug shows them); the tracker's own start-up lines stay at info.
 */
export const NEST_START_UP_CONTEXTS: ReadonlySet<string> = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication', 'GraphQLModule']);

/** The logger as Nest's LoggerService, with Nest's start-up lines moved from info to debug. */
export function quietNestStartUp(inner: LoggerService & { debug: NonNullable<LoggerService['debug']> }): LoggerService {
  // Everything but log is the inner logger's own, through the prototype.
  const quiet = Object.create(inner) as LoggerService;
  quiet.log = (message: unknown, ...rest: unknown[]) => {
    const context = rest.at(-1);
    if (typeof context === 'string' && NEST_START_UP_CONTEXTS.has(context)) inner.debug(message, ...rest);
    else inner.log(message, ...rest);
  };
  return quiet;
}

/**
 * Routes Nest's Logger (static and instances) through pino. Idempotent: a later call (createApp
 * after startTracker) gets the same logger, with the level it asks for.
 */
export function installLogging(settings: LogSettings): TrackerLogging {
  if (installed) {
    installed.root.level = pinoLevelOf(settings.logLevel);
    return installed;
  }
  const root = createRootLogger(settings, destinationFor(settings.logFormat, stream));
  // nestjs-pino's own adapter: Nest's contexts become a `context` field, errors an `err` object,
  // and a line logged during a request carries that request's id (LoggerModule binds it).
  const nest = quietNestStartUp(new NestPinoLogger(new PinoLogger({ pinoHttp: { logger: root } }), {}));
  Logger.overrideLogger(nest);
  installed = { root, nest };
  return installed;
}
