import { Module } from '@nestjs/common';
import { CampaignUnionsResolver } from './campaign-unions/campaign-unions.resolver';
import { CloseDonationCampaignHandler } from './close-donation-campaign/close-donation-campaign.handler';
import { CloseDonationCampaignResolver } from './close-donation-campaign/close-donation-campaign.resolver';
import { CorrectUnionDonationHandler } from './correct-union-donation/correct-union-donation.handler';
import { CorrectUnionDonationResolver } from './correct-union-donation/correct-union-donation.resolver';
import { LaunchDonationCampaignHandler } from './launch-donation-campaign/launch-donation-campaign.handler';
import { LaunchDonationCampaignResolver } from './launch-donation-campaign/launch-donation-campaign.resolver';
import { RecordUnionDonationHandler } from './record-union-donation/record-union-donation.handler';
import { RecordUnionDonationResolver } from './record-union-donation/record-union-donation.resolver';
import { VoidDonationCampaignResolver } from './void-donation-campaign/void-donation-campaign.resolver';
import { VoidUnionDonationHandler } from './void-union-donation/void-union-donation.handler';
import { VoidUnionDonationResolver } from './void-union-donation/void-union-donation.resolver';

/** 爱心一日捐 one-day donation campaigns: launch, record, correct and void union donations, close, void a campaign. */
@Module({
  providers: [
    LaunchDonationCampaignHandler,
    LaunchDonationCampaignResolver,
    RecordUnionDonationHandler,
    RecordUnionDonationResolver,
    CorrectUnionDonationHandler,
    CorrectUnionDonationResolver,
    CloseDonationCampaignHandler,
    CloseDonationCampaignResolver,
    VoidUnionDonationHandler,
    VoidUnionDonationResolver,
    VoidDonationCampaignResolver,
    CampaignUnionsResolver,
  ],
})
export class DonationCampaignsModule {}
