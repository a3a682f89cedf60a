import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectUnionDonation } from '@tracker/domain';
import { RecordCommands } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { DONATION_CAMPAIGNS } from '../donation-campaign.record-kind';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { CorrectUnionDonationCommand } from './correct-union-donation.command';

/** A correction is a new event with only the changed figures; the original stays in the history. */
@CommandHandler(CorrectUnionDonationCommand)
export class CorrectUnionDonationHandler implements ICommandHandler<CorrectUnionDonationCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: CorrectUnionDonationCommand): Promise<DonationCampaignPayload> {
    const { campaignId, donationId, reason, amount, donorCount } = input;
    const outcome = await this.commands.run(caller, DONATION_CAMPAIGNS, {
      id: campaignId,
      payload: input,
      command: (): CorrectUnionDonation => ({ type: 'CorrectUnionDonation', data: { campaignId, donationId, reason, amount, donorCount } }),
    });
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'donations', row: rowOf(outcome.rows.donations, donationId) });
    return DonationCampaignPayload.of(outcome.position, outcome.state, outcome.rows, { principal: caller.principal, chart: outcome.chart }, { donationId, lookAlikes });
  }
}
