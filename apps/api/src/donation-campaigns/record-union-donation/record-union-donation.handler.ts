import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { orgUnitSnapshot, type DonationCampaignState, type RecordUnionDonation } from '@tracker/domain';
import type { Caller } from '../../auth/current-principal.decorator';
import { RecordCommands, type RecordCommandOptions } from '../../command-handling/record-commands';
import { Ledgers } from '../../ledgers/ledgers';
import { rowOf } from '../../shared/recorded.model';
import { DONATION_CAMPAIGNS } from '../donation-campaign.record-kind';
import { newRecordId } from '../../command-handling/request-identity';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { RecordUnionDonationCommand } from './record-union-donation.command';
import type { RecordUnionDonationInput } from './record-union-donation.input';

/**
 * A 部门工会 department union's remittance, appended to the campaign's stream. Concurrent
 * donations clash on the stream version; CommandRunner reloads and decides again, so each lands
 * exactly once.
 */
@CommandHandler(RecordUnionDonationCommand)
export class RecordUnionDonationHandler implements ICommandHandler<RecordUnionDonationCommand> {
  constructor(
    private readonly commands: RecordCommands,
    private readonly ledgers: Ledgers,
  ) {}

  async execute({ input, caller }: RecordUnionDonationCommand): Promise<DonationCampaignPayload> {
    const { donationId, ...command } = recordUnionDonation(input, caller);
    const outcome = await this.commands.run(caller, DONATION_CAMPAIGNS, command);
    const lookAlikes = this.ledgers.lookAlikesOf({ kind: 'donations', row: rowOf(outcome.rows.donations, donationId) });
    return DonationCampaignPayload.of(outcome.position, outcome.state, outcome.rows, { principal: caller.principal, chart: outcome.chart }, { donationId, lookAlikes });
  }
}

/** The command a recordUnionDonation request runs; a spreadsheet import runs the very same, row by row. */
export function recordUnionDonation(
  input: RecordUnionDonationInput,
  caller: Caller,
): RecordCommandOptions<RecordUnionDonation, DonationCampaignState> & { readonly donationId: string } {
  const { idempotencyKey, ...payload } = input;
  // With a key, the id is derived from it: a retry finds its donation instead of adding another.
  // The campaign is part of the derivation because donation ids are unique across campaigns
  // (the read model keys donations by id alone), while the key check only sees this stream.
  const donationId = newRecordId(caller, idempotencyKey, `UnionDonation in ${payload.campaignId}`);
  return {
    donationId,
    id: payload.campaignId,
    payload,
    idempotencyKey,
    command: (_state, chart): RecordUnionDonation => ({
      type: 'RecordUnionDonation',
      data: { ...payload, donationId, union: orgUnitSnapshot(chart, payload.unionId) ?? null },
    }),
  };
}
