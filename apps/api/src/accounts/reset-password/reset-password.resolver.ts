import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { AccountPayload } from '../account.model';
import { ResetPasswordCommand } from './reset-password.command';
import { ResetPasswordInput } from './reset-password.input';

@Resolver()
export class ResetPasswordResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => AccountPayload, { description: 'ADMIN: set a one-time password for a person; their sessions end at once' })
  resetPassword(@Args('input') input: ResetPasswordInput, @CurrentCaller() caller: Caller): Promise<AccountPayload> {
    return this.commands.execute(new ResetPasswordCommand(input, caller));
  }
}
