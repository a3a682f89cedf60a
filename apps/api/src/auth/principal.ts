// Who is asking (docs/design.md §7, §13): a person signed in to an account (a session cookie, or a token
// whose subject is the account's login), or an API client with a token whose subject is no account.
import { isRole, ROLE_NAMES, ROLES, type Role } from '@tracker/domain';

export { ROLE_NAMES, ROLES, type Role };

/** What the request proved about an account, checked against its current state on every request. */
export interface AccountIdentity {
  readonly id: string;
  /** The password was set by someone else: only changing it (and signing out) is allowed. */
  readonly mustChangePassword: boolean;
  /** The hash of the session token, when the request came with the session cookie. */
  readonly sessionTokenHash?: string;
}

export interface Principal {
  /** The login: an account's username, or an API client token's `sub`. What events record as `recordedBy`. */
  readonly subject: string;
  /** The person's name (an account's display name, a token's `name`), recorded as `recordedByName`. */
  readonly name: string;
  readonly roles: readonly Role[];
  /** Org units the caller acts for; their descendants are included. */
  readonly orgUnitIds: readonly string[];
  /** Set for a person's account; absent for an API client. */
  readonly account?: AccountIdentity;
}

export interface TokenClaims {
  readonly sub: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly orgUnitIds: readonly string[];
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Turns verified JWT claims into a Principal, or null when the claims are not of our shape. */
export function principalFromClaims(claims: Record<string, unknown>): Principal | null {
  const { sub, name, roles, orgUnitIds } = claims;
  if (typeof sub !== 'string' || sub.trim() === '') return null;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) return null;
  if (orgUnitIds !== undefined && !isStringList(orgUnitIds)) return null;
  return {
    subject: sub,
    name: typeof name === 'string' && name.trim() !== '' ? name : sub,
    roles,
    orgUnitIds: orgUnitIds ?? [],
  };
}

export const hasRole = (principal: Principal, role: Role): boolean => principal.roles.includes(role);
