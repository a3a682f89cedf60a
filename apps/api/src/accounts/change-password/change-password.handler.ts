import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ValidationError, type ChangePassword } from '@tracker/domain';
import { ForbiddenError } from '../../errors/app-errors';
import { AccountCommands } from '../account-commands';
import { AccountDirectory } from '../account-directory';
import { PasswordHasher } from '../password-hasher';
import { PasswordSetter } from '../password-setter';
import { SignInAttempts } from '../sign-in/sign-in-attempts';
import { ChangePasswordCommand } from './change-password.command';

/**
 * The holder replaces their password, proving the current one first: a stolen session alone
 * cannot lock its owner out, and each wrong guess counts towards the sign-in limits.
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly commands: AccountCommands,
    private readonly accounts: AccountDirectory,
    private readonly attempts: SignInAttempts,
    private readonly hasher: PasswordHasher,
    private readonly passwords: PasswordSetter,
  ) {}

  async execute({ input, caller, address }: ChangePasswordCommand): Promise<boolean> {
    const identity = caller.principal.account;
    if (!identity) throw new ForbiddenError('只有用账号登录的人才能修改密码；API 客户端的令牌没有密码');
    const account = await this.accounts.find(identity.id);
    if (!account) throw new ForbiddenError('只有用账号登录的人才能修改密码');
    const { username } = account.state.facts;
    if (!(await this.attempts.check({ username, address, passwordHash: account.credential.passwordHash, password: input.currentPassword }))) {
      throw ValidationError.of('currentPassword', '当前密码不正确');
    }
    if (await this.hasher.verify(account.credential.passwordHash, input.newPassword)) {
      throw ValidationError.of('newPassword', '新密码不能与当前密码相同');
    }
    await this.commands.run(caller, {
      accountId: identity.id,
      payload: {},
      command: (): ChangePassword => ({
        type: 'ChangePassword',
        data: { accountId: identity.id, newPassword: input.newPassword, changedBy: caller.principal.subject, changedAt: this.passwords.now().toISOString() },
      }),
      beforeAppend: this.passwords.step(input.newPassword, identity.sessionTokenHash),
    });
    return true;
  }
}
