import { Inject, Injectable } from '@nestjs/common';
import { type AccountRecord, AccountDirectory, accountIdOf } from '../accounts/account-directory';
import { CLOCK, type Clock } from '../accounts/clock';
import { hashSessionToken, sessionTokenOf } from '../accounts/session-cookie';
import { SessionStore } from '../accounts/store/session-store';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { UnauthenticatedError } from '../errors/app-errors';
import { assertNotCrossSite } from './cross-site';
import type { AccountIdentity, Principal } from './principal';
import { type AuthenticatedRequest, headerOf } from './request-context';
import { TokenService } from './token.service';

// last_seen_at is written at most this often per session: idle expiry needs minutes, not milliseconds.
const TOUCH_EVERY_MS = 60_000;

/**
 * Who sent a request (docs/design.md §7, §13): a bearer token, or else the session cookie. A person's
 * account is read as it is now on every request, so a disabled account, a new password or new
 * roles bite at once, on every session and every token of it.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly accounts: AccountDirectory,
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws UNAUTHENTICATED (or FORBIDDEN for a cross-site request); worked out once per request. */
  authenticate(request: AuthenticatedRequest): Promise<Principal> {
    request.identity ??= this.identify(request);
    return request.identity;
  }

  /** The caller, or undefined when the request proves no one (for `me`, which anyone may ask). */
  authenticateIfAny(request: AuthenticatedRequest): Promise<Principal | undefined> {
    return this.authenticate(request).catch(() => undefined);
  }

  /**
   * A bearer token alone, for routes that take no cookie (GET /metrics, for a scraper): its claims,
   * or the account its subject names as it is now. Throws UNAUTHENTICATED.
   */
  authenticateToken(authorization: string | undefined): Promise<Principal> {
    return this.fromToken(authorization);
  }

  private async identify(request: AuthenticatedRequest): Promise<Principal> {
    const authorization = headerOf(request, 'authorization');
    if (authorization !== undefined) return this.fromToken(authorization);
    const sessionToken = sessionTokenOf(request);
    if (sessionToken === undefined) throw new UnauthenticatedError('请先登录');
    assertNotCrossSite(request);
    return this.fromSession(hashSessionToken(sessionToken));
  }

  private async fromToken(authorization: string | undefined): Promise<Principal> {
    const { principal, issuedAtMs } = await this.tokens.verifyToken(authorization);
    const accountId = accountIdOf(principal.subject);
    const account = accountId === undefined ? undefined : await this.accounts.find(accountId);
    // A subject that is no account's login is an API client: its token's claims are all there is.
    if (!account) return principal;
    // `iat` has whole seconds: a token from the second the password was set still counts.
    if (issuedAtMs < Math.floor(account.credential.setAt.getTime() / 1000) * 1000) {
      throw new UnauthenticatedError('账号的密码已经更改，此登录令牌随之失效，请重新获取');
    }
    return principalOf(account, {});
  }

  private async fromSession(tokenHash: string): Promise<Principal> {
    const session = await this.sessions.find(tokenHash);
    if (!session) throw new UnauthenticatedError('登录已失效，请重新登录');
    const now = this.clock.now();
    if (now >= session.expiresAt || now.getTime() - session.lastSeenAt.getTime() >= this.config.sessionIdleMs) {
      await this.sessions.end(tokenHash);
      throw new UnauthenticatedError('登录已超时，请重新登录');
    }
    const account = await this.accounts.find(session.accountId);
    if (!account || account.state.status === 'disabled') {
      await this.sessions.end(tokenHash);
      throw new UnauthenticatedError('账号已停用，请联系管理员');
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await this.sessions.touch(tokenHash, now);
    return principalOf(account, { sessionTokenHash: tokenHash });
  }
}

/** The account as it is now; its token's or session's claims say nothing about its roles. */
function principalOf(account: AccountRecord, via: Pick<AccountIdentity, 'sessionTokenHash'>): Principal {
  if (account.state.status === 'disabled') throw new UnauthenticatedError('账号已停用，请联系管理员');
  const { facts } = account.state;
  return {
    subject: facts.username,
    name: facts.displayName,
    roles: facts.roles,
    orgUnitIds: facts.orgUnitIds,
    account: { id: facts.accountId, mustChangePassword: account.credential.oneTime, ...via },
  };
}
