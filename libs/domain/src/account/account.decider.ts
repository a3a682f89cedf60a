// 账号 account decider: one stream per account. Its username is unique because the api derives
// the stream's id from it (see usernameKey), so a second account of that name finds this stream
// taken; the last active ADMIN is guarded with a count the app takes while it holds the accounts lock.
import { deciderOf, ignoreEvent } from '../shared/decider';
import { compact, sameData } from '../shared/equality';
import { ConflictError, IllegalStateError, NotFoundError } from '../shared/errors';
import { FieldChecks } from '../shared/validation';
import type { AccountCommand, ChangePassword, CreateAccount, DisableAccount, EnableAccount, ResetPassword, ScopeSnapshots, UpdateAccount } from './account.commands';
import type { AccountChanges, AccountEvent, AccountFacts, PasswordChanged } from './account.events';
import { checkPassword } from './password-policy';
import { ROLE_NAMES, ROLES, isRole, sortedRoles, type Role } from './roles';
import { checkUsername } from './username';

export const DISPLAY_NAME_MAX = 50;
export const SCOPE_MAX = 50;

export type AccountState =
  | { readonly status: 'none' }
  | { readonly status: 'active'; readonly facts: AccountFacts }
  | { readonly status: 'disabled'; readonly facts: AccountFacts; readonly reason: string };

export const initialAccountState = (): AccountState => ({ status: 'none' });

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return state.status === 'none' ? { status: 'active', facts: event.data } : state;
    case 'AccountUpdated':
      return state.status === 'active' ? { ...state, facts: { ...state.facts, ...compact(event.data.changes) } } : state;
    case 'AccountDisabled':
      return state.status === 'active' ? { status: 'disabled', facts: state.facts, reason: event.data.reason } : state;
    case 'AccountEnabled':
      return state.status === 'disabled' ? { status: 'active', facts: state.facts } : state;
    case 'PasswordChanged':
      // The password's own state (its hash, whether it is one-time) is the credential table's.
      return state;
    default:
      return ignoreEvent(event, state);
  }
}

/** An active account holding the ADMIN role: one of those must always remain. */
export const isActiveAdmin = (state: AccountState): boolean => state.status === 'active' && state.facts.roles.includes('ADMIN');

const checkDisplayName = (checks: FieldChecks, value: unknown): string => checks.text('displayName', value, { max: DISPLAY_NAME_MAX, label: '姓名' });

function checkRoles(checks: FieldChecks, value: unknown): Role[] {
  if (!Array.isArray(value) || value.length === 0) {
    checks.add('roles', '请至少选择一个角色');
    return [];
  }
  if (!value.every(isRole)) checks.add('roles', `角色须为以下之一：${ROLES.join('、')}`);
  return sortedRoles(value.filter(isRole));
}

/** Existing org units only, each once; `orgUnits` holds what the app found for each id, in order. */
function checkScope(checks: FieldChecks, value: unknown, orgUnits: ScopeSnapshots): string[] {
  if (!Array.isArray(value)) {
    checks.add('orgUnitIds', '所属组织应为列表');
    return [];
  }
  if (value.length > SCOPE_MAX) checks.add('orgUnitIds', `所属组织最多 ${SCOPE_MAX} 个`);
  const ids: string[] = [];
  value.forEach((raw: unknown, index) => {
    const field = `orgUnitIds[${index}]`;
    const label = `所属组织第 ${index + 1} 项`;
    const id = checks.id(field, raw, { label });
    if (id === '') return;
    if (ids.includes(id)) checks.add(field, `${label}重复了`);
    else if (orgUnits[index]?.id !== id) checks.add(field, `${label}不是已登记的组织：${id}`);
    else ids.push(id);
  });
  return ids;
}

/** Every role but ADMIN acts for org units, so it needs at least one. */
function checkRolesHaveScope(checks: FieldChecks, roles: readonly Role[], orgUnitIds: readonly string[]): void {
  const scoped = roles.filter((role) => role !== 'ADMIN');
  if (scoped.length > 0 && orgUnitIds.length === 0) {
    checks.add('orgUnitIds', `${scoped.map((role) => ROLE_NAMES[role]).join('、')}须至少指定一个所属组织`);
  }
}

function create(command: CreateAccount, state: AccountState): AccountEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const accountId = checks.id('accountId', d.accountId, { label: '账号编号' });
  const username = checkUsername(checks, 'username', d.username);
  const displayName = checkDisplayName(checks, d.displayName);
  const roles = checkRoles(checks, d.roles);
  const orgUnitIds = checkScope(checks, d.orgUnitIds, d.orgUnits);
  checkRolesHaveScope(checks, roles, orgUnitIds);
  checkPassword(checks, 'password', d.password, username, '密码');
  checks.throwIfAny();
  // Even the same details again: a repeat is recognised by its idempotency key, before deciding.
  if (state.status !== 'none') throw new ConflictError(`登录名“${username}”已被使用，请换一个`);
  return [{ type: 'AccountCreated', data: { accountId, username, displayName, roles, orgUnitIds } }];
}

function activeAccount(state: AccountState, accountId: string, action: string): AccountFacts {
  if (state.status === 'none') throw new NotFoundError(`找不到账号 ${accountId}`);
  if (state.status === 'disabled') throw new IllegalStateError(`账号“${state.facts.username}”已停用，不能再${action}`);
  return state.facts;
}

function assertNotLastAdmin(facts: AccountFacts, otherActiveAdmins: number, action: string): void {
  if (facts.roles.includes('ADMIN') && otherActiveAdmins < 1) {
    throw new IllegalStateError(`“${facts.username}”是最后一个在用的管理员账号，不能${action}。请先为另一个账号授予管理员角色`);
  }
}

function update(command: UpdateAccount, state: AccountState): AccountEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const accountId = checks.id('id', d.accountId, { label: '账号编号' });
  const wanted: AccountChanges = compact({
    displayName: d.displayName == null ? undefined : checkDisplayName(checks, d.displayName),
    roles: d.roles == null ? undefined : checkRoles(checks, d.roles),
    orgUnitIds: d.orgUnitIds == null ? undefined : checkScope(checks, d.orgUnitIds, d.orgUnits),
  });
  if (Object.keys(wanted).length === 0) checks.add('id', '请至少填写一项要修改的内容：姓名、角色或所属组织');
  checks.throwIfAny();
  const current = activeAccount(state, accountId, '修改');
  const next = { ...current, ...wanted };
  checkRolesHaveScope(checks, next.roles, next.orgUnitIds);
  checks.throwIfAny();
  if (!next.roles.includes('ADMIN')) assertNotLastAdmin(current, d.otherActiveAdmins, '取消其管理员角色');
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => !sameData(current[key as keyof AccountChanges], value)),
  ) as AccountChanges;
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'AccountUpdated', data: { accountId, changes } }];
}

function disable(command: DisableAccount, state: AccountState): AccountEvent[] {
  const checks = new FieldChecks();
  const accountId = checks.id('id', command.data.accountId, { label: '账号编号' });
  const reason = checks.reason(command.data.reason);
  checks.throwIfAny();
  const current = activeAccount(state, accountId, '停用');
  assertNotLastAdmin(current, command.data.otherActiveAdmins, '停用');
  return [{ type: 'AccountDisabled', data: { accountId, reason } }];
}

function enable(command: EnableAccount, state: AccountState): AccountEvent[] {
  const checks = new FieldChecks();
  const accountId = checks.id('id', command.data.accountId, { label: '账号编号' });
  checks.throwIfAny();
  if (state.status === 'none') throw new NotFoundError(`找不到账号 ${accountId}`);
  // Already in use: what was asked for holds, so a repeat (a double click) writes nothing.
  if (state.status === 'active') return [];
  return [{ type: 'AccountEnabled', data: { accountId } }];
}

function passwordChanged(command: ChangePassword | ResetPassword, state: AccountState, oneTime: boolean): AccountEvent[] {
  const d = command.data;
  const checks = new FieldChecks();
  const accountId = checks.id('id', d.accountId, { label: '账号编号' });
  checks.throwIfAny();
  const current = activeAccount(state, accountId, '设置密码');
  checkPassword(checks, 'newPassword', d.newPassword, current.username, '新密码');
  checks.throwIfAny();
  const data: PasswordChanged['data'] = { accountId, changedBy: d.changedBy, changedAt: d.changedAt, oneTime };
  return [{ type: 'PasswordChanged', data }];
}

export const accountDecider = deciderOf<AccountState, AccountCommand, AccountEvent>(initialAccountState, evolveAccount, {
  CreateAccount: create,
  UpdateAccount: update,
  DisableAccount: disable,
  EnableAccount: enable,
  // The holder's own choice stands; a password someone else chose is theirs to replace.
  ChangePassword: (command, state) => passwordChanged(command, state, false),
  ResetPassword: (command, state) => passwordChanged(command, state, true),
});
