import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { OperationTypeNode } from 'graphql';
import { accessLevel, accessRecord } from './access-log';
import { recordIdOf } from './audit-log';
import { localIsoTime, prettyLine } from './pretty-destination';
import { REDACTED } from './redaction';
import { requestIdOf } from './request-id';
import { createRootLogger, pinoLevelOf, quietNestStartUp } from './tracker-logging';
import { noteGraphQLOperation } from '../graphql/graphql-operation';

/** A root logger writing into an array, one parsed JSON object per line. */
function capturingLogger(level: 'log' | 'debug' = 'log') {
  const lines: Record<string, unknown>[] = [];
  const logger = createRootLogger({ logLevel: level, logFormat: 'json' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe("Nest's start-up lines", () => {
  it('go to debug, each module and route of them; the tracker’s own lines and every warning stay as they were', () => {
    const calls: string[][] = [];
    const record = (method: string) => (message: unknown, ...rest: unknown[]) => void calls.push([method, String(rest.at(-1)), String(message)]);
    const nest = quietNestStartUp({ log: record('log'), debug: record('debug'), warn: record('warn'), error: record('error') });
    nest.log('AppModule dependencies initialized', 'InstanceLoader');
    nest.log('Mapped {/graphql, POST} route', 'GraphQLModule');
    nest.log('追踪系统已启动', 'Runtime');
    nest.warn('Nest 的警告', 'NestApplication');
    expect(calls).toEqual([
      ['debug', 'InstanceLoader', 'AppModule dependencies initialized'],
      ['debug', 'GraphQLModule', 'Mapped {/graphql, POST} route'],
      ['log', 'Runtime', '追踪系统已启动'],
      ['warn', 'NestApplication', 'Nest 的警告'],
    ]);
  });
});

describe('the root logger', () => {
  it('writes JSON lines with an ISO-8601 time and the level by name', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ context: 'Runtime' }, '启动');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', context: 'Runtime', msg: '启动' });
    expect(String(lines[0]?.['time'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('hides passwords, tokens, cookies, reasons and GraphQL variables wherever a log call puts them', () => {
    const { logger, lines } = capturingLogger();
    logger.info(
      {
        password: 'p1-secret',
        input: { newPassword: 'p2-secret', nested: { currentPassword: 'p3-secret', reason: '受助人张三住院' } },
        req: { headers: { authorization: 'Bearer t-secret', cookie: 'session=c-secret' } },
        res: { headers: { 'set-cookie': 'session=c2-secret' } },
        variables: { input: { reason: '家庭困难' } },
        token: 'eyJ-secret',
        err: { message: 'duplicate key', parameters: ['p4-secret'] },
      },
      'x',
    );
    const text = JSON.stringify(lines);
    for (const secret of ['p1-secret', 'p2-secret', 'p3-secret', '张三', 't-secret', 'c-secret', 'c2-secret', '家庭困难', 'eyJ-secret', 'p4-secret']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ password: REDACTED, input: { newPassword: REDACTED, nested: { currentPassword: REDACTED, reason: REDACTED } }, variables: REDACTED });
  });

  it('maps Nest level names onto pino levels', () => {
    expect(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'].map((level) => pinoLevelOf(level as never))).toEqual(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);
    const { logger, lines } = capturingLogger('log');
    logger.debug('quiet');
    expect(lines).toEqual([]);
  });
});

describe('LOG_FORMAT=pretty', () => {
  it('shows local time with its offset, level, context, message and the other fields', () => {
    const line = prettyLine(
      JSON.stringify({ level: 'warn', time: '2024-03-05T08:00:00.000Z', pid: 1, hostname: 'h', context: 'Projections', msg: 'Projection paused', lag: 3, note: 'two words' }),
    );
    const time = localIsoTime(new Date('2024-03-05T08:00:00.000Z'));
    expect(line).toBe(`${time} WARN  [Projections] Projection paused lag=3 note="two words"\n`);
    expect(time).toMatch(/^2024-03-0\dT\d\d:\d\d:00\.000[+-]\d\d:\d\d$/);
  });

  it('keeps an access line short and puts an error stack under its line', () => {
    const access = prettyLine(JSON.stringify({ level: 'info', time: 0, kind: 'access', method: 'POST', path: '/graphql', status: 200, durationMs: 12, msg: 'POST /graphql 200' }));
    expect(access).toMatch(/ INFO  POST \/graphql 200 durationMs=12\n$/);
    const failed = prettyLine(JSON.stringify({ level: 'error', time: 0, msg: 'boom', err: { message: 'boom', stack: 'Error: boom\n    at f (x.ts:1)' } }));
    expect(failed).toMatch(/ ERROR boom\n  Error: boom\n      at f \(x\.ts:1\)\n$/);
  });

  it('passes a line that is not JSON through', () => {
    expect(prettyLine('plain text')).toBe('plain text\n');
  });
});

describe('request ids', () => {
  it('honours a valid x-request-id, then x-correlation-id, and makes one otherwise', () => {
    expect(requestIdOf({ headers: { 'x-request-id': 'req-1', 'x-correlation-id': 'corr-1' } })).toBe('req-1');
    expect(requestIdOf({ headers: { 'x-correlation-id': 'corr-1' } })).toBe('corr-1');
    expect(requestIdOf({ headers: { 'x-request-id': 'bad id with spaces\n{"level":"fatal"}' } })).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({ headers: { 'x-request-id': 'x'.repeat(101) } })).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({ id: 'already', headers: { 'x-request-id': 'req-1' } })).toBe('already');
  });
});

describe('the access line', () => {
  const request = (extra: Record<string, unknown> = {}): IncomingMessage =>
    Object.assign(new IncomingMessage(new Socket()), { method: 'POST', url: '/graphql?token=secret', originalUrl: '/graphql?token=secret', headers: { authorization: 'Bearer x' }, ...extra });
  const response = new ServerResponse(request());

  it('names method, path without its query, status, duration, account and the GraphQL operation, and nothing else', () => {
    const req = request({ principal: { subject: 'li.hua', roles: ['COMPILER'] } });
    noteGraphQLOperation(req, { type: OperationTypeNode.MUTATION, name: 'Grant', rootFields: [{ name: 'grantRelief', responseKey: 'grantRelief' }] });
    expect(accessRecord(req, response, 12)).toEqual({
      kind: 'access',
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: 12,
      account: 'li.hua',
      graphql: { operationType: 'mutation', operationName: 'Grant' },
    });
    expect(accessRecord(request(), response, 3)).toEqual({ kind: 'access', method: 'POST', path: '/graphql', status: 200, durationMs: 3 });
  });

  it('is an error for a 5xx, debug for a routine probe that succeeded, info otherwise', () => {
    expect(accessLevel('/graphql', 500, false)).toBe('error');
    expect(accessLevel('/health/ready', 503, false)).toBe('error');
    expect(accessLevel('/graphql', 200, true)).toBe('error');
    expect(accessLevel('/health/live', 200, false)).toBe('debug');
    expect(accessLevel('/metrics', 200, false)).toBe('debug');
    expect(accessLevel('/metrics', 401, false)).toBe('info');
    expect(accessLevel('/graphql', 400, false)).toBe('info');
  });
});

describe('the audit line', () => {
  it('takes the record id from a <kind>-<uuid> stream', () => {
    expect(recordIdOf('reliefgrant-8f0d6a52-b1c4-4c3e-9d1e-6f3b7a2c9e41')).toBe('8f0d6a52-b1c4-4c3e-9d1e-6f3b7a2c9e41');
    expect(recordIdOf('nodash')).toBeUndefined();
  });
});
