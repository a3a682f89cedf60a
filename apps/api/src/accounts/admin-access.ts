import { Inject, Injectable } from '@nestjs/common';
import { ConflictError, type CreateAccount, type ResetPassword } from '@tracker/domain';
import { randomInt, randomUUID } from 'node:crypto';
import type { Caller } from '../auth/current-principal.decorator';
import { AccountCommands } from './account-commands';
import { AccountDirectory, accountIdOf } from './account-directory';
import { CLOCK, type Clock } from './clock';
import { PasswordSetter } from './password-setter';
import { SignInAttempts } from './sign-in/sign-in-attempts';

export const FIRST_ADMIN = { username: 'admin', displayName: '系统管理员' } as const;

// Subjects no username can take (usernames have no ':'), so the log tells the tracker's own acts apart.
const FIRST_START: Caller['principal'] = { subject: 'system:first-start', name: '系统首次启动', roles: ['ADMIN'], orgUnitIds: [] };
const RESET_ADMIN: Caller['principal'] = { subject: 'cli:reset-admin', name: '运维命令 reset-admin', roles: ['ADMIN'], orgUnitIds: [] };

// No 0/O, 1/l/I: the password is read off a terminal and typed into a form.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const oneTimePassword = (): string => Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export class AdminAccessError extends Error {}

export interface OneTimePassword {
  readonly username: string;
  readonly password: string;
}

/** How the one-time password is shown to the operator, once: at the first start, or by reset-admin. */
export function oneTimePasswordLines({ username, password }: OneTimePassword): string[] {
  return [
    `管理员账号 ${username} 的一次性密码：${password}`,
    '请用它登录（signIn），并立即设置新密码（changePassword）；此密码不会再显示。忘记密码时运行 npm run cli -- reset-admin。',
  ];
}

/**
 * The operator's way in (docs/design.md §13): the first start creates `admin` with a one-time password,
 * and `reset-admin`, run by someone with the database at hand, gives an ADMIN account a new one.
 */
@Injectable()
export class AdminAccess {
  constructor(
    private readonly commands: AccountCommands,
    private readonly accounts: AccountDirectory,
    private readonly passwords: PasswordSetter,
    private readonly attempts: SignInAttempts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** With no accounts yet, creates `admin`; returns its one-time password, or undefined when accounts exist. */
  async createFirstAdmin(): Promise<OneTimePassword | undefined> {
    if ((await this.accounts.all()).length > 0) return undefined;
    try {
      return await this.createAdmin(FIRST_ADMIN.username, FIRST_START);
    } catch (error) {
      // Another instance starting on the same database created it first.
      if (error instanceof ConflictError) return undefined;
      throw error;
    }
  }

  /** A new one-time password for the ADMIN account `username`; with no accounts at all, creates it. */
  async resetAdmin(username: string = FIRST_ADMIN.username): Promise<OneTimePassword & { readonly created: boolean }> {
    const account = await this.accounts.findByUsername(username);
    if (!account) {
      if ((await this.accounts.all()).length > 0) throw new AdminAccessError(`没有登录名为“${username}”的账号。请用 --username 指定一个管理员账号。`);
      return { ...(await this.createAdmin(username, RESET_ADMIN)), created: true };
    }
    const { facts } = account.state;
    if (account.state.status === 'disabled') throw new AdminAccessError(`账号“${facts.username}”已停用，不能再使用。请用 --username 指定另一个管理员账号。`);
    if (!facts.roles.includes('ADMIN')) throw new AdminAccessError(`账号“${facts.username}”不是管理员。reset-admin 只为管理员设置密码，其他账号请由管理员在系统中重置。`);
    const password = oneTimePassword();
    await this.commands.run(caller(RESET_ADMIN), {
      accountId: facts.accountId,
      payload: {},
      command: (): ResetPassword => ({
        type: 'ResetPassword',
        data: { accountId: facts.accountId, newPassword: password, changedBy: RESET_ADMIN.subject, changedAt: this.clock.now().toISOString() },
      }),
      beforeAppend: this.passwords.step(password),
    });
    await this.attempts.unlock(facts.username);
    return { username: facts.username, password, created: false };
  }

  private async createAdmin(username: string, by: Caller['principal']): Promise<OneTimePassword> {
    const accountId = accountIdOf(username);
    if (accountId === undefined) throw new AdminAccessError(`“${username}”不能用作登录名`);
    const password = oneTimePassword();
    const data = { accountId, username, displayName: FIRST_ADMIN.displayName, roles: ['ADMIN'], orgUnitIds: [], orgUnits: [], password };
    await this.commands.run(caller(by), {
      accountId,
      payload: {},
      command: (): CreateAccount => ({ type: 'CreateAccount', data }),
      beforeAppend: this.passwords.first(accountId, username, password),
    });
    return { username, password };
  }
}

const caller = (principal: Caller['principal']): Caller => ({ principal, correlationId: randomUUID() });
