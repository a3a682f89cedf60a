import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { VoidRecordInput } from '../../shared/void-record/void-record.input';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { VoidRecordCommand } from '../../shared/void-record/void-record.command';
import { VOIDABLE_ACTIVITY } from '../volunteer-activity.record-kind';

@Resolver()
export class VoidVolunteerActivityResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => VolunteerActivityPayload, { description: 'RECORDER: void a volunteer activity entered by mistake; it stays in the history' })
  voidVolunteerActivity(@Args('input') input: VoidRecordInput, @CurrentCaller() caller: Caller): Promise<VolunteerActivityPayload> {
    return this.commands.execute(new VoidRecordCommand(VOIDABLE_ACTIVITY, input, caller));
  }
}
