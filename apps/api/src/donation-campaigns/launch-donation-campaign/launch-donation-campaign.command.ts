import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { DonationCampaignPayload } from '../donation-campaign.model';
import type { LaunchDonationCampaignInput } from './launch-donation-campaign.input';

export class LaunchDonationCampaignCommand extends Command<DonationCampaignPayload> {
  constructor(
    readonly input: LaunchDonationCampaignInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
