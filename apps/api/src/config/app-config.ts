// Typed runtime configuration (docs/design.md §9, STYLE 9): read once from the environment at start-up.
// A bad value stops the process at once with one line naming the variable and the accepted form.
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export type EventStoreKind = 'postgres' | 'kurrentdb';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface AppConfig {
  readonly port: number;
  /**
   * The listen address (docs/design.md §19). Unset means every interface, today's behaviour with
   * DATABASE_URL; with the embedded database the default is 127.0.0.1.
   */
  readonly host: string | undefined;
  /** Set: use that PostgreSQL. Unset: run the embedded PostgreSQL under `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Absolute path. */
  readonly dataDir: string;
  /** Unset: a secret is generated and kept under `dataDir` (docs/design.md §9). */
  readonly jwtSecret: string | undefined;
  readonly eventStore: EventStoreKind;
  readonly kurrentDbUrl: string | undefined;
  readonly logLevel: LogLevel;
  /** JSON lines for a log shipper, or lines for a person at a terminal. */
  readonly logFormat: LogFormat;
  /** NODE_ENV=development: GraphQL landing page on. */
  readonly development: boolean;
  /**
   * How many reverse proxies stand in front (TRUST_PROXY): their X-Forwarded-For and
   * X-Forwarded-Proto are believed, so the client's address and HTTPS are known. 0: none, believe no header.
   */
  readonly trustProxy: number;
  /** A session ends after this long without a request (SESSION_IDLE_TIMEOUT, a working day by default). */
  readonly sessionIdleMs: number;
  /** …and this long after signing in, however busy (SESSION_MAX_AGE, a week by default). */
  readonly sessionMaxMs: number;
  /**
   * Api processes on this machine (WORKERS, default 1), sharing one port through node's cluster:
   * more of them use more cores. The projector still runs in exactly one of them.
   */
  readonly workers: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    expected: string,
    got: string,
  ) {
    super(`配置有误：${variable} 应为${expected}（现为 ${JSON.stringify(got)}）`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Empty strings count as unset, so `PORT= npm start` behaves like no PORT at all. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parsePort(env: Env): number {
  const raw = read(env, 'PORT');
  if (raw === undefined) return 3000;
  const port = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError('PORT', ' 1 到 65535 之间的整数', raw);
  return port;
}

function parsePostgresUrl(env: Env, name: string): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const expected = ' postgres:// 或 postgresql:// 开头的地址，例如 postgres://user:password@localhost:5432/tracker';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, expected, redact(raw));
  }
  if ((url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || url.hostname === '') {
    throw new ConfigError(name, expected, redact(raw));
  }
  return raw;
}

/** Never echo a password into logs. */
function redact(raw: string): string {
  return raw.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

function parseJwtSecret(env: Env): string | undefined {
  const raw = env['JWT_SECRET'];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 32) throw new ConfigError('JWT_SECRET', '至少 32 个字符', `${raw.length} 个字符`);
  return raw;
}

function parseEventStore(env: Env): { eventStore: EventStoreKind; kurrentDbUrl: string | undefined } {
  const raw = read(env, 'EVENT_STORE') ?? 'postgres';
  if (raw !== 'postgres' && raw !== 'kurrentdb') throw new ConfigError('EVENT_STORE', ' "postgres" 或 "kurrentdb"', raw);
  const kurrentDbUrl = read(env, 'KURRENTDB_URL');
  if (raw === 'kurrentdb') {
    if (kurrentDbUrl === undefined) throw new ConfigError('KURRENTDB_URL', ' kurrentdb:// 连接串（EVENT_STORE=kurrentdb 时必填），例如 kurrentdb://localhost:2113?tls=false', '');
    if (!/^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/\S+$/.test(kurrentDbUrl)) {
      throw new ConfigError('KURRENTDB_URL', ' kurrentdb://（或 kurrentdb+discover://、esdb://）开头的连接串', redact(kurrentDbUrl));
    }
  }
  return { eventStore: raw, kurrentDbUrl };
}

function parseLogLevel(env: Env): LogLevel {
  const raw = read(env, 'LOG_LEVEL')?.toLowerCase() ?? 'log';
  // "info" is what most people type; Nest calls it "log".
  const level = raw === 'info' ? 'log' : raw;
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ConfigError('LOG_LEVEL', `以下之一：${LOG_LEVELS.join('、')}（或 info）`, raw);
  return level as LogLevel;
}

const DURATION = /^(\d+)([smhd])$/;
const DURATION_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** `90s`, `30m`, `10h` or `7d` in seconds; undefined for anything else. */
export function parseDurationSeconds(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  const unit = match?.[2];
  if (!match?.[1] || (unit !== 's' && unit !== 'm' && unit !== 'h' && unit !== 'd')) return undefined;
  const seconds = Number(match[1]) * DURATION_SECONDS[unit];
  return seconds > 0 && Number.isSafeInteger(seconds) ? seconds : undefined;
}

function parseDuration(env: Env, name: string, fallback: string): number {
  const raw = read(env, name) ?? fallback;
  const seconds = parseDurationSeconds(raw);
  if (seconds === undefined) throw new ConfigError(name, '一段时长，例如 30m、10h 或 7d', raw);
  return seconds * 1000;
}

function parseTrustProxy(env: Env): number {
  const raw = read(env, 'TRUST_PROXY')?.toLowerCase();
  if (raw === undefined || raw === 'false' || raw === '0') return 0;
  if (raw === 'true') return 1;
  const hops = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(hops) || hops < 1 || hops > 10) throw new ConfigError('TRUST_PROXY', ' false、true（前面有一层代理）或代理的层数 1 到 10', raw);
  return hops;
}

function parseSessionLimits(env: Env): { sessionIdleMs: number; sessionMaxMs: number } {
  const sessionIdleMs = parseDuration(env, 'SESSION_IDLE_TIMEOUT', '10h');
  const sessionMaxMs = parseDuration(env, 'SESSION_MAX_AGE', '7d');
  if (sessionIdleMs > sessionMaxMs) throw new ConfigError('SESSION_IDLE_TIMEOUT', `不长于 SESSION_MAX_AGE（${sessionMaxMs / 1000} 秒）的时长`, read(env, 'SESSION_IDLE_TIMEOUT') ?? '10h');
  return { sessionIdleMs, sessionMaxMs };
}

/** More processes than this gain nothing on one machine and only take database connections. */
const MAX_WORKERS = 32;

function parseWorkers(env: Env): number {
  const raw = read(env, 'WORKERS');
  if (raw === undefined) return 1;
  const workers = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) throw new ConfigError('WORKERS', ` 1 到 ${MAX_WORKERS} 之间的整数`, raw);
  return workers;
}

function parseLogFormat(env: Env, onTerminal: boolean): LogFormat {
  const raw = read(env, 'LOG_FORMAT')?.toLowerCase();
  // A terminal has a person in front of it; anything else (a pipe, a file, a container log) a shipper.
  if (raw === undefined) return onTerminal ? 'pretty' : 'json';
  if (!(LOG_FORMATS as readonly string[]).includes(raw)) throw new ConfigError('LOG_FORMAT', ' "json" 或 "pretty"', raw);
  return raw as LogFormat;
}

// An RFC 1123 host name: labels of letters, digits and inner hyphens, dot-separated.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function parseHost(env: Env, databaseUrl: string | undefined): string | undefined {
  const raw = read(env, 'HOST');
  // The embedded database is a single-machine install: serve this machine only unless told otherwise.
  if (raw === undefined) return databaseUrl === undefined ? '127.0.0.1' : undefined;
  const host = /^\[(.*)\]$/.exec(raw)?.[1] ?? raw;
  if (isIP(host) === 0 && !HOST_NAME.test(host)) {
    throw new ConfigError('HOST', '本机的 IP 地址或主机名，不带协议和端口（例如 127.0.0.1、0.0.0.0、::）', raw);
  }
  return host;
}

export interface ParseConfigOptions {
  /** Whether stdout is a terminal, which picks the default LOG_FORMAT. */
  readonly onTerminal?: boolean;
}

/** Parses and validates the environment. Throws a ConfigError naming the first bad variable. */
export function parseConfig(env: Env, cwd: string = process.cwd(), options: ParseConfigOptions = {}): AppConfig {
  const { eventStore, kurrentDbUrl } = parseEventStore(env);
  const port = parsePort(env);
  const databaseUrl = parsePostgresUrl(env, 'DATABASE_URL');
  return {
    port,
    host: parseHost(env, databaseUrl),
    databaseUrl,
    dataDir: resolve(cwd, read(env, 'DATA_DIR') ?? '.data/'),
    jwtSecret: parseJwtSecret(env),
    eventStore,
    kurrentDbUrl,
    logLevel: parseLogLevel(env),
    logFormat: parseLogFormat(env, options.onTerminal ?? process.stdout.isTTY === true),
    development: read(env, 'NODE_ENV') === 'development',
    trustProxy: parseTrustProxy(env),
    ...parseSessionLimits(env),
    workers: parseWorkers(env),
  };
}
