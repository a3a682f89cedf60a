import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { donationCampaignDecider, orgUnitSnapshot, streamIdFor, type LaunchDonationCampaign } from '@tracker/domain';
import { assertMayActFor } from '../../auth/access-policy';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { LaunchDonationCampaignCommand } from './launch-donation-campaign.command';

/** 爱心一日捐 one-day donation: snapshot the organizing union, check scope, decide, append. */
@CommandHandler(LaunchDonationCampaignCommand)
export class LaunchDonationCampaignHandler implements ICommandHandler<LaunchDonationCampaignCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: LaunchDonationCampaignCommand): Promise<DonationCampaignPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    const organizer = orgUnitSnapshot(chart, payload.organizerId) ?? null;
    // An unknown organizer is the decider's NOT_FOUND; a known one must be in the caller's scope.
    if (organizer) assertMayActFor(caller.principal, 'TREASURER', chart, organizer.id);
    const campaignId = newRecordId(caller, idempotencyKey, 'DonationCampaign');

    const outcome = await this.runner.run({
      streamId: streamIdFor('donationcampaign', campaignId),
      freshStream: true,
      decider: donationCampaignDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (): LaunchDonationCampaign => ({ type: 'LaunchDonationCampaign', data: { ...payload, campaignId, organizer } }),
    });
    return DonationCampaignPayload.of(outcome.position, outcome.state);
  }
}
