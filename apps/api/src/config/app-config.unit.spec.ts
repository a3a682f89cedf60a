import { ConfigError, parseConfig } from './app-config';

const parse = (env: Record<string, string>, onTerminal = false) => parseConfig(env, '/srv/tracker', { onTerminal });
const failure = (env: Record<string, string>): string => {
  try {
    parse(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(parse({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '/srv/tracker/.data',
      jwtSecret: undefined,
      eventStore: 'postgres',
      kurrentDbUrl: undefined,
      logLevel: 'log',
      logFormat: 'json',
      development: false,
      trustProxy: 0,
      sessionIdleMs: 10 * 3600_000,
      sessionMaxMs: 7 * 86400_000,
      workers: 1,
    });
  });

  it('runs WORKERS api processes, one by default', () => {
    expect(parse({ WORKERS: '2' }).workers).toBe(2);
    expect(parse({ WORKERS: '32' }).workers).toBe(32);
    for (const bad of ['0', '33', '1.5', 'two', '-1']) {
      expect(failure({ WORKERS: bad })).toBe(`Invalid configuration: WORKERS must be a whole number from 1 to 32 (got "${bad}")`);
    }
  });

  it('believes forwarded headers only when TRUST_PROXY says how many proxies stand in front', () => {
    expect(parse({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(parse({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(parse({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(failure({ TRUST_PROXY: 'yes' })).toBe('Invalid configuration: TRUST_PROXY must be false, true (one proxy in front) or the number of proxies, 1 to 10 (got "yes")');
  });

  it('reads the session limits as durations, the idle one no longer than the whole', () => {
    expect(parse({ SESSION_IDLE_TIMEOUT: '30m', SESSION_MAX_AGE: '1d' })).toMatchObject({ sessionIdleMs: 30 * 60_000, sessionMaxMs: 86400_000 });
    expect(failure({ SESSION_MAX_AGE: 'a week' })).toBe('Invalid configuration: SESSION_MAX_AGE must be a duration such as 30m, 10h or 7d (got "a week")');
    expect(failure({ SESSION_IDLE_TIMEOUT: '2d', SESSION_MAX_AGE: '1d' })).toMatch(/^Invalid configuration: SESSION_IDLE_TIMEOUT must be no longer than SESSION_MAX_AGE/);
  });

  it('treats empty strings as unset', () => {
    expect(parse({ PORT: '', DATABASE_URL: ' ', JWT_SECRET: '' })).toMatchObject({ port: 3000, databaseUrl: undefined, jwtSecret: undefined });
  });

  it.each(['1', '3000', '65535'])('accepts PORT=%s', (port) => {
    expect(parse({ PORT: port }).port).toBe(Number(port));
  });

  it.each(['abc', '0', '65536', '-1', '3000.5', '1e3', '0x10'])('rejects PORT=%s with one clear line', (port) => {
    expect(failure({ PORT: port })).toBe(`Invalid configuration: PORT must be a whole number from 1 to 65535 (got "${port}")`);
  });

  it.each(['postgres://u:p@localhost:5432/db', 'postgresql://localhost/db'])('accepts DATABASE_URL=%s', (url) => {
    expect(parse({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it.each(['mysql://localhost/db', 'localhost:5432', 'postgres://'])('rejects DATABASE_URL=%s', (url) => {
    expect(failure({ DATABASE_URL: url })).toMatch(/^Invalid configuration: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  it('does not echo the password of a bad DATABASE_URL', () => {
    expect(failure({ DATABASE_URL: 'mysql://admin:s3cret@db/x' })).not.toContain('s3cret');
  });

  it('resolves DATA_DIR against the working directory', () => {
    expect(parse({ DATA_DIR: 'var/data' }).dataDir).toBe('/srv/tracker/var/data');
    expect(parse({ DATA_DIR: '/data' }).dataDir).toBe('/data');
  });

  it('wants a JWT_SECRET of at least 32 characters, without echoing it', () => {
    expect(parse({ JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
    const message = failure({ JWT_SECRET: 'short-secret' });
    expect(message).toBe('Invalid configuration: JWT_SECRET must be at least 32 characters long (got "12 characters")');
  });

  it('accepts EVENT_STORE=kurrentdb only with a KURRENTDB_URL', () => {
    expect(failure({ EVENT_STORE: 'kurrentdb' })).toMatch(/^Invalid configuration: KURRENTDB_URL must be set when EVENT_STORE=kurrentdb/);
    expect(failure({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://x' })).toMatch(/KURRENTDB_URL must be a kurrentdb:\/\//);
    expect(parse({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false' })).toMatchObject({
      eventStore: 'kurrentdb',
      kurrentDbUrl: 'kurrentdb://localhost:2113?tls=false',
    });
  });

  it('rejects an unknown EVENT_STORE', () => {
    expect(failure({ EVENT_STORE: 'mongo' })).toBe('Invalid configuration: EVENT_STORE must be "postgres" or "kurrentdb" (got "mongo")');
  });

  it('reads LOG_LEVEL, taking "info" as Nest\'s "log"', () => {
    expect(parse({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(parse({ LOG_LEVEL: 'INFO' }).logLevel).toBe('log');
    expect(failure({ LOG_LEVEL: 'loud' })).toMatch(/^Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose/);
  });

  it('writes JSON logs unless stdout is a terminal, and takes LOG_FORMAT over that', () => {
    expect(parse({}, false).logFormat).toBe('json');
    expect(parse({}, true).logFormat).toBe('pretty');
    expect(parse({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(parse({ LOG_FORMAT: 'Pretty' }, false).logFormat).toBe('pretty');
    expect(parse({ LOG_FORMAT: '' }, false).logFormat).toBe('json');
  });

  it.each(['text', 'ecs', 'json,pretty'])('rejects LOG_FORMAT=%s with one clear line', (format) => {
    expect(failure({ LOG_FORMAT: format })).toBe(`Invalid configuration: LOG_FORMAT must be "json" or "pretty" (got "${format.toLowerCase()}")`);
  });

  it('listens on 127.0.0.1 with the embedded database and on every interface with DATABASE_URL, unless HOST says otherwise', () => {
    expect(parse({}).host).toBe('127.0.0.1');
    expect(parse({ DATABASE_URL: 'postgres://db/tracker' }).host).toBeUndefined();
    expect(parse({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(parse({ DATABASE_URL: 'postgres://db/tracker', HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });

  it.each([
    ['0.0.0.0', '0.0.0.0'],
    ['192.168.1.20', '192.168.1.20'],
    ['::', '::'],
    ['::1', '::1'],
    ['[::1]', '::1'],
    ['localhost', 'localhost'],
    ['tracker.bureau.example', 'tracker.bureau.example'],
  ])('accepts HOST=%s', (raw, host) => {
    expect(parse({ HOST: raw }).host).toBe(host);
  });

  it.each(['http://0.0.0.0', '0.0.0.0:3000', 'localhost:3000', '*', 'my host', '-bad-.example', '[]'])('rejects HOST=%s with one clear line', (host) => {
    expect(failure({ HOST: host })).toBe(
      `Invalid configuration: HOST must be an IP address or host name of this machine, without scheme or port (e.g. 127.0.0.1, 0.0.0.0, ::) (got ${JSON.stringify(host)})`,
    );
  });

  it('turns the landing page on only for NODE_ENV=development', () => {
    expect(parse({ NODE_ENV: 'development' }).development).toBe(true);
    expect(parse({ NODE_ENV: 'production' }).development).toBe(false);
  });
});
