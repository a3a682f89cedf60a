import type { Request, Response } from 'express';
import { UnauthenticatedError } from '../errors/app-errors';
import type { Authenticator } from './authenticator';
import { type Principal, hasRole } from './principal';
import type { AuthenticatedRequest } from './request-context';

/** What a route tells a caller it turns away, in its own words. */
export interface AdminBearerRefusals {
  readonly unauthenticated: string;
  readonly forbidden: string;
}

/**
 * For plain HTTP routes that ADMIN tools call with a bearer token (GET /metrics for a scraper,
 * GET /admin/backup for the CLI): the token is checked as the auth guard checks it (an account's
 * token as the account is now), and a refusal is plain HTTP 401/403, which a tool reads better
 * than a GraphQL error. Returns the ADMIN principal, or undefined once it has answered the refusal.
 */
export async function admitAdminBearer(
  authenticator: Authenticator,
  request: Request & AuthenticatedRequest,
  response: Response,
  refusals: AdminBearerRefusals,
): Promise<Principal | undefined> {
  const header = request.headers['authorization'];
  let principal: Principal;
  try {
    principal = await authenticator.authenticateToken(Array.isArray(header) ? header[0] : header);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    response.status(401).setHeader('www-authenticate', 'Bearer').json({ code: 'UNAUTHENTICATED', message: refusals.unauthenticated });
    return undefined;
  }
  // For the access line's account, as the auth guard does for every other request.
  request.principal = principal;
  if (!hasRole(principal, 'ADMIN')) {
    response.status(403).json({ code: 'FORBIDDEN', message: refusals.forbidden });
    return undefined;
  }
  return principal;
}
