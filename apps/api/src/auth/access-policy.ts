import { isDescendantOrSelf, type OrgChartState } from '@tracker/domain';
import { ForbiddenError } from '../errors/app-errors';
import { hasRole, ROLE_NAMES, type Principal, type Role } from './principal';

/**
 * What a principal may do (docs/design.md §7). ADMIN may do everything. Other roles act only on org units
 * inside their scope, descendants included: a token for 康健支局 covers its party branch too.
 */
export function assertMayActFor(principal: Principal, role: Role, chart: OrgChartState, orgUnitId: string): void {
  if (hasRole(principal, 'ADMIN')) return;
  if (!hasRole(principal, role)) {
    throw new ForbiddenError(`此操作需要${ROLE_NAMES[role]}角色，你的角色是${rolesOf(principal)}`);
  }
  if (!isInScope(principal, chart, orgUnitId)) throw new ForbiddenError(OUT_OF_SCOPE);
}

/**
 * The caller must cover every unit named (the record's owner, a unit the command names); an
 * undefined id is an unknown record or unit, which passes here so that the decider answers NOT_FOUND.
 */
export function assertMayActForEach(principal: Principal, role: Role, chart: OrgChartState, orgUnitIds: readonly (string | undefined)[]): void {
  for (const id of orgUnitIds) if (id !== undefined) assertMayActFor(principal, role, chart, id);
}

export function assertAdmin(principal: Principal): void {
  if (!hasRole(principal, 'ADMIN')) throw new ForbiddenError('只有管理员可以执行此操作');
}

export function isInScope(principal: Principal, chart: OrgChartState, orgUnitId: string): boolean {
  return hasRole(principal, 'ADMIN') || principal.orgUnitIds.some((scope) => isDescendantOrSelf(chart, scope, orgUnitId));
}

/**
 * What a caller hears for a unit outside its scope: only that it is outside, never the unit's
 * name or path, which would tell it what it may not see (issue 12).
 */
export const OUT_OF_SCOPE = '所涉及的组织不在你的权限范围内：你只能操作本单位及其下属单位的记录';
export const OUT_OF_READING_SCOPE = '所涉及的组织不在你的权限范围内：你只能查看本单位及其下属单位的记录和汇总';

export const rolesOf = (principal: Principal): string => principal.roles.map((role) => ROLE_NAMES[role]).join('、');

