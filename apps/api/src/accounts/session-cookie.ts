// The session cookie (docs/design.md §13). It carries a random token; the server keeps only its hash.
import { parse } from 'cookie';
import type { Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { type AuthenticatedRequest, headerOf } from '../auth/request-context';

export const SESSION_COOKIE = 'tracker_session';

export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sessionTokenOf(request: AuthenticatedRequest): string | undefined {
  const header = headerOf(request, 'cookie');
  const token = header === undefined ? undefined : parse(header)[SESSION_COOKIE];
  return token === undefined || token === '' ? undefined : token;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Secure over HTTPS. */
const attributes = (request: AuthenticatedRequest) => ({ httpOnly: true, sameSite: 'strict' as const, path: '/', secure: request.secure === true });

export function setSessionCookie(response: Response, request: AuthenticatedRequest, token: string, maxAgeMs: number): void {
  response.cookie(SESSION_COOKIE, token, { ...attributes(request), maxAge: maxAgeMs });
}

export function clearSessionCookie(response: Response, request: AuthenticatedRequest): void {
  response.clearCookie(SESSION_COOKIE, attributes(request));
}
