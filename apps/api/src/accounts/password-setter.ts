import { Inject, Injectable } from '@nestjs/common';
import type { AccountEvent, AccountState } from '@tracker/domain';
import { usernameKey } from '@tracker/domain';
import { CLOCK, type Clock } from './clock';
import { PasswordHasher } from './password-hasher';
import { CredentialStore } from './store/credential-store';

/**
 * Passwords as beforeAppend steps (see RunCommandOptions), written once the command is decided and
 * before its event. For a password change: the new hash, and the end of the account's other
 * sessions, in one transaction before PasswordChanged is recorded. A crash before the event
 * leaves the new password in force, its history entry missing; never the old password alive.
 */
@Injectable()
export class PasswordSetter {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly credentials: CredentialStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** The beforeAppend step of creating an account: its first password, one-time, since its creator chose it. */
  first(accountId: string, username: string, password: string): () => Promise<void> {
    return async () => {
      const passwordHash = await this.hasher.hash(password);
      await this.credentials.setPassword({ accountId, usernameKey: usernameKey(username), passwordHash, oneTime: true, setAt: this.clock.now() });
    };
  }

  /** `keepSessionTokenHash`: the session that asked, for a holder changing their own. */
  step(password: string, keepSessionTokenHash?: string): (events: readonly AccountEvent[], state: AccountState) => Promise<void> {
    return async (events, state) => {
      const changed = events.find((event) => event.type === 'PasswordChanged');
      if (!changed || changed.type !== 'PasswordChanged' || state.status === 'none') return;
      await this.credentials.setPassword({
        accountId: changed.data.accountId,
        usernameKey: usernameKey(state.facts.username),
        passwordHash: await this.hasher.hash(password),
        oneTime: changed.data.oneTime,
        setAt: new Date(changed.data.changedAt),
        keepSessionTokenHash,
      });
    };
  }
}
