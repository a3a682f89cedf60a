import { Query, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from '../../auth/current-principal.decorator';
import { AccountDirectory } from '../account-directory';
import { assertMayManageAccounts } from '../account-access';
import { AccountModel } from '../account.model';

@Resolver()
export class ListAccountsResolver {
  constructor(private readonly directory: AccountDirectory) {}

  @Query(() => [AccountModel], { description: 'ADMIN: every account, by username' })
  async accounts(@CurrentCaller() { principal }: Caller): Promise<AccountModel[]> {
    assertMayManageAccounts(principal);
    return (await this.directory.all()).map((account) => AccountModel.from(account));
  }
}
