import type { OrgChartState, ReliefGrantCommand, ReliefGrantState } from '@tracker/domain';
import { assertMayActForEach } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/**
 * 帮困 relief belongs to a TREASURER covering the paying union (docs/design.md §7): the one that paid, or
 * the one a grant names. An unknown grant or union passes here so that the decider answers
 * NOT_FOUND (or, for a unit that is no union, BAD_USER_INPUT).
 */
export function assertMayActOnGrant(principal: Principal, chart: OrgChartState, state: ReliefGrantState, command: ReliefGrantCommand): void {
  const paid = grantOwner(state);
  const named = command.type === 'GrantRelief' ? command.data.union?.id : undefined;
  assertMayActForEach(principal, 'TREASURER', chart, [paid, named]);
}

/** The unit a grant belongs to: the union that paid it. */
export const grantOwner = (state: ReliefGrantState): string | undefined => (state.status === 'none' ? undefined : state.facts.unionId);
