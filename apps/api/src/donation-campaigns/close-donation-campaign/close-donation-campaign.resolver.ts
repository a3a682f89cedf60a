import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { CloseDonationCampaignCommand } from './close-donation-campaign.command';
import { CloseDonationCampaignInput } from './close-donation-campaign.input';

@Resolver()
export class CloseDonationCampaignResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => DonationCampaignPayload, { description: 'TREASURER of the organizing union: close a campaign; its figures are then final' })
  closeDonationCampaign(@Args('input') input: CloseDonationCampaignInput, @CurrentCaller() caller: Caller): Promise<DonationCampaignPayload> {
    return this.commands.execute(new CloseDonationCampaignCommand(input, caller));
  }
}
