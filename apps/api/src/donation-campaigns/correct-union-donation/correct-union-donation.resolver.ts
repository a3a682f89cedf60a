import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { CorrectUnionDonationCommand } from './correct-union-donation.command';
import { CorrectUnionDonationInput } from './correct-union-donation.input';

@Resolver()
export class CorrectUnionDonationResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => DonationCampaignPayload, { description: 'TREASURER of the organizing union: correct the amount or donor count of a donation while the campaign is open' })
  correctUnionDonation(@Args('input') input: CorrectUnionDonationInput, @CurrentCaller() caller: Caller): Promise<DonationCampaignPayload> {
    return this.commands.execute(new CorrectUnionDonationCommand(input, caller));
  }
}
