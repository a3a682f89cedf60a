import {
  donationCampaignDecider,
  streamIdFor,
  type DonationCampaignCommand,
  type DonationCampaignEvent,
  type DonationCampaignState,
  type VoidDonationCampaign,
} from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { voidable } from '../shared/void-record/voidable';
import { assertMayActOnCampaign } from './donation-campaign-access';
import { DonationCampaignPayload } from './donation-campaign.model';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const DONATION_CAMPAIGNS: RecordKind<DonationCampaignCommand, DonationCampaignEvent, DonationCampaignState> = {
  streamOf: (id) => streamIdFor('donationcampaign', id),
  decider: donationCampaignDecider,
  authorize: assertMayActOnCampaign,
};

/** A whole campaign is voided by its id and a reason alone (see Voidable); its donations go with it. */
export const VOIDABLE_CAMPAIGN = voidable(
  DONATION_CAMPAIGNS,
  ({ id, reason }): VoidDonationCampaign => ({ type: 'VoidDonationCampaign', data: { campaignId: id, reason } }),
  ({ position, state, rows, chart }, caller) => DonationCampaignPayload.of(position, state, rows, { principal: caller.principal, chart }),
);
