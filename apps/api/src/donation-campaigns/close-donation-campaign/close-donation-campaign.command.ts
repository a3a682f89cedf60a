import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { DonationCampaignPayload } from '../donation-campaign.model';
import type { CloseDonationCampaignInput } from './close-donation-campaign.input';

export class CloseDonationCampaignCommand extends Command<DonationCampaignPayload> {
  constructor(
    readonly input: CloseDonationCampaignInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
