import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseDonationCampaign } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { DONATION_CAMPAIGNS } from '../donation-campaign.record-kind';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { CloseDonationCampaignCommand } from './close-donation-campaign.command';

/** Closing makes the campaign's figures final: the decider refuses any later donation or correction. */
@CommandHandler(CloseDonationCampaignCommand)
export class CloseDonationCampaignHandler implements ICommandHandler<CloseDonationCampaignCommand> {
  constructor(private readonly commands: RecordCommands) {}

  async execute({ input, caller }: CloseDonationCampaignCommand): Promise<DonationCampaignPayload> {
    const outcome = await this.commands.run(caller, DONATION_CAMPAIGNS, {
      id: input.id,
      payload: input,
      command: (): CloseDonationCampaign => ({ type: 'CloseDonationCampaign', data: { campaignId: input.id, closedOn: input.closedOn } }),
    });
    return DonationCampaignPayload.of(outcome.position, outcome.state, outcome.rows, { principal: caller.principal, chart: outcome.chart });
  }
}
