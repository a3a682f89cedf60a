import type { Principal } from './principal';

/** What the auth guard attaches to each HTTP request. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
  correlationId?: string;
}
