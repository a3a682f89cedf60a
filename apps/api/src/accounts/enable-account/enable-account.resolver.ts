import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { AccountPayload } from '../account.model';
import { EnableAccountCommand } from './enable-account.command';
import { EnableAccountInput } from './enable-account.input';

@Resolver()
export class EnableAccountResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AccountPayload, { description: 'ADMIN: let a disabled account sign in again, with its roles, scope and password as they were' })
  enableAccount(@Args('input') input: EnableAccountInput, @CurrentCaller() caller: Caller): Promise<AccountPayload> {
    return this.commands.execute(new EnableAccountCommand(input, caller));
  }
}
