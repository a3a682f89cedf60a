import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CreateAccount } from '@tracker/domain';
import { randomUUID } from 'node:crypto';
import { AccountCommands } from '../account-commands';
import { AccountDirectory, accountIdOf } from '../account-directory';
import { AccountPayload } from '../account.model';
import { PasswordSetter } from '../password-setter';
import { CreateAccountCommand } from './create-account.command';

/**
 * Creates an account. The credential row (the hash of the one-time password) is written once the
 * command is decided, just before AccountCreated: a crash between the two leaves a row without
 * an account, which is no account and is overwritten by the next creation of that username.
 */
@CommandHandler(CreateAccountCommand)
export class CreateAccountHandler implements ICommandHandler<CreateAccountCommand> {
  constructor(
    private readonly commands: AccountCommands,
    private readonly accounts: AccountDirectory,
    private readonly passwords: PasswordSetter,
  ) {}

  async execute({ input, caller }: CreateAccountCommand): Promise<AccountPayload> {
    const { idempotencyKey, password, ...payload } = input;
    // A username that cannot be one gets a stream of its own that the decider never writes to.
    const accountId = accountIdOf(payload.username) ?? randomUUID();
    const outcome = await this.commands.run(caller, {
      accountId,
      // The password stays out of the fingerprint, which the log keeps: a hash of it would be one too many.
      payload,
      idempotencyKey,
      command: (_state, scope): CreateAccount => ({ type: 'CreateAccount', data: { ...payload, accountId, password, orgUnits: scope.orgUnits(payload.orgUnitIds) } }),
      beforeAppend: this.passwords.first(accountId, payload.username, password),
    });
    const created = await this.accounts.find(accountId);
    if (!created) throw new Error(`account ${accountId} missing after creating it`);
    return AccountPayload.of(outcome, created);
  }
}
