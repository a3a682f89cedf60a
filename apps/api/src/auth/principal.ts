// Who is asking (docs/design.md §7): the verified claims of an HS256 bearer token.

export const ROLES = ['RECORDER', 'TREASURER', 'COMPILER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** What each role is called in the messages people read. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = { RECORDER: '记录员', TREASURER: '工会财务', COMPILER: '报告编写人', ADMIN: '管理员' };

export interface Principal {
  readonly subject: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** Org units the caller acts for; their descendants are included. */
  readonly orgUnitIds: readonly string[];
}

export interface TokenClaims {
  readonly sub: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly orgUnitIds: readonly string[];
}

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
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
