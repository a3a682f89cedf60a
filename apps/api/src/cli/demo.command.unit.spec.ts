import type { CliIo } from './cli-command';
import { createDemoCommand } from './demo.command';

const SECRET = 'a-unit-test-secret-that-is-long-enough-too';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

describe('demo', () => {
  const saved = process.env['JWT_SECRET'];
  beforeAll(() => (process.env['JWT_SECRET'] = SECRET));
  afterAll(() => (saved === undefined ? delete process.env['JWT_SECRET'] : (process.env['JWT_SECRET'] = saved)));

  it('says to start the server first when nothing answers, and writes nothing', async () => {
    const urls: string[] = [];
    const refused = (async (url: string) => {
      urls.push(url);
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }) as unknown as typeof fetch;
    const io = capture();
    expect(await createDemoCommand(refused).run(['--url', 'http://localhost:3999/graphql'], io)).toBe(1);
    expect(io.errors).toEqual(['Cannot reach the tracker at http://localhost:3999/graphql (ECONNREFUSED): start it first with npm start']);
    expect(urls).toHaveLength(1);
  });

  it('stops before any write when the server refuses the token', async () => {
    const bodies: string[] = [];
    const unauthenticated = (async (_url: string, init: RequestInit) => {
      bodies.push(String(init.body));
      return new Response(JSON.stringify({ errors: [{ message: 'token signature is invalid', extensions: { code: 'UNAUTHENTICATED' } }] }), { status: 200 });
    }) as unknown as typeof fetch;
    const io = capture();
    expect(await createDemoCommand(unauthenticated).run([], io)).toBe(1);
    expect(io.errors.join('\n')).toMatch(/refused the CLI's ADMIN token: run the CLI with the server's JWT_SECRET/);
    expect(bodies).toEqual([JSON.stringify({ query: '{ version }', variables: {} })]);
  });

  it('explains a URL that is not the GraphQL endpoint', async () => {
    const notFound = (async () => new Response('<html>Not Found</html>', { status: 404 })) as unknown as typeof fetch;
    const io = capture();
    expect(await createDemoCommand(notFound).run(['--url', 'http://localhost:3000/'], io)).toBe(1);
    expect(io.errors).toEqual(["http://localhost:3000/ answered HTTP 404 without GraphQL JSON: is --url the tracker's /graphql endpoint?"]);
  });
});
