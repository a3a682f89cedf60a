// 账号 account commands. Ids and times are chosen by the app; the org chart arrives as snapshots.
// A password travels in a command only to be checked against the rules: no event carries it.
import type { Command } from '../shared/message';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';

/** The org units a command names, as the app found them in the org chart (null: no such unit), in the order of `orgUnitIds`. */
export type ScopeSnapshots = readonly (OrgUnitSnapshot | null)[];

export type CreateAccount = Command<'CreateAccount', {
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly orgUnitIds: readonly string[];
  readonly orgUnits: ScopeSnapshots;
  readonly password: string;
}>;

export type UpdateAccount = Command<'UpdateAccount', {
  readonly accountId: string;
  readonly displayName?: string | null;
  readonly roles?: readonly string[] | null;
  readonly orgUnitIds?: readonly string[] | null;
  readonly orgUnits: ScopeSnapshots;
  /** Active ADMIN accounts besides this one: the last may not lose its role. */
  readonly otherActiveAdmins: number;
}>;

export type DisableAccount = Command<'DisableAccount', {
  readonly accountId: string;
  readonly reason: string;
  /** Active ADMIN accounts besides this one: the last may not be disabled. */
  readonly otherActiveAdmins: number;
}>;

/** A disabled account back in use. */
export type EnableAccount = Command<'EnableAccount', { readonly accountId: string }>;

/** The holder sets their own password (having proved the current one to the app). */
export type ChangePassword = Command<'ChangePassword', {
  readonly accountId: string;
  readonly newPassword: string;
  readonly changedBy: string;
  readonly changedAt: string;
}>;

/** Someone else (an ADMIN, the operator) sets a one-time password for the holder. */
export type ResetPassword = Command<'ResetPassword', {
  readonly accountId: string;
  readonly newPassword: string;
  readonly changedBy: string;
  readonly changedAt: string;
}>;

export type AccountCommand = CreateAccount | UpdateAccount | DisableAccount | EnableAccount | ChangePassword | ResetPassword;
