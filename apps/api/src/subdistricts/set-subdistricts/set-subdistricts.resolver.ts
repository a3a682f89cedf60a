import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { SubdistrictListPayload } from '../subdistrict-list.model';
import { SetSubdistrictsCommand } from './set-subdistricts.command';
import { SetSubdistrictsInput } from './set-subdistricts.input';

@Resolver()
export class SetSubdistrictsResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => SubdistrictListPayload, {
    description: 'ADMIN: the 街道 and 镇 the bureau serves; once a list is kept, a record naming another 街道 is refused',
  })
  setSubdistricts(@Args('input') input: SetSubdistrictsInput, @CurrentCaller() caller: Caller): Promise<SubdistrictListPayload> {
    return this.commands.execute(new SetSubdistrictsCommand(input, caller));
  }
}
