import { Inject, Injectable } from '@nestjs/common';
import { accountDecider, streamIdFor, usernameKey, usernameProblem, type AccountState } from '@tracker/domain';
import type { EventStore, RecordedEvent } from '@tracker/event-store';
import { foldHistory } from '../command-handling/aggregate-loader';
import { deterministicUuid } from '../command-handling/deterministic-id';
import { EVENT_STORE } from '../event-store-info/event-store.token';
import { type Credential, CredentialStore } from './store/credential-store';

export type ExistingAccount = Exclude<AccountState, { readonly status: 'none' }>;

/** An account as its events and its credential row tell it. */
export interface AccountRecord {
  readonly state: ExistingAccount;
  readonly credential: Credential;
}

/**
 * The account id of a username: derived from its case-folded form, so a second account with the
 * same name lands on the first one's stream, and the event store's expected version refuses it.
 * Undefined for what cannot be a username (then it is no account's).
 */
export function accountIdOf(username: string): string | undefined {
  return usernameProblem(username) === undefined ? deterministicUuid('account', usernameKey(username)) : undefined;
}

export const accountStreamId = (accountId: string): string => streamIdFor('account', accountId);

/**
 * Reads accounts as they are now: their state folded from their streams (the truth), and their
 * credential rows, which also list which accounts there are. A row whose stream is empty was
 * left by a creation that never reached the log: it is no account.
 */
@Injectable()
export class AccountDirectory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly credentials: CredentialStore,
  ) {}

  async find(accountId: string): Promise<AccountRecord | undefined> {
    // The credential first: for an API client's token, one primary-key lookup says "no account".
    const credential = await this.credentials.find(accountId);
    if (!credential) return undefined;
    return recordOf(foldHistory(accountDecider, await this.store.readStream(accountStreamId(accountId))), credential);
  }

  async findByUsername(username: string): Promise<AccountRecord | undefined> {
    const accountId = accountIdOf(username);
    return accountId === undefined ? undefined : this.find(accountId);
  }

  /** Every account, by username. */
  async all(): Promise<AccountRecord[]> {
    const credentials = await this.credentials.all();
    const events = await this.store.readStreams(credentials.map((c) => accountStreamId(c.accountId)));
    const byStream = new Map<string, RecordedEvent[]>();
    for (const event of events) {
      const stream = byStream.get(event.streamId);
      if (stream) stream.push(event);
      else byStream.set(event.streamId, [event]);
    }
    return credentials
      .map((credential) => recordOf(foldHistory(accountDecider, byStream.get(accountStreamId(credential.accountId)) ?? []), credential))
      .filter((record): record is AccountRecord => record !== undefined)
      .sort((a, b) => a.credential.usernameKey.localeCompare(b.credential.usernameKey));
  }
}

function recordOf(state: AccountState, credential: Credential): AccountRecord | undefined {
  return state.status === 'none' ? undefined : { state, credential };
}
