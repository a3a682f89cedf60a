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
      expect(failure({ WORKERS: bad })).toBe(`配置有误：WORKERS 应为 1 到 32 之间的整数（现为 "${bad}"）`);
    }
  });

  it('believes forwarded headers only when TRUST_PROXY says how many proxies stand in front', () => {
    expect(parse({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(parse({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(parse({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(failure({ TRUST_PROXY: 'yes' })).toBe('配置有误：TRUST_PROXY 应为 false、true（前面有一层代理）或代理的层数 1 到 10（现为 "yes"）');
  });

  it('reads the session limits as durations, the idle one no longer than the whole', () => {
    expect(parse({ SESSION_IDLE_TIMEOUT: '30m', SESSION_MAX_AGE: '1d' })).toMatchObject({ sessionIdleMs: 30 * 60_000, sessionMaxMs: 86400_000 });
    expect(failure({ SESSION_MAX_AGE: 'a week' })).toBe('配置有误：SESSION_MAX_AGE 应为一段时长，例如 30m、10h 或 7d（现为 "a week"）');
    expect(failure({ SESSION_IDLE_TIMEOUT: '2d', SESSION_MAX_AGE: '1d' })).toMatch(/^配置有误：SESSION_IDLE_TIMEOUT 应为不长于 SESSION_MAX_AGE/);
  });

  it('treats empty strings as unset', () => {
    expect(parse({ PORT: '', DATABASE_URL: ' ', JWT_SECRET: '' })).toMatchObject({ port: 3000, databaseUrl: undefined, jwtSecret: undefined });
  });

  it.each(['1', '3000', '65535'])('accepts PORT=%s', (port) => {
    expect(parse({ PORT: port }).port).toBe(Number(port));
  });

  it.each(['abc', '0', '65536', '-1', '3000.5', '1e3', '0x10'])('rejects PORT=%s with one clear line', (port) => {
    expect(failure({ PORT: port })).toBe(`配置有误：PORT 应为 1 到 65535 之间的整数（现为 "${port}"）`);
  });

  it.each(['postgres://u:p@localhost:5432/db', 'postgresql://localhost/db'])('accepts DATABASE_URL=%s', (url) => {
    expect(parse({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it.each(['mysql://localhost/db', 'localhost:5432', 'postgres://'])('rejects DATABASE_URL=%s', (url) => {
    expect(failure({ DATABASE_URL: url })).toMatch(/^配置有误：DATABASE_URL 应为 postgres:\/\/ 或 postgresql:\/\/ 开头的地址/);
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
    expect(message).toBe('配置有误：JWT_SECRET 应为至少 32 个字符（现为 "12 个字符"）');
  });

  it('accepts EVENT_STORE=kurrentdb only with a KURRENTDB_URL', () => {
    expect(failure({ EVENT_STORE: 'kurrentdb' })).toMatch(/^配置有误：KURRENTDB_URL 应为 kurrentdb:\/\/ 连接串（EVENT_STORE=kurrentdb 时必填）/);
    expect(failure({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://x' })).toMatch(/KURRENTDB_URL 应为 kurrentdb:\/\//);
    expect(parse({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false' })).toMatchObject({
      eventStore: 'kurrentdb',
      kurrentDbUrl: 'kurrentdb://localhost:2113?tls=false',
    });
  });

  it('rejects an unknown EVENT_STORE', () => {
    expect(failure({ EVENT_STORE: 'mongo' })).toBe('配置有误：EVENT_STORE 应为 "postgres" 或 "kurrentdb"（现为 "mongo"）');
  });

  it('reads LOG_LEVEL, taking "info" as Nest\'s "log"', () => {
    expect(parse({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(parse({ LOG_LEVEL: 'INFO' }).logLevel).toBe('log');
    expect(failure({ LOG_LEVEL: 'loud' })).toMatch(/^配置有误：LOG_LEVEL 应为以下之一：fatal、error、warn、log、debug、verbose/);
  });

  it('writes JSON logs unless stdout is a terminal, and takes LOG_FORMAT over that', () => {
    expect(parse({}, false).logFormat).toBe('json');
    expect(parse({}, true).logFormat).toBe('pretty');
    expect(parse({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(parse({ LOG_FORMAT: 'Pretty' }, false).logFormat).toBe('pretty');
    expect(parse({ LOG_FORMAT: '' }, false).logFormat).toBe('json');
  });

  it.each(['text', 'ecs', 'json,pretty'])('rejects LOG_FORMAT=%s with one clear line', (format) => {
    expect(failure({ LOG_FORMAT: format })).toBe(`配置有误：LOG_FORMAT 应为 "json" 或 "pretty"（现为 "${format.toLowerCase()}"）`);
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
      `配置有误：HOST 应为本机的 IP 地址或主机名，不带协议和端口（例如 127.0.0.1、0.0.0.0、::）（现为 ${JSON.stringify(host)}）`,
    );
  });

  it('turns the landing page on only for NODE_ENV=development', () => {
    expect(parse({ NODE_ENV: 'development' }).development).toBe(true);
    expect(parse({ NODE_ENV: 'production' }).development).toBe(false);
  });
});
