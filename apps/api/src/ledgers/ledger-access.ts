import { orgUnitPath, type OrgChartState } from '@tracker/domain';
import { isInScope, OUT_OF_READING_SCOPE, rolesOf } from '../auth/access-policy';
import { hasRole, ROLE_NAMES, type Principal, type Role } from '../auth/principal';
import { ForbiddenError } from '../errors/app-errors';

// Who may read which ledger (docs/design.md §7, §14). Scope is that of the totals: the caller's org
// units, descendants included. A RECORDER reads the kinds it records, a TREASURER the money it
// handles; 帮困 relief is for TREASURER, COMPILER and ADMIN only.

export type LedgerKind = 'volunteerActivities' | 'coBuildingAgreements' | 'donationCampaigns' | 'reliefGrants' | 'examSentinelShifts' | 'booths';

const READERS: { readonly [K in LedgerKind]: { readonly name: string; readonly roles: readonly Role[] } } = {
  volunteerActivities: { name: '志愿活动台账', roles: ['RECORDER', 'COMPILER', 'ADMIN'] },
  coBuildingAgreements: { name: '党建翼联台账', roles: ['RECORDER', 'COMPILER', 'ADMIN'] },
  examSentinelShifts: { name: '考务哨兵台账', roles: ['RECORDER', 'COMPILER', 'ADMIN'] },
  booths: { name: 'Hello老友亭台账', roles: ['RECORDER', 'COMPILER', 'ADMIN'] },
  donationCampaigns: { name: '爱心一日捐台账', roles: ['TREASURER', 'COMPILER', 'ADMIN'] },
  reliefGrants: { name: '帮困台账', roles: ['TREASURER', 'COMPILER', 'ADMIN'] },
};

/**
 * The org units a ledger query lists (their descendants included): the one asked for, which must
 * be in the caller's scope, or the caller's whole scope; undefined means every unit (an ADMIN
 * asking for none).
 */
export function ledgerScope(principal: Principal, chart: OrgChartState, kind: LedgerKind, orgUnitId: string | undefined): readonly string[] | undefined {
  const { name, roles } = READERS[kind];
  if (!roles.some((role) => hasRole(principal, role))) {
    throw new ForbiddenError(`查看${name}需要${roles.map((role) => ROLE_NAMES[role]).join('、')}角色，你的角色是${rolesOf(principal)}`);
  }
  if (orgUnitId !== undefined) {
    // orgUnitPath throws the domain's NotFoundError for an unknown unit.
    orgUnitPath(chart, orgUnitId);
    if (!isInScope(principal, chart, orgUnitId)) throw new ForbiddenError(OUT_OF_READING_SCOPE);
    return [orgUnitId];
  }
  return hasRole(principal, 'ADMIN') ? undefined : principal.orgUnitIds;
}
