// The roles a person or an API client acts in (docs/design.md §7). They live in the domain because an
// account's roles are its facts: the account decider checks them, the api's access policy reads them.

export const ROLES = ['RECORDER', 'TREASURER', 'COMPILER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role is called wherever people read it: messages, the schema's enum descriptions, and
 * (checked against the schema by a web test) the web app. 工会财务, not 财务: the union's, not the
 * company's finance office; 报告汇编, not 报告编写人: the role gathers the figures, it writes no prose.
 */
export const ROLE_NAMES: Readonly<Record<Role, string>> = { RECORDER: '记录员', TREASURER: '工会财务', COMPILER: '报告汇编', ADMIN: '管理员' };

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Roles in the order of ROLES, each once: the same set always reads the same in the log. */
export const sortedRoles = (roles: readonly Role[]): Role[] => ROLES.filter((role) => roles.includes(role));
