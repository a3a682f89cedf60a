import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { BoothPayload } from '../booth.model';
import { OpenBoothCommand } from './open-booth.command';
import { OpenBoothInput } from './open-booth.input';

@Resolver()
export class OpenBoothResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => BoothPayload, { description: 'RECORDER of the host: open a Hello老友亭, 雷锋亭 or 志愿服务亭 booth' })
  openBooth(@Args('input') input: OpenBoothInput, @CurrentCaller() caller: Caller): Promise<BoothPayload> {
    return this.commands.execute(new OpenBoothCommand(input, caller));
  }
}
