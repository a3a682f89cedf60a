import { assertNever, type AccountCommand, type AccountState, type OrgChartState } from '@tracker/domain';
import { assertAdmin } from '../auth/access-policy';
import type { Principal } from '../auth/principal';
import { ForbiddenError } from '../errors/app-errors';

/** Accounts are the ADMIN's to manage (docs/design.md §13): creating them, their roles and scope, disabling and enabling, resetting passwords. */
export function assertMayManageAccounts(principal: Principal): void {
  assertAdmin(principal);
}

/** Who may act on an account: its holder on their own password, an ADMIN on everything else. */
export function assertMayActOnAccount(principal: Principal, _chart: OrgChartState, _state: AccountState, command: AccountCommand): void {
  switch (command.type) {
    case 'ChangePassword':
      // Signed in to that very account: an ADMIN resets others' passwords, never changes them.
      if (principal.account?.id !== command.data.accountId) throw new ForbiddenError('只能修改自己账号的密码');
      return;
    case 'CreateAccount':
    case 'UpdateAccount':
    case 'DisableAccount':
    case 'EnableAccount':
    case 'ResetPassword':
      return assertMayManageAccounts(principal);
    default:
      return assertNever(command);
  }
}

/** An account's history (who granted what, when) is read by ADMINs: it lists people's roles and scopes. */
export function assertMayReadAccountHistory(principal: Principal): void {
  assertAdmin(principal);
}
