import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { VolunteerActivityPayload } from '../volunteer-activity.model';
import { CorrectVolunteerActivityCommand } from './correct-volunteer-activity.command';
import { CorrectVolunteerActivityInput } from './correct-volunteer-activity.input';

@Resolver()
export class CorrectVolunteerActivityResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => VolunteerActivityPayload, { description: 'RECORDER: correct a volunteer activity; send only the fields that change' })
  correctVolunteerActivity(@Args('input') input: CorrectVolunteerActivityInput, @CurrentCaller() caller: Caller): Promise<VolunteerActivityPayload> {
    return this.commands.execute(new CorrectVolunteerActivityCommand(input, caller));
  }
}
