import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { UpdateAccount } from '@tracker/domain';
import { AccountCommands } from '../account-commands';
import { AccountDirectory } from '../account-directory';
import { AccountPayload } from '../account.model';
import { UpdateAccountCommand } from './update-account.command';

/** Name, roles, org units: read afresh on the account's every request, so the change bites at once. */
@CommandHandler(UpdateAccountCommand)
export class UpdateAccountHandler implements ICommandHandler<UpdateAccountCommand> {
  constructor(
    private readonly commands: AccountCommands,
    private readonly accounts: AccountDirectory,
  ) {}

  async execute({ input, caller }: UpdateAccountCommand): Promise<AccountPayload> {
    const { id, displayName, roles, orgUnitIds } = input;
    const outcome = await this.commands.run(caller, {
      accountId: id,
      payload: input,
      command: (_state, scope): UpdateAccount => ({
        type: 'UpdateAccount',
        data: { accountId: id, displayName, roles, orgUnitIds, orgUnits: scope.orgUnits(orgUnitIds), otherActiveAdmins: scope.otherActiveAdmins },
      }),
    });
    const updated = await this.accounts.find(id);
    if (!updated) throw new Error(`account ${id} missing after updating it`);
    return AccountPayload.of(outcome, updated);
  }
}
