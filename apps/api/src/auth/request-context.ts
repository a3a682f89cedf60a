import type { Principal } from './principal';

/** What the auth layer reads from each HTTP request (an Express request), and what it attaches. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  method?: string;
  /** The client's address; behind TRUST_PROXY proxies, from X-Forwarded-For. */
  ip?: string;
  /** Came over HTTPS (behind TRUST_PROXY proxies, as X-Forwarded-Proto says). */
  secure?: boolean;
  principal?: Principal;
  correlationId?: string;
  /** Who sent it, worked out once per request: an account's state is read afresh for each request, and only once in it. */
  identity?: Promise<Principal>;
}

/** One header's value, the first if sent several times. */
export function headerOf(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
