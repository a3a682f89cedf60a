// Bearer token verification (docs/design.md §7): a token verified once is remembered, but a remembered
// token still expires on time, and nothing that failed verification is ever remembered.
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TokenService } from './token.service';

const key = createSecretKey(Buffer.from('unit-test-secret-unit-test-secret-0123'));
const service = () => new TokenService(new JwtService({ secret: key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }));
const claims = { sub: 'branch-secretary', name: '支部书记', roles: ['RECORDER' as const], orgUnitIds: [] };

afterEach(() => jest.restoreAllMocks());

describe('TokenService.verify', () => {
  it('answers a repeated token with the same principal', async () => {
    const tokens = service();
    const token = await tokens.issue(claims, 600);
    const first = await tokens.verify(`Bearer ${token}`);
    expect(first).toMatchObject({ subject: 'branch-secretary', roles: ['RECORDER'] });
    await expect(tokens.verify(`Bearer ${token}`)).resolves.toEqual(first);
  });

  it('refuses a remembered token once its exp has passed', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2024-03-05T08:00:00Z'));
    const tokens = service();
    const token = await tokens.issue(claims, 2);
    await expect(tokens.verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'branch-secretary' });
    now.mockReturnValue(Date.parse('2024-03-05T08:00:02Z'));
    await expect(tokens.verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('过期') });
  });

  it('never remembers a token that failed: a tampered copy of a verified token is still refused', async () => {
    const tokens = service();
    const token = await tokens.issue(claims, 600);
    await tokens.verify(`Bearer ${token}`);
    const [header, payload] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN'] })).toString('base64url')}.${token.split('.')[2]}`;
    expect(forged.split('.')[0]).toBe(header);
    expect(forged).not.toContain(payload);
    for (let i = 0; i < 2; i++) await expect(tokens.verify(`Bearer ${forged}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('a token’s lifetime (issue 12 §6)', () => {
  const jwt = new JwtService({ secret: key, verifyOptions: { algorithms: ['HS256'] } });
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (extra: Record<string, unknown>, options: { noTimestamp?: boolean } = {}) => jwt.sign({ ...claims, ...extra }, { algorithm: 'HS256', ...options });

  it('must say when it ends', async () => {
    await expect(service().verify(`Bearer ${sign({})}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('有效期（exp）') });
  });

  it('may not be issued in the future beyond a minute of clock skew', async () => {
    await expect(service().verify(`Bearer ${sign({ iat: now() + 120, exp: now() + 600 })}`)).rejects.toMatchObject({ message: expect.stringContaining('签发时间晚于服务器时间') });
    await expect(service().verify(`Bearer ${sign({ iat: now() + 30, exp: now() + 600 })}`)).resolves.toMatchObject({ subject: 'branch-secretary' });
  });

  it('lives 30 days at most, counted from its issue (or from now, without iat)', async () => {
    const day = 86_400;
    await expect(service().verify(`Bearer ${sign({ iat: now(), exp: now() + 30 * day + 60 })}`)).rejects.toMatchObject({ message: expect.stringContaining('30 天') });
    await expect(service().verify(`Bearer ${sign({ iat: now() - 20 * day, exp: now() + 11 * day })}`)).rejects.toMatchObject({ message: expect.stringContaining('30 天') });
    await expect(service().verify(`Bearer ${sign({ exp: now() + 31 * day }, { noTimestamp: true })}`)).rejects.toMatchObject({ message: expect.stringContaining('30 天') });
    await expect(service().verify(`Bearer ${sign({ iat: now(), exp: now() + 30 * day })}`)).resolves.toMatchObject({ subject: 'branch-secretary' });
  });

  it('tells its issue time, which an account’s token must postdate the password by', async () => {
    const iat = now() - 60;
    await expect(service().verifyToken(`Bearer ${sign({ iat, exp: now() + 600 })}`)).resolves.toMatchObject({ issuedAtMs: iat * 1000 });
  });
});
