import { Context, Query, Resolver } from '@nestjs/graphql';
import { Authenticator } from '../../auth/authenticator';
import { Public } from '../../auth/public.decorator';
import type { AuthenticatedRequest } from '../../auth/request-context';
import { AccountDirectory } from '../account-directory';
import { AccountModel } from '../account.model';

@Resolver()
export class MeResolver {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly accounts: AccountDirectory,
  ) {}

  // Anyone may ask, so a web app learns whether it is signed in without handling an error.
  @Public()
  @Query(() => AccountModel, { nullable: true, description: 'Your account; null when not signed in, or for an API client’s token' })
  async me(@Context() { req }: { req: AuthenticatedRequest }): Promise<AccountModel | null> {
    const accountId = (await this.authenticator.authenticateIfAny(req))?.account?.id;
    const account = accountId === undefined ? undefined : await this.accounts.find(accountId);
    return account ? AccountModel.from(account) : null;
  }
}
