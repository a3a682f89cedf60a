import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DisableAccount } from '@tracker/domain';
import { AccountCommands } from '../account-commands';
import { AccountDirectory } from '../account-directory';
import { AccountPayload } from '../account.model';
import { SessionStore } from '../store/session-store';
import { DisableAccountCommand } from './disable-account.command';

/** Disables an account. Its sessions and tokens are refused from their next request, as the account is read on each. */
@CommandHandler(DisableAccountCommand)
export class DisableAccountHandler implements ICommandHandler<DisableAccountCommand> {
  constructor(
    private readonly commands: AccountCommands,
    private readonly accounts: AccountDirectory,
    private readonly sessions: SessionStore,
  ) {}

  async execute({ input, caller }: DisableAccountCommand): Promise<AccountPayload> {
    const outcome = await this.commands.run(caller, {
      accountId: input.id,
      payload: input,
      command: (_state, scope): DisableAccount => ({
        type: 'DisableAccount',
        data: { accountId: input.id, reason: input.reason, otherActiveAdmins: scope.otherActiveAdmins },
      }),
    });
    // Dead already (the account is read on every request); this only tidies the table.
    await this.sessions.endAllOf(input.id);
    const disabled = await this.accounts.find(input.id);
    if (!disabled) throw new Error(`account ${input.id} missing after disabling it`);
    return AccountPayload.of(outcome, disabled);
  }
}
