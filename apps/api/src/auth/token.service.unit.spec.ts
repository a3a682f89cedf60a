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
