import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '../errors/app-errors';
import { type Principal, type TokenClaims, principalFromClaims } from './principal';

// A client sends the same token with every request; verifying it anew each time (decode, HMAC,
// two JSON parses) cost about 4 % of the api's CPU under load. A token that verified is
// remembered for a while, but never past its `exp`, which is what could change the answer.
const VERIFIED_TTL_MS = 5 * 60_000;
const MAX_VERIFIED = 10_000;

/** No token lives longer (issue 12 §6): a leaked one is useless within a month. The CLI's --expires says so. */
export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 86_400;
/** How far ahead of ours the signing machine's clock may run. */
export const TOKEN_CLOCK_SKEW_SECONDS = 60;

export interface VerifiedToken {
  readonly principal: Principal;
  /** `iat` in milliseconds: an account's token must postdate its password. */
  readonly issuedAtMs: number;
}

/** Verifies and issues the HS256 tokens of docs/design.md §7. Only HS256 is accepted: `alg: none` and others fail. */
@Injectable()
export class TokenService {
  private readonly verified = new Map<string, VerifiedToken & { readonly validUntilMs: number }>();

  constructor(private readonly jwt: JwtService) {}

  /** The token's claims as a principal; for an account's token, see Authenticator, which checks the account. */
  async verify(authorization: string | undefined): Promise<Principal> {
    return (await this.verifyToken(authorization)).principal;
  }

  async verifyToken(authorization: string | undefined): Promise<VerifiedToken> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    const token = match?.[1];
    if (!token) throw new UnauthenticatedError('请先登录');
    const known = this.verified.get(token);
    if (known && Date.now() < known.validUntilMs) return known;
    this.verified.delete(token);
    let claims: Record<string, unknown>;
    try {
      claims = await this.jwt.verifyAsync<Record<string, unknown>>(token, { algorithms: ['HS256'] });
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? '登录令牌已过期，请重新获取' : '登录令牌无效');
    }
    const { exp, iat } = claims;
    const issuedAt = lifetimeProblemOf(exp, iat, Date.now() / 1000);
    if (typeof issuedAt === 'string') throw new UnauthenticatedError(issuedAt);
    const principal = principalFromClaims(claims);
    if (!principal) throw new UnauthenticatedError('登录令牌缺少用户或角色信息');
    const verified = { principal, issuedAtMs: issuedAt * 1000 };
    this.remember(token, verified, exp as number);
    return verified;
  }

  private remember(token: string, verified: VerifiedToken, exp: number): void {
    // jsonwebtoken refuses a token once now (in whole seconds) >= exp; `nbf` already passed.
    const validUntilMs = Math.min(Date.now() + VERIFIED_TTL_MS, exp * 1000);
    if (this.verified.size >= MAX_VERIFIED) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { ...verified, validUntilMs });
  }

  issue(claims: TokenClaims, expiresInSeconds: number): Promise<string> {
    return this.jwt.signAsync({ ...claims }, { algorithm: 'HS256', expiresIn: expiresInSeconds });
  }
}

/**
 * A token must say when it ends, within MAX_TOKEN_LIFETIME_SECONDS of when it was issued, and
 * may not claim to be issued in the future. Returns the issue time in seconds (now, when the
 * token omits `iat`), or why the token is refused.
 */
export function lifetimeProblemOf(exp: unknown, iat: unknown, nowSeconds: number): number | string {
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return '登录令牌没有写明有效期（exp），请重新获取';
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) return '登录令牌的签发时间（iat）无效';
  const issuedAt = typeof iat === 'number' ? iat : nowSeconds;
  if (issuedAt > nowSeconds + TOKEN_CLOCK_SKEW_SECONDS) return '登录令牌的签发时间晚于服务器时间，请检查签发令牌那台机器的时钟';
  if (exp - Math.min(issuedAt, nowSeconds) > MAX_TOKEN_LIFETIME_SECONDS) return `登录令牌的有效期超过了 ${MAX_TOKEN_LIFETIME_SECONDS / 86_400} 天的上限，请重新获取`;
  return issuedAt;
}
