import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, type LaunchDonationCampaign } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { DONATION_CAMPAIGNS } from '../donation-campaign.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { LaunchDonationCampaignCommand } from './launch-donation-campaign.command';

/** 爱心一日捐 one-day donation: snapshot the organizing union, check scope, decide, append. */
@CommandHandler(LaunchDonationCampaignCommand)
export class LaunchDonationCampaignHandler implements ICommandHandler<LaunchDonationCampaignCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: LaunchDonationCampaignCommand): Promise<DonationCampaignPayload> {
    const { idempotencyKey, ...payload } = input;
    const campaignId = newRecordId(caller, idempotencyKey, 'DonationCampaign');
    const outcome = await this.commands.run(caller, DONATION_CAMPAIGNS, {
      id: campaignId,
      freshStream: true,
      payload,
      idempotencyKey,
      command: (_state, chart): LaunchDonationCampaign => ({
        type: 'LaunchDonationCampaign',
        data: { ...payload, campaignId, organizer: orgUnitSnapshot(chart, payload.organizerId) ?? null },
      }),
    });
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'campaigns', row: rowOf(outcome.rows.campaigns, campaignId) });
    return DonationCampaignPayload.of(outcome.position, outcome.state, outcome.rows, { principal: caller.principal, chart: outcome.chart }, { lookAlikes });
  }
}
