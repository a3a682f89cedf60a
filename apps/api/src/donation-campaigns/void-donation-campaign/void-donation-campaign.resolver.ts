import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { VoidRecordCommand } from '../../shared/void-record/void-record.command';
import { VoidRecordInput } from '../../shared/void-record/void-record.input';
import { DonationCampaignPayload } from '../donation-campaign.model';
import { VOIDABLE_CAMPAIGN } from '../donation-campaign.record-kind';

@Resolver()
export class VoidDonationCampaignResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => DonationCampaignPayload, {
    description: 'TREASURER of the organizing union: void a campaign launched by mistake, open or closed, with every donation it still counts; it leaves the totals and stays in the history',
  })
  voidDonationCampaign(@Args('input') input: VoidRecordInput, @CurrentCaller() caller: Caller): Promise<DonationCampaignPayload> {
    return this.commands.execute(new VoidRecordCommand(VOIDABLE_CAMPAIGN, input, caller));
  }
}
