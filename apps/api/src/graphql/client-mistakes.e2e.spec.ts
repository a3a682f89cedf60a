// Issue 12 item 3: what a client gets wrong is answered 4xx with its own code and Chinese words,
// logged as one line at warn, and never reported as our fault (INTERNAL_SERVER_ERROR, a stack at error).
import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { ApiHarness, englishIn, errorCode, type GraphQLResponse } from '../../test/api-harness';
import { REGISTER_ORG_UNIT } from '../../test/documents';

let api: ApiHarness;
let admin: string;
let errors: jest.SpyInstance;
let warnings: jest.SpyInstance;

beforeAll(async () => {
  api = await ApiHarness.start();
  admin = api.token({ roles: ['ADMIN'] });
});

afterAll(() => api.close());

beforeEach(() => {
  errors = jest.spyOn(Logger.prototype, 'error');
  warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  errors.mockRestore();
  warnings.mockRestore();
});

/** POSTs a raw body with the given headers (and the admin's token) and reads the JSON answer. */
async function send(body: string, headers: Record<string, string>, token: string | null = admin): Promise<GraphQLResponse<unknown>> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  return { status: response.status, ...((await response.json()) as object) };
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** Refused as the client's mistake: the status and code, Chinese only, nothing written, one warn line and no error log. */
async function expectClientMistake(sending: () => Promise<GraphQLResponse<unknown>>, status: number, code: string): Promise<GraphQLResponse<unknown>> {
  const head = await api.head();
  const response = await sending();
  expect([response.status, errorCode(response)]).toEqual([status, code]);
  expect(response.data ?? null).toBeNull();
  expect(englishIn(response)).toEqual([]);
  expect(await api.head()).toBe(head);
  expect(errors).not.toHaveBeenCalled();
  return response;
}

describe('a post a browser could send from another site (CSRF) is refused and never run', () => {
  const registration = JSON.stringify({ query: REGISTER_ORG_UNIT, variables: { input: { name: '跨站局', kind: 'BUREAU' } } });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x']])('%s', async (type) => {
    const response = await expectClientMistake(() => send(registration, { 'content-type': type }), 400, 'BAD_REQUEST');
    expect(response.errors?.[0]?.message).toContain('跨站请求伪造');
    expect(warnings).toHaveBeenCalledTimes(1);
  });

  it('even with the preflight header: its body is not read as JSON', async () => {
    await expectClientMistake(() => send(registration, { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }), 400, 'BAD_REQUEST');
  });
});

describe('a malformed body', () => {
  it.each<[string, string, number]>([
    ['not JSON', '{"query": ', 400],
    ['a JSON string', '"{ version }"', 400],
    ['an empty object', '{}', 400],
    ['a batch (an array)', '[{"query":"{ version }"},{"query":"{ version }"}]', 400],
    ['a query that is a number', '{"query": 5}', 400],
    ['variables as a string', '{"query":"{ version }","variables":"{}"}', 400],
    ['extensions as a number', '{"query":"{ version }","extensions":5}', 400],
    ['an operation name the document lacks', '{"query":"query A { version }","operationName":"B"}', 400],
    ['two operations and no name', '{"query":"query A { version } query B { version }"}', 400],
  ])('%s is BAD_REQUEST', async (_name, body, status) => {
    await expectClientMistake(() => send(body, JSON_TYPE), status, 'BAD_REQUEST');
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(String(warnings.mock.calls[0]?.[0])).not.toContain('\n');
  });
});

describe('automatic persisted queries', () => {
  const query = '{ version }';
  const hash = createHash('sha256').update(query).digest('hex');
  const persisted = (extra: Record<string, unknown> = {}) => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, ...extra });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, so the client sends the text, which registers it', async () => {
    const unknown = await expectClientMistake(() => send(persisted(), JSON_TYPE), 200, 'PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('完整的查询语句');
    expect((await send(persisted({ query }), JSON_TYPE)).errors).toBeUndefined();
    expect((await send(persisted(), JSON_TYPE)).data).toEqual({ version: expect.any(String) });
  });

  it('a hash that does not match the text is BAD_REQUEST', async () => {
    const wrong = JSON.stringify({ query: '{ eventStore { headPosition } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    await expectClientMistake(() => send(wrong, JSON_TYPE), 400, 'BAD_REQUEST');
  });

  it('without a token, a hash alone is not enough: the client must send the text', async () => {
    await expectClientMistake(() => send(persisted(), JSON_TYPE, null), 200, 'PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('text no store can keep is BAD_USER_INPUT, naming the field, before anything runs', () => {
  it.each([
    ['a NUL byte', '南区\\u0000局'],
    ['a lone surrogate', '南区\\ud800局'],
  ])('%s in a variable', async (_name, escaped) => {
    const body = `{"query":${JSON.stringify(REGISTER_ORG_UNIT)},"variables":{"input":{"name":"${escaped}","kind":"BUREAU"}}}`;
    const response = await expectClientMistake(() => send(body, JSON_TYPE), 400, 'BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field: 'name', message: expect.stringContaining('无法保存的字符') }]);
  });

  it('a NUL byte in the document’s own literal', async () => {
    const body = JSON.stringify({ query: 'mutation { registerOrgUnit(input: { name: "南区\\u0000局", kind: BUREAU }) { position } }' });
    await expectClientMistake(() => send(body, JSON_TYPE), 400, 'BAD_USER_INPUT');
  });
});

it('a real fault is still INTERNAL_SERVER_ERROR, in the error log', async () => {
  errors.mockImplementation(() => undefined);
  await api.store.close();
  const response = await send(JSON.stringify({ query: '{ eventStore { headPosition } }' }), JSON_TYPE);
  expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
  expect(errors).toHaveBeenCalled();
});
