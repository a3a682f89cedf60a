import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { Public } from '../../auth/public.decorator';
import type { AuthenticatedRequest } from '../../auth/request-context';
import { UnauthenticatedError } from '../../errors/app-errors';
import { AccountDirectory } from '../account-directory';
import { AccountModel, SignInPayload } from '../account.model';
import { Sessions } from '../sessions';
import { SignInAttempts } from './sign-in-attempts';
import { SignInInput } from './sign-in.input';

// The same words for an unknown username and a wrong password (docs/design.md §13).
const WRONG = '登录名或密码不正确';

@Resolver()
export class SignInResolver {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly attempts: SignInAttempts,
    private readonly sessions: Sessions,
  ) {}

  @Public()
  @Mutation(() => SignInPayload, { description: 'Sign in with a username and password: sets the session cookie (HttpOnly, SameSite=Strict)' })
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: { req: AuthenticatedRequest; res: Response }): Promise<SignInPayload> {
    const account = await this.accounts.findByUsername(input.username);
    const address = req.ip ?? 'unknown';
    const passwordHash = account?.credential.passwordHash;
    if (!(await this.attempts.check({ username: input.username, address, passwordHash, password: input.password }))) {
      throw new UnauthenticatedError(WRONG);
    }
    // Only someone who knows the password learns that the account is disabled.
    if (!account || account.state.status === 'disabled') throw new UnauthenticatedError('账号已停用，请联系管理员');
    const expiresAt = await this.sessions.start(account.state.facts.accountId, req, res);
    return Object.assign(new SignInPayload(), { account: AccountModel.from(account), expiresAt });
  }
}
