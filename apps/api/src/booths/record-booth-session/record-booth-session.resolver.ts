import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { BoothPayload } from '../booth.model';
import { RecordBoothSessionCommand } from './record-booth-session.command';
import { RecordBoothSessionInput } from './record-booth-session.input';

@Resolver()
export class RecordBoothSessionResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => BoothPayload, { description: 'RECORDER of the host: record one staffed day (session) at a booth' })
  recordBoothSession(@Args('input') input: RecordBoothSessionInput, @CurrentCaller() caller: Caller): Promise<BoothPayload> {
    return this.commands.execute(new RecordBoothSessionCommand(input, caller));
  }
}
