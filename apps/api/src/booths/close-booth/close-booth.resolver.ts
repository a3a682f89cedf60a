import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { BoothPayload } from '../booth.model';
import { CloseBoothCommand } from './close-booth.command';
import { CloseBoothInput } from './close-booth.input';

@Resolver()
export class CloseBoothResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => BoothPayload, { description: 'RECORDER of the host: close a booth; sessions dated up to the closing day may still be entered' })
  closeBooth(@Args('input') input: CloseBoothInput, @CurrentCaller() caller: Caller): Promise<BoothPayload> {
    return this.commands.execute(new CloseBoothCommand(input, caller));
  }
}
