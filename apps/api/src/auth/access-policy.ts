import { isDescendantOrSelf, orgUnitPath, type OrgChartState } from '@tracker/domain';
import { ForbiddenError } from '../errors/app-errors';
import { hasRole, ROLE_NAMES, type Principal, type Role } from './principal';

/**
 * What a principal may do (DESIGN §7). ADMIN may do everything. Other roles act only on org units
 * inside their scope, descendants included: a token for 康健支局 covers its party branch too.
 */
export function assertMayActFor(principal: Principal, role: Role, chart: OrgChartState, orgUnitId: string): void {
  if (hasRole(principal, 'ADMIN')) return;
  if (!hasRole(principal, role)) {
    throw new ForbiddenError(`此操作需要${ROLE_NAMES[role]}角色，你的角色是${rolesOf(principal)}`);
  }
  if (!isInScope(principal, chart, orgUnitId)) {
    throw new ForbiddenError(`你无权操作${describeUnit(chart, orgUnitId)}：只能操作本单位及其下属单位`);
  }
}

export function assertAdmin(principal: Principal): void {
  if (!hasRole(principal, 'ADMIN')) throw new ForbiddenError('只有管理员可以执行此操作');
}

export function isInScope(principal: Principal, chart: OrgChartState, orgUnitId: string): boolean {
  return hasRole(principal, 'ADMIN') || principal.orgUnitIds.some((scope) => isDescendantOrSelf(chart, scope, orgUnitId));
}

function describeUnit(chart: OrgChartState, orgUnitId: string): string {
  try {
    return `“${orgUnitPath(chart, orgUnitId).join(' / ')}”`;
  } catch {
    return `组织 ${orgUnitId}`;
  }
}

const rolesOf = (principal: Principal): string => principal.roles.map((role) => ROLE_NAMES[role]).join('、');

/**
 * The org units a report query may cover (DESIGN §7): COMPILER and ADMIN only. `undefined` means
 * everything (an ADMIN asking without orgUnitId); otherwise the units, descendants included.
 */
export function reportScope(principal: Principal, chart: OrgChartState, orgUnitId: string | undefined): readonly string[] | undefined {
  if (!hasRole(principal, 'ADMIN') && !hasRole(principal, 'COMPILER')) {
    throw new ForbiddenError(`查看报告汇总需要${ROLE_NAMES.COMPILER}角色，你的角色是${rolesOf(principal)}`);
  }
  if (orgUnitId !== undefined) {
    describeUnitOrThrow(chart, orgUnitId);
    if (!isInScope(principal, chart, orgUnitId)) throw new ForbiddenError(`你无权查看${describeUnit(chart, orgUnitId)}`);
    return [orgUnitId];
  }
  return hasRole(principal, 'ADMIN') ? undefined : principal.orgUnitIds;
}

function describeUnitOrThrow(chart: OrgChartState, orgUnitId: string): void {
  // orgUnitPath throws the domain's NotFoundError for an unknown unit.
  orgUnitPath(chart, orgUnitId);
}
