import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { RecordUnionDonationCommand } from './record-union-donation.command';
import { RecordUnionDonationInput } from './record-union-donation.input';

@Resolver()
export class RecordUnionDonationResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => DonationCampaignPayload, { description: "TREASURER of the organizing union or of the donating union: record a 部门工会 department union's donation" })
  recordUnionDonation(@Args('input') input: RecordUnionDonationInput, @CurrentCaller() caller: Caller): Promise<DonationCampaignPayload> {
    return this.commands.execute(new RecordUnionDonationCommand(input, caller));
  }
}
