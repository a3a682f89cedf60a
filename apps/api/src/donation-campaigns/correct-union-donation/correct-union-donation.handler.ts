import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { donationCampaignDecider, streamIdFor, type CorrectUnionDonation } from '@tracker/domain';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { assertMayManageCampaign } from '../donation-campaign-access';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { CorrectUnionDonationCommand } from './correct-union-donation.command';

/** A correction is a new event with only the changed figures; the original stays in the history. */
@CommandHandler(CorrectUnionDonationCommand)
export class CorrectUnionDonationHandler implements ICommandHandler<CorrectUnionDonationCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: CorrectUnionDonationCommand): Promise<DonationCampaignPayload> {
    const { campaignId, donationId, reason, amount, donorCount } = input;
    const chart = await this.orgChart.current();
    const outcome = await this.runner.run({
      streamId: streamIdFor('donationcampaign', campaignId),
      decider: donationCampaignDecider,
      context: commandContext(caller, undefined, input),
      command: (state): CorrectUnionDonation => {
        assertMayManageCampaign(caller.principal, chart, state);
        return { type: 'CorrectUnionDonation', data: { campaignId, donationId, reason, amount, donorCount } };
      },
    });
    return DonationCampaignPayload.of(outcome.position, outcome.state, donationId);
  }
}
