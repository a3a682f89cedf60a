import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { RecordVolunteerActivityCommand } from './record-volunteer-activity.command';
import { RecordVolunteerActivityInput } from './record-volunteer-activity.input';

@Resolver()
export class RecordVolunteerActivityResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => VolunteerActivityPayload, { description: 'RECORDER: record a volunteer activity (学雷锋 and other programs)' })
  recordVolunteerActivity(@Args('input') input: RecordVolunteerActivityInput, @CurrentCaller() caller: Caller): Promise<VolunteerActivityPayload> {
    return this.commands.execute(new RecordVolunteerActivityCommand(input, caller));
  }
}
