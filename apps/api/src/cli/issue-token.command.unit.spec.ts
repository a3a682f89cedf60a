import { JwtService } from '@nestjs/jwt';
import type { CliIo } from './cli-command';
import { issueTokenCommand } from './issue-token.command';

const SECRET = 'a-unit-test-secret-that-is-long-enough-too';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

describe('issue-token', () => {
  const saved = process.env['JWT_SECRET'];
  beforeAll(() => (process.env['JWT_SECRET'] = SECRET));
  afterAll(() => (saved === undefined ? delete process.env['JWT_SECRET'] : (process.env['JWT_SECRET'] = saved)));

  it('signs an HS256 token with the roles and scope asked for', async () => {
    const io = capture();
    const org = '0b9e6a4e-1111-4a2b-8c3d-123456789abc';
    const code = await issueTokenCommand.run(['--sub', 'zhang.san', '--name', '张三', '--roles', 'recorder,COMPILER', '--org', org, '--expires', '2h'], io);
    expect(code).toBe(0);
    const claims = new JwtService({ secret: SECRET }).verify<Record<string, unknown>>(io.lines[0] ?? '', { algorithms: ['HS256'] });
    expect(claims).toMatchObject({ sub: 'zhang.san', name: '张三', roles: ['RECORDER', 'COMPILER'], orgUnitIds: [org] });
    expect((claims['exp'] as number) - (claims['iat'] as number)).toBe(7200);
  });

  it('explains every problem with the options and issues nothing', async () => {
    const io = capture();
    const code = await issueTokenCommand.run(['--roles', 'BOSS', '--org', 'kangjian', '--expires', 'forever'], io);
    expect(code).toBe(2);
    expect(io.lines).toEqual([]);
    expect(io.errors.join('\n')).toMatch(/--sub is required[\s\S]*--roles must list[\s\S]*not ids: kangjian[\s\S]*--expires/);
  });
});
