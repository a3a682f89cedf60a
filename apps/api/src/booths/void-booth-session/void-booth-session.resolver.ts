import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { BoothPayload } from '../booth.model';
import { VoidBoothSessionCommand } from './void-booth-session.command';
import { VoidBoothSessionInput } from './void-booth-session.input';

@Resolver()
export class VoidBoothSessionResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => BoothPayload, { description: 'RECORDER of the host: void a session entered by mistake; it stays in the history' })
  voidBoothSession(@Args('input') input: VoidBoothSessionInput, @CurrentCaller() caller: Caller): Promise<BoothPayload> {
    return this.commands.execute(new VoidBoothSessionCommand(input, caller));
  }
}
