import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { DonationCampaignPayload } from '../donation-campaign.model';
import type { CorrectUnionDonationInput } from './correct-union-donation.input';

export class CorrectUnionDonationCommand extends Command<DonationCampaignPayload> {
  constructor(
    readonly input: CorrectUnionDonationInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
