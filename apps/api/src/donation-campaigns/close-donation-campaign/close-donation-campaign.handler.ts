import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { donationCampaignDecider, streamIdFor, type CloseDonationCampaign } from '@tracker/domain';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { assertMayManageCampaign } from '../donation-campaign-access';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { CloseDonationCampaignCommand } from './close-donation-campaign.command';

/** Closing makes the campaign's figures final: the decider refuses any later donation or correction. */
@CommandHandler(CloseDonationCampaignCommand)
export class CloseDonationCampaignHandler implements ICommandHandler<CloseDonationCampaignCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: CloseDonationCampaignCommand): Promise<DonationCampaignPayload> {
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('donationcampaign', input.id),
      decider: donationCampaignDecider,
      context: commandContext(caller, undefined, input),
      command: (state): CloseDonationCampaign => {
        assertMayManageCampaign(caller.principal, chart, state);
        return { type: 'CloseDonationCampaign', data: { campaignId: input.id, closedOn: input.closedOn } };
      },
    });
    return DonationCampaignPayload.of(outcome.position, outcome.state);
  }
}
