import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { AllowedWithOneTimePassword } from '../../auth/public.decorator';
import type { AuthenticatedRequest } from '../../auth/request-context';
import { ChangePasswordCommand } from './change-password.command';
import { ChangePasswordInput } from './change-password.input';

@Resolver()
export class ChangePasswordResolver {
  constructor(private readonly commands: CommandBus) {}

  @AllowedWithOneTimePassword()
  @Mutation(() => Boolean, { description: 'Replace your own password; your other sessions end, this one goes on' })
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentCaller() caller: Caller,
    @Context() { req }: { req: AuthenticatedRequest },
  ): Promise<boolean> {
    return this.commands.execute(new ChangePasswordCommand(input, caller, req.ip ?? 'unknown'));
  }
}
