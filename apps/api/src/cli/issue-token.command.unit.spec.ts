import { JwtService } from '@nestjs/jwt';
import type { CliIo } from './cli-command';
import { createIssueTokenCommand, type TokenSubjectLookup } from './issue-token.command';

const SECRET = 'a-unit-test-secret-that-is-long-enough-too';
const ORG = '0b9e6a4e-1111-4a2b-8c3d-123456789abc';
const OTHER_ORG = '0b9e6a4e-2222-4a2b-8c3d-123456789abc';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

// The tracker's org chart holds ORG only, and li.si is a person's account.
const asked: string[][] = [];
const lookUp: TokenSubjectLookup = async (_args, subject, orgUnitIds) => {
  asked.push([subject, ...orgUnitIds]);
  return { unknownOrgUnitIds: orgUnitIds.filter((id) => id !== ORG), isAccount: subject === 'li.si' };
};
const issueTokenCommand = createIssueTokenCommand(lookUp);

describe('issue-token', () => {
  const saved = process.env['JWT_SECRET'];
  beforeAll(() => (process.env['JWT_SECRET'] = SECRET));
  afterAll(() => (saved === undefined ? delete process.env['JWT_SECRET'] : (process.env['JWT_SECRET'] = saved)));
  beforeEach(() => asked.splice(0));

  it('signs an HS256 token with the roles and scope asked for', async () => {
    const io = capture();
    const org = ORG;
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
    expect(io.errors.join('\n')).toMatch(/缺少 --sub[\s\S]*--roles 须列出[\s\S]*这些不是编号：kangjian[\s\S]*--expires/);
    expect(asked).toEqual([]);
  });

  it('caps the lifetime at 30 days, and says so', async () => {
    const io = capture();
    expect(await issueTokenCommand.run(['--sub', 'report-bot', '--roles', 'ADMIN', '--expires', '31d'], io)).toBe(2);
    expect(io.errors).toEqual(['--expires 最长为 30d：令牌有效期不能超过 30 天']);
    expect(io.lines).toEqual([]);
    expect(await issueTokenCommand.run(['--sub', 'report-bot', '--roles', 'ADMIN', '--expires', '30d'], capture())).toBe(0);
    expect(issueTokenCommand.usage).toContain('最长 30d');
  });

  it('refuses org units the org chart does not hold', async () => {
    const io = capture();
    expect(await issueTokenCommand.run(['--sub', 'report-bot', '--roles', 'COMPILER', '--org', `${ORG},${OTHER_ORG}`], io)).toBe(2);
    expect(io.errors).toEqual([`--org 中的组织不存在：${OTHER_ORG}（用 { orgUnits { id name path } } 查询组织编号）`]);
    expect(io.lines).toEqual([]);
    expect(asked).toEqual([['report-bot', ORG, OTHER_ORG]]);
  });

  it('signs for API clients only: a person’s login signs in with its password', async () => {
    const io = capture();
    expect(await issueTokenCommand.run(['--sub', 'li.si', '--roles', 'RECORDER', '--org', ORG], io)).toBe(2);
    expect(io.errors.join('\n')).toContain('“li.si”是一个人的账号');
    expect(io.lines).toEqual([]);
  });
});
