import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { AccountPayload } from '../account.model';
import { CreateAccountCommand } from './create-account.command';
import { CreateAccountInput } from './create-account.input';

@Resolver()
export class CreateAccountResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AccountPayload, { description: 'ADMIN: give a person an account, with roles, the org units they act for and a one-time password' })
  createAccount(@Args('input') input: CreateAccountInput, @CurrentCaller() caller: Caller): Promise<AccountPayload> {
    return this.commands.execute(new CreateAccountCommand(input, caller));
  }
}
