import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '../errors/app-errors';
import { type Principal, type TokenClaims, principalFromClaims } from './principal';

// A client sends the same token with every request; verifying it anew each time (decode, HMAC,
// two JSON parses) cost about 4 % of the api's CPU under load. A token that verified is
// remembered for a while, but never past its `exp`, which is what could change the answer.
const VERIFIED_TTL_MS = 5 * 60_000;
const MAX_VERIFIED = 10_000;

/** Verifies and issues the HS256 tokens of docs/design.md §7. Only HS256 is accepted: `alg: none` and others fail. */
@Injectable()
export class TokenService {
  private readonly verified = new Map<string, { readonly principal: Principal; readonly validUntilMs: number }>();

  constructor(private readonly jwt: JwtService) {}

  async verify(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    const token = match?.[1];
    if (!token) throw new UnauthenticatedError('请先登录');
    const known = this.verified.get(token);
    if (known && Date.now() < known.validUntilMs) return known.principal;
    this.verified.delete(token);
    let claims: Record<string, unknown>;
    try {
      claims = await this.jwt.verifyAsync<Record<string, unknown>>(token, { algorithms: ['HS256'] });
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? '登录令牌已过期，请重新获取' : '登录令牌无效');
    }
    const principal = principalFromClaims(claims);
    if (!principal) throw new UnauthenticatedError('登录令牌缺少用户或角色信息');
    this.remember(token, principal, claims['exp']);
    return principal;
  }

  private remember(token: string, principal: Principal, exp: unknown): void {
    // jsonwebtoken refuses a token once now (in whole seconds) >= exp; `nbf` already passed.
    const validUntilMs = Math.min(Date.now() + VERIFIED_TTL_MS, typeof exp === 'number' ? exp * 1000 : Infinity);
    if (this.verified.size >= MAX_VERIFIED) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { principal, validUntilMs });
  }

  issue(claims: TokenClaims, expiresInSeconds: number): Promise<string> {
    return this.jwt.signAsync({ ...claims }, { algorithm: 'HS256', expiresIn: expiresInSeconds });
  }
}
