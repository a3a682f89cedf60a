import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { AccountPayload } from '../account.model';
import { UpdateAccountCommand } from './update-account.command';
import { UpdateAccountInput } from './update-account.input';

@Resolver()
export class UpdateAccountResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AccountPayload, { description: 'ADMIN: change a person’s name, roles or org units; it bites on their next request' })
  updateAccount(@Args('input') input: UpdateAccountInput, @CurrentCaller() caller: Caller): Promise<AccountPayload> {
    return this.commands.execute(new UpdateAccountCommand(input, caller));
  }
}
