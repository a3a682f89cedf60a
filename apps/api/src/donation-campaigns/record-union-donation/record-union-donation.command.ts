import { Command } from '@nestjs/cqrs';
import type { Caller } from '../../auth/current-principal.decorator';
import type { DonationCampaignPayload } from '../donation-campaign.model';
import type { RecordUnionDonationInput } from './record-union-donation.input';

export class RecordUnionDonationCommand extends Command<DonationCampaignPayload> {
  constructor(
    readonly input: RecordUnionDonationInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
