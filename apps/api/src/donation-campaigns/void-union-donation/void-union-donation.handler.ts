import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { VoidUnionDonation } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { DONATION_CAMPAIGNS } from '../donation-campaign.record-kind';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { VoidUnionDonationCommand } from './void-union-donation.command';

/** Voiding keeps the donation and its history; it only takes the donation out of every total. */
@CommandHandler(VoidUnionDonationCommand)
export class VoidUnionDonationHandler implements ICommandHandler<VoidUnionDonationCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: VoidUnionDonationCommand): Promise<DonationCampaignPayload> {
    const { campaignId, donationId, reason } = input;
    const outcome = await this.commands.run(caller, DONATION_CAMPAIGNS, {
      id: campaignId,
      payload: input,
      command: (): VoidUnionDonation => ({ type: 'VoidUnionDonation', data: { campaignId, donationId, reason } }),
    });
    return DonationCampaignPayload.of(outcome.position, outcome.state, outcome.rows, { principal: caller.principal, chart: outcome.chart }, { donationId });
  }
}
