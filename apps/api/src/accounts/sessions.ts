import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../auth/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { CLOCK, type Clock } from './clock';
import { clearSessionCookie, hashSessionToken, newSessionToken, sessionTokenOf, setSessionCookie } from './session-cookie';
import { SessionStore } from './store/session-store';

/** Starting and ending sessions: the row on the server and the cookie in the browser, together. */
@Injectable()
export class Sessions {
  constructor(
    private readonly store: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for the account; returns when it ends at the latest. */
  async start(accountId: string, request: AuthenticatedRequest, response: Response): Promise<Date> {
    // Whatever session the browser had is over: one sign-in, one session (its cookie is replaced below).
    const previous = sessionTokenOf(request);
    if (previous !== undefined) await this.store.end(hashSessionToken(previous));
    const now = this.clock.now();
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxMs);
    await this.store.endExpiredOf(accountId, now, this.config.sessionIdleMs);
    await this.store.create({ tokenHash: hashSessionToken(token), accountId, createdAt: now, lastSeenAt: now, expiresAt });
    setSessionCookie(response, request, token, this.config.sessionMaxMs);
    return expiresAt;
  }

  /** Ends the request's session on the server for good, and clears the cookie; true when there was one. */
  async end(request: AuthenticatedRequest, response: Response): Promise<boolean> {
    const token = sessionTokenOf(request);
    if (token === undefined) return false;
    clearSessionCookie(response, request);
    return this.store.end(hashSessionToken(token));
  }
}
