import { assertNever, type DonationCampaignCommand, type DonationCampaignState, type OrgChartState, type OrgUnitSnapshot } from '@tracker/domain';
import { assertMayActFor, isInScope } from '../auth/access-policy';
import type { Principal } from '../auth/principal';

// 爱心一日捐 one-day donation: who may act on a campaign (docs/design.md §7, TREASURER for unions in scope).
// An unknown campaign or union passes here so that the decider answers NOT_FOUND.

export function assertMayActOnCampaign(principal: Principal, chart: OrgChartState, state: DonationCampaignState, command: DonationCampaignCommand): void {
  switch (command.type) {
    case 'LaunchDonationCampaign':
      if (command.data.organizer) assertMayActFor(principal, 'TREASURER', chart, command.data.organizer.id);
      return;
    case 'RecordUnionDonation':
      return assertMayRecordDonation(principal, chart, state, command.data.union ?? null);
    case 'CorrectUnionDonation':
    case 'CloseDonationCampaign':
    case 'VoidUnionDonation':
    case 'VoidDonationCampaign':
      return assertMayManageCampaign(principal, chart, state);
    default:
      return assertNever(command);
  }
}

/** Launching, correcting, voiding and closing belong to the treasurer of the organizing (bureau) union. */
function assertMayManageCampaign(principal: Principal, chart: OrgChartState, state: DonationCampaignState): void {
  const organizer = campaignOwner(state);
  if (organizer !== undefined) assertMayActFor(principal, 'TREASURER', chart, organizer);
}

/** The unit a campaign belongs to: the union that organizes it. */
export const campaignOwner = (state: DonationCampaignState): string | undefined => (state.status === 'none' ? undefined : state.campaign.organizerId);

/**
 * Recording a donation: covering EITHER the organizing union OR the donating union is enough.
 * The bureau union treasurer records every 部门工会's remittance, and a department union treasurer
 * may remit its own union's donation directly, but not another department's.
 */
function assertMayRecordDonation(
  principal: Principal,
  chart: OrgChartState,
  state: DonationCampaignState,
  union: OrgUnitSnapshot | null,
): void {
  if (state.status === 'none') return;
  const forDonatingUnion = union !== null && isInScope(principal, chart, union.id);
  // The role is checked either way; a caller covering neither is refused on the organizer, the broader of the two.
  assertMayActFor(principal, 'TREASURER', chart, forDonatingUnion ? union.id : state.campaign.organizerId);
}

/**
 * What a caller may see of a campaign, by the section query's campaign rule (libs/projections,
 * read-model/totals.ts and postgres/section-sql.ts): every donation when it covers the organizer,
 * otherwise only the donations of unions in its scope, and the totals of those. A department
 * union's treasurer recording its own donation so sees its own figures, never the other unions'.
 */
export function campaignAsSeenBy(principal: Principal, chart: OrgChartState, state: DonationCampaignState): DonationCampaignState {
  if (state.status === 'none' || isInScope(principal, chart, state.campaign.organizerId)) return state;
  return { ...state, donations: new Map([...state.donations].filter(([, donation]) => isInScope(principal, chart, donation.original.unionId))) };
}
