import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { VoidUnionDonationCommand } from './void-union-donation.command';
import { VoidUnionDonationInput } from './void-union-donation.input';

@Resolver()
export class VoidUnionDonationResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => DonationCampaignPayload, { description: 'TREASURER of the organizing union: void a donation entered by mistake while the campaign is open; it stays in the history' })
  voidUnionDonation(@Args('input') input: VoidUnionDonationInput, @CurrentCaller() caller: Caller): Promise<DonationCampaignPayload> {
    return this.commands.execute(new VoidUnionDonationCommand(input, caller));
  }
}
