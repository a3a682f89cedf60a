import {
  donationCampaignDecider,
  streamIdFor,
  type DonationCampaignCommand,
  type DonationCampaignEvent,
  type DonationCampaignState,
} from '@tracker/domain';
import type { RecordKind } from '../command-handling/record-commands';
import { assertMayActOnCampaign } from './donation-campaign-access';

/** Where a record of this kind lives, what decides for it and who may act on it (see RecordKind). */
export const DONATION_CAMPAIGNS: RecordKind<DonationCampaignCommand, DonationCampaignEvent, DonationCampaignState> = {
  streamOf: (id) => streamIdFor('donationcampaign', id),
  decider: donationCampaignDecider,
  authorize: assertMayActOnCampaign,
};
