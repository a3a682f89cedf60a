import { orgUnitPath, type OrgChartState } from '@tracker/domain';
import { isInScope, OUT_OF_READING_SCOPE, rolesOf } from '../auth/access-policy';
import { hasRole, ROLE_NAMES, type Principal } from '../auth/principal';
import { ForbiddenError } from '../errors/app-errors';

/**
 * The org units a report query (the section totals and the report text) may cover (docs/design.md §7):
 * COMPILER and ADMIN only. `undefined` means everything (an ADMIN asking without orgUnitId);
 * otherwise the units, descendants included.
 */
export function reportScope(principal: Principal, chart: OrgChartState, orgUnitId: string | undefined): readonly string[] | undefined {
  if (!hasRole(principal, 'ADMIN') && !hasRole(principal, 'COMPILER')) {
    throw new ForbiddenError(`查看报告汇总需要${ROLE_NAMES.COMPILER}角色，你的角色是${rolesOf(principal)}`);
  }
  if (orgUnitId !== undefined) {
    // orgUnitPath throws the domain's NotFoundError for an unknown unit.
    orgUnitPath(chart, orgUnitId);
    if (!isInScope(principal, chart, orgUnitId)) throw new ForbiddenError(OUT_OF_READING_SCOPE);
    return [orgUnitId];
  }
  return hasRole(principal, 'ADMIN') ? undefined : principal.orgUnitIds;
}
