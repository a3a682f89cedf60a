import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EnableAccount } from '@tracker/domain';
import { AccountCommands } from '../account-commands';
import { AccountDirectory } from '../account-directory';
import { AccountPayload } from '../account.model';
import { EnableAccountCommand } from './enable-account.command';

/** Enables a disabled account. Its password stands; the sessions it had when disabled stay ended, so the person signs in anew. */
@CommandHandler(EnableAccountCommand)
export class EnableAccountHandler implements ICommandHandler<EnableAccountCommand> {
  constructor(
    private readonly commands: AccountCommands,
    private readonly accounts: AccountDirectory,
  ) {}

  async execute({ input, caller }: EnableAccountCommand): Promise<AccountPayload> {
    const outcome = await this.commands.run(caller, {
      accountId: input.id,
      payload: input,
      command: (): EnableAccount => ({ type: 'EnableAccount', data: { accountId: input.id } }),
    });
    const enabled = await this.accounts.find(input.id);
    if (!enabled) throw new Error(`account ${input.id} missing after enabling it`);
    return AccountPayload.of(outcome, enabled);
  }
}
