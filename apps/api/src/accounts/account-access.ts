import type { AccountCommand, AccountState } from '@tracker/domain';
import { assertAdmin } from '../auth/access-policy';
import type { Principal } from '../auth/principal';
import { ForbiddenError } from '../errors/app-errors';

/** Accounts are the ADMIN's to manage (docs/design.md §13): creating them, their roles and scope, disabling, resetting passwords. */
export function assertMayManageAccounts(principal: Principal): void {
  assertAdmin(principal);
}

/** A person changes only their own password, signed in to their own account. */
export function assertMayChangeOwnPassword(principal: Principal, _state: AccountState, command: AccountCommand): void {
  if (command.type !== 'ChangePassword' || principal.account?.id !== command.data.accountId) {
    throw new ForbiddenError('只能修改自己账号的密码');
  }
}

/** An account's history (who granted what, when) is read by ADMINs: it lists people's roles and scopes. */
export function assertMayReadAccountHistory(principal: Principal): void {
  assertAdmin(principal);
}
