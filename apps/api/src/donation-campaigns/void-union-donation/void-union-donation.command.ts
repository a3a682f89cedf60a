import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { DonationCampaignPayload } from '../donation-campaign.model';
import type { VoidUnionDonationInput } from './void-union-donation.input';

export class VoidUnionDonationCommand extends Command<DonationCampaignPayload> {
  constructor(
    readonly input: VoidUnionDonationInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
