import { isDescendantOrSelf, orgUnitPath, type OrgChartState } from '@tracker/domain';
import { ForbiddenError } from '../errors/app-errors';
import { hasRole, type Principal, type Role } from './principal';

/**
 * What a principal may do (DESIGN §7). ADMIN may do everything. Other roles act only on org units
 * inside their scope, descendants included: a token for 康健支局 covers its party branch too.
 */
export function assertMayActFor(principal: Principal, role: Role, chart: OrgChartState, orgUnitId: string): void {
  if (hasRole(principal, 'ADMIN')) return;
  if (!hasRole(principal, role)) {
    throw new ForbiddenError(`This needs the ${role} role; your token has ${principal.roles.join(', ')}.`);
  }
  if (!isInScope(principal, chart, orgUnitId)) {
    throw new ForbiddenError(`Your token does not cover ${describeUnit(chart, orgUnitId)}: it covers only your own org units and those under them.`);
  }
}

export function assertAdmin(principal: Principal): void {
  if (!hasRole(principal, 'ADMIN')) throw new ForbiddenError('Only an ADMIN may do this.');
}

export function isInScope(principal: Principal, chart: OrgChartState, orgUnitId: string): boolean {
  return hasRole(principal, 'ADMIN') || principal.orgUnitIds.some((scope) => isDescendantOrSelf(chart, scope, orgUnitId));
}

function describeUnit(chart: OrgChartState, orgUnitId: string): string {
  try {
    return `"${orgUnitPath(chart, orgUnitId).join(' / ')}"`;
  } catch {
    return `org unit ${orgUnitId}`;
  }
}

/**
 * The org units a report query may cover (DESIGN §7): COMPILER and ADMIN only. `undefined` means
 * everything (an ADMIN asking without orgUnitId); otherwise the units, descendants included.
 */
export function reportScope(principal: Principal, chart: OrgChartState, orgUnitId: string | undefined): readonly string[] | undefined {
  if (!hasRole(principal, 'ADMIN') && !hasRole(principal, 'COMPILER')) {
    throw new ForbiddenError(`Report totals need the COMPILER role; your token has ${principal.roles.join(', ')}.`);
  }
  if (orgUnitId !== undefined) {
    describeUnitOrThrow(chart, orgUnitId);
    if (!isInScope(principal, chart, orgUnitId)) throw new ForbiddenError(`Your token does not cover ${describeUnit(chart, orgUnitId)}.`);
    return [orgUnitId];
  }
  return hasRole(principal, 'ADMIN') ? undefined : principal.orgUnitIds;
}

function describeUnitOrThrow(chart: OrgChartState, orgUnitId: string): void {
  // orgUnitPath throws the domain's NotFoundError for an unknown unit.
  orgUnitPath(chart, orgUnitId);
}
