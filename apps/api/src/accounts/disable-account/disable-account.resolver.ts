import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { AccountPayload } from '../account.model';
import { DisableAccountCommand } from './disable-account.command';
import { DisableAccountInput } from './disable-account.input';

@Resolver()
export class DisableAccountResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AccountPayload, { description: 'ADMIN: cut an account off for good, on every session and token at once' })
  disableAccount(@Args('input') input: DisableAccountInput, @CurrentCaller() caller: Caller): Promise<AccountPayload> {
    return this.commands.execute(new DisableAccountCommand(input, caller));
  }
}
