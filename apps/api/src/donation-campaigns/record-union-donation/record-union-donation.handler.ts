import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { donationCampaignDecider, orgUnitSnapshot, streamIdFor, type RecordUnionDonation } from '@tracker/domain';
import { CommandRunner } from '../../command-handling/command-runner';
import { commandContext, newRecordId } from '../../command-handling/request-identity';
import { OrgChartReader } from '../../org-units/org-chart.reader';
import { assertMayRecordDonation } from '../donation-campaign-access';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { RecordUnionDonationCommand } from './record-union-donation.command';

/**
 * A 部门工会 department union's remittance, appended to the campaign's stream. Concurrent
 * donations clash on the stream version; CommandRunner reloads and decides again, so each lands
 * exactly once.
 */
@CommandHandler(RecordUnionDonationCommand)
export class RecordUnionDonationHandler implements ICommandHandler<RecordUnionDonationCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly orgChart: OrgChartReader,
  ) {}

  async execute({ input, caller }: RecordUnionDonationCommand): Promise<DonationCampaignPayload> {
    const { idempotencyKey, ...payload } = input;
    const chart = await this.orgChart.current();
    const union = orgUnitSnapshot(chart, payload.unionId) ?? null;
    // With a key, the id is derived from it: a retry finds its donation instead of adding another.
    // The campaign is part of the derivation because donation ids are unique across campaigns
    // (the read model keys donations by id alone), while the key check only sees this stream.
    const donationId = newRecordId(caller, idempotencyKey, `UnionDonation in ${payload.campaignId}`);

    const outcome = await this.runner.run({
      streamId: streamIdFor('donationcampaign', payload.campaignId),
      decider: donationCampaignDecider,
      context: commandContext(caller, idempotencyKey, payload),
      command: (state): RecordUnionDonation => {
        assertMayRecordDonation(caller.principal, chart, state, union);
        return { type: 'RecordUnionDonation', data: { ...payload, donationId, union } };
      },
    });
    return DonationCampaignPayload.of(outcome.position, outcome.state, donationId);
  }
}
