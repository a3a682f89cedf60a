import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ResetPassword } from '@tracker/domain';
import { AccountCommands } from '../account-commands';
import { AccountDirectory } from '../account-directory';
import { AccountPayload } from '../account.model';
import { PasswordSetter } from '../password-setter';
import { SignInAttempts } from '../sign-in/sign-in-attempts';
import { ResetPasswordCommand } from './reset-password.command';

/** An ADMIN sets a one-time password: every session of the account ends, and its lock on signing in lifts. */
@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand> {
  constructor(
    private readonly commands: AccountCommands,
    private readonly accounts: AccountDirectory,
    private readonly passwords: PasswordSetter,
    private readonly attempts: SignInAttempts,
  ) {}

  async execute({ input, caller }: ResetPasswordCommand): Promise<AccountPayload> {
    const { id, newPassword } = input;
    const outcome = await this.commands.run(caller, {
      accountId: id,
      payload: { id },
      command: (): ResetPassword => ({
        type: 'ResetPassword',
        data: { accountId: id, newPassword, changedBy: caller.principal.subject, changedAt: this.passwords.now().toISOString() },
      }),
      beforeAppend: this.passwords.step(newPassword),
    });
    const account = await this.accounts.find(id);
    if (!account) throw new Error(`account ${id} missing after resetting its password`);
    await this.attempts.unlock(account.state.facts.username);
    return AccountPayload.of(outcome, account);
  }
}
