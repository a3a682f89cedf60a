import type { CoBuildingAgreementCommand, CoBuildingAgreementState, OrgChartState } from '@tracker/domain';
import { assertMayActForEach } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

/**
 * 党建翼联 agreements belong to a RECORDER covering the signing branch (docs/design.md §7): the one that
 * signed, or the one a signing names. An unknown agreement or branch passes here so that the
 * decider answers NOT_FOUND.
 */
export function assertMayActOnAgreement(principal: Principal, chart: OrgChartState, state: CoBuildingAgreementState, command: CoBuildingAgreementCommand): void {
  const signed = agreementOwner(state);
  const named = command.type === 'SignCoBuildingAgreement' ? command.data.branch?.id : undefined;
  assertMayActForEach(principal, 'RECORDER', chart, [signed, named]);
}

/** The unit an agreement belongs to: the branch that signed it. */
export const agreementOwner = (state: CoBuildingAgreementState): string | undefined => (state.status === 'none' ? undefined : state.signed.branchId);
