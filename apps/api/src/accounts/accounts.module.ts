import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AccountCommands, accountCommandRunnerProvider } from './account-commands';
import { AccountDirectory } from './account-directory';
import { AdminAccess } from './admin-access';
import { ChangePasswordHandler } from './change-password/change-password.handler';
import { ChangePasswordResolver } from './change-password/change-password.resolver';
import { CLOCK, type Clock } from './clock';
import { CreateAccountHandler } from './create-account/create-account.handler';
import { CreateAccountResolver } from './create-account/create-account.resolver';
import { DisableAccountHandler } from './disable-account/disable-account.handler';
import { DisableAccountResolver } from './disable-account/disable-account.resolver';
import { EnableAccountHandler } from './enable-account/enable-account.handler';
import { EnableAccountResolver } from './enable-account/enable-account.resolver';
import { ListAccountsResolver } from './list-accounts/list-accounts.resolver';
import { MeResolver } from './me/me.resolver';
import { PasswordHasher } from './password-hasher';
import { PasswordSetter } from './password-setter';
import { ResetPasswordHandler } from './reset-password/reset-password.handler';
import { ResetPasswordResolver } from './reset-password/reset-password.resolver';
import { Sessions } from './sessions';
import { SignInAttempts } from './sign-in/sign-in-attempts';
import { SignInResolver } from './sign-in/sign-in.resolver';
import { SignOutResolver } from './sign-out/sign-out.resolver';
import { ACCOUNTS_DATABASE_URL, AccountsDatabase } from './store/accounts-database';
import { CredentialStore } from './store/credential-store';
import { SessionStore } from './store/session-store';
import { SignInThrottle } from './store/sign-in-throttle';
import { UpdateAccountHandler } from './update-account/update-account.handler';
import { UpdateAccountResolver } from './update-account/update-account.resolver';

export interface AccountsModuleOptions {
  /** The read model's PostgreSQL, where the accounts' tables live. */
  readonly databaseUrl: string;
  readonly clock: Clock;
}

/**
 * 账号 accounts and sign-in (docs/design.md §13). Global: the auth guard reads accounts and sessions on
 * every request, and the runtime and the CLI reach AdminAccess.
 */
@Global()
@Module({})
export class AccountsModule {
  static forRoot(options: AccountsModuleOptions): DynamicModule {
    return {
      module: AccountsModule,
      providers: [
        { provide: ACCOUNTS_DATABASE_URL, useValue: options.databaseUrl },
        { provide: CLOCK, useValue: options.clock },
        AccountsDatabase,
        CredentialStore,
        SessionStore,
        SignInThrottle,
        PasswordHasher,
        PasswordSetter,
        AccountDirectory,
        accountCommandRunnerProvider,
        AccountCommands,
        Sessions,
        SignInAttempts,
        AdminAccess,
        SignInResolver,
        SignOutResolver,
        MeResolver,
        ListAccountsResolver,
        ChangePasswordHandler,
        ChangePasswordResolver,
        CreateAccountHandler,
        CreateAccountResolver,
        UpdateAccountHandler,
        UpdateAccountResolver,
        DisableAccountHandler,
        DisableAccountResolver,
        EnableAccountHandler,
        EnableAccountResolver,
        ResetPasswordHandler,
        ResetPasswordResolver,
      ],
      exports: [CLOCK, AccountDirectory, SessionStore, AdminAccess, CredentialStore],
    };
  }
}
