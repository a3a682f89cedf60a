import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { LaunchDonationCampaignCommand } from './launch-donation-campaign.command';
import { LaunchDonationCampaignInput } from './launch-donation-campaign.input';

@Resolver()
export class LaunchDonationCampaignResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => DonationCampaignPayload, { description: 'TREASURER of the organizing union: launch an 爱心一日捐 one-day donation campaign' })
  launchDonationCampaign(@Args('input') input: LaunchDonationCampaignInput, @CurrentCaller() caller: Caller): Promise<DonationCampaignPayload> {
    return this.commands.execute(new LaunchDonationCampaignCommand(input, caller));
  }
}
