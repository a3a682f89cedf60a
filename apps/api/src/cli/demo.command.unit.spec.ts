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
    expect(io.errors).toEqual(['无法连接 http://localhost:3999/graphql 的追踪系统（ECONNREFUSED）：请先用 npm start 启动它。']);
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
    expect(io.errors.join('\n')).toMatch(/拒绝了命令行的管理员令牌：请用服务器的 JWT_SECRET/);
    expect(bodies).toEqual([JSON.stringify({ query: '{ version }', variables: {} })]);
  });

  it('explains a URL that is not the GraphQL endpoint', async () => {
    const notFound = (async () => new Response('<html>Not Found</html>', { status: 404 })) as unknown as typeof fetch;
    const io = capture();
    expect(await createDemoCommand(notFound).run(['--url', 'http://localhost:3000/'], io)).toBe(1);
    expect(io.errors).toEqual(['http://localhost:3000/ 的回答（HTTP 404）不是 GraphQL 的 JSON：--url 是追踪系统的 /graphql 地址吗？']);
  });
});
