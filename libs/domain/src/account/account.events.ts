// 账号 accounts: the people who sign in, and what they may do. Their facts are events like any
// record's, so who granted which roles to whom, and when, is in the history. The password is
// never a fact of the log: its hash lives in the api's credential table.
import type { Event } from '../shared/message';
import type { Role } from './roles';

export interface AccountFacts {
  readonly accountId: string;
  /** As the person typed it, trimmed; unique without regard to case. */
  readonly username: string;
  /** The person's name, e.g. 李四: histories show it beside the login. */
  readonly displayName: string;
  readonly roles: readonly Role[];
  /** The org units the account acts for, their descendants included. */
  readonly orgUnitIds: readonly string[];
}

/** The account starts with a one-time password its creator chose: the holder must change it. */
export type AccountCreated = Event<'AccountCreated', AccountFacts>;

export type AccountChanges = Partial<Pick<AccountFacts, 'displayName' | 'roles' | 'orgUnitIds'>>;

/** Only what changed. */
export type AccountUpdated = Event<'AccountUpdated', { readonly accountId: string; readonly changes: AccountChanges }>;

/** A disabled account's sessions and tokens stop working at their next request, until it is enabled again. */
export type AccountDisabled = Event<'AccountDisabled', { readonly accountId: string; readonly reason: string }>;

/** A disabled account may sign in again, with its roles, scope and password as they were; its old sessions stay ended. */
export type AccountEnabled = Event<'AccountEnabled', { readonly accountId: string }>;

/** Who set a new password, and when; never the password or its hash. */
export type PasswordChanged = Event<'PasswordChanged', {
  readonly accountId: string;
  /** The login of whoever set it: the holder, an ADMIN, or the operator's reset-admin command. */
  readonly changedBy: string;
  /** ISO-8601 instant. */
  readonly changedAt: string;
  /** Set by someone else than the holder, so the holder must change it at the next sign-in. */
  readonly oneTime: boolean;
}>;

export type AccountEvent = AccountCreated | AccountUpdated | AccountDisabled | AccountEnabled | PasswordChanged;

export const ACCOUNT_EVENT_TYPES = ['AccountCreated', 'AccountUpdated', 'AccountDisabled', 'AccountEnabled', 'PasswordChanged'] as const satisfies readonly AccountEvent['type'][];
