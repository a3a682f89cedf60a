import { ConflictError, IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import type { OrgUnitSnapshot } from '../shared/org-unit-ref';
import { given, issueOn, uuid } from '../testing/given-when-then';
import type { AccountCommand, CreateAccount, UpdateAccount } from './account.commands';
import { accountDecider, isActiveAdmin } from './account.decider';
import type { AccountEvent, AccountFacts } from './account.events';

// 账号 accounts: 李四 records for 康健支局; 王五 is the bureau's ADMIN.
const ACCOUNT = uuid(1);
const KANGJIAN = uuid(11);
const HENGFU = uuid(12);
const UNKNOWN_UNIT = uuid(99);
const STRONG = 'kangjian-spring-2023';

const unit = (id: string, name: string): OrgUnitSnapshot => ({ id, kind: 'SUB_BUREAU', path: ['南区局', name], retired: false });
const CHART: Record<string, OrgUnitSnapshot> = { [KANGJIAN]: unit(KANGJIAN, '康健支局'), [HENGFU]: unit(HENGFU, '衡复支局') };
const snapshots = (ids: readonly string[]) => ids.map((id) => CHART[id] ?? null);

const liSi: AccountFacts = { accountId: ACCOUNT, username: 'li.si', displayName: '李四', roles: ['RECORDER'], orgUnitIds: [KANGJIAN] };
const created = (facts: Partial<AccountFacts> = {}): AccountEvent => ({ type: 'AccountCreated', data: { ...liSi, ...facts } });
const disabled: AccountEvent = { type: 'AccountDisabled', data: { accountId: ACCOUNT, reason: '调离' } };

const create = (data: Partial<CreateAccount['data']> = {}): AccountCommand => {
  const orgUnitIds = data.orgUnitIds ?? [KANGJIAN];
  return {
    type: 'CreateAccount',
    data: { accountId: ACCOUNT, username: ' li.si ', displayName: ' 李四 ', roles: ['RECORDER'], password: STRONG, ...data, orgUnitIds, orgUnits: data.orgUnits ?? snapshots(orgUnitIds) },
  };
};
const update = (data: Partial<UpdateAccount['data']> = {}): AccountCommand => ({
  type: 'UpdateAccount',
  data: { accountId: ACCOUNT, otherActiveAdmins: 1, ...data, orgUnits: data.orgUnits ?? snapshots(data.orgUnitIds ?? []) },
});
const disable = (otherActiveAdmins = 1, reason = '调离本单位'): AccountCommand => ({ type: 'DisableAccount', data: { accountId: ACCOUNT, reason, otherActiveAdmins } });
const enable = (accountId = ACCOUNT): AccountCommand => ({ type: 'EnableAccount', data: { accountId } });
const enabled: AccountEvent = { type: 'AccountEnabled', data: { accountId: ACCOUNT } };
const change = (newPassword: string): AccountCommand => ({
  type: 'ChangePassword',
  data: { accountId: ACCOUNT, newPassword, changedBy: 'li.si', changedAt: '2024-03-05T08:00:00.000Z' },
});
const reset = (newPassword: string): AccountCommand => ({
  type: 'ResetPassword',
  data: { accountId: ACCOUNT, newPassword, changedBy: 'wang.wu', changedAt: '2024-03-05T09:00:00.000Z' },
});

describe('Account: CreateAccount', () => {
  it('creates an account, trimming the username and the name, with roles in a stable order', () => {
    given(accountDecider)
      .when(create({ roles: ['COMPILER', 'RECORDER', 'COMPILER'] }))
      .then([created({ roles: ['RECORDER', 'COMPILER'] })]);
  });

  it('never puts the password in the event', () => {
    const events = given(accountDecider).when(create()).events();
    expect(JSON.stringify(events)).not.toContain(STRONG);
  });

  it('lets an ADMIN act without org units, but no other role', () => {
    given(accountDecider).when(create({ roles: ['ADMIN'], orgUnitIds: [] })).then([created({ roles: ['ADMIN'], orgUnitIds: [] })]);
    given(accountDecider).when(create({ roles: ['ADMIN', 'COMPILER'], orgUnitIds: [] })).thenThrows(ValidationError, issueOn('orgUnitIds'));
  });

  it('refuses a username already taken, whatever its case, even with the same details (a repeat is known by its idempotency key)', () => {
    given(accountDecider, [created()]).when(create({ username: 'Li.Si' })).thenThrows(ConflictError, { message: expect.stringContaining('已被使用') });
    given(accountDecider, [created()]).when(create()).thenThrows(ConflictError);
  });

  it.each([
    ['empty', ''],
    ['too short', 'l'],
    ['too long', 'l'.repeat(33)],
    ['with a space', 'li si'],
    ['in Chinese', '李四'],
    ['with full-width letters', 'ｌｉｓｉ'],
    ['with an @', 'li@si'],
  ])('refuses a username that is %s', (_name, username) => {
    given(accountDecider).when(create({ username })).thenThrows(ValidationError, issueOn('username'));
  });

  it('refuses an empty or oversized display name', () => {
    given(accountDecider).when(create({ displayName: '  ' })).thenThrows(ValidationError, issueOn('displayName'));
    given(accountDecider).when(create({ displayName: '李'.repeat(51) })).thenThrows(ValidationError, issueOn('displayName'));
  });

  it('refuses no roles and unknown roles, listing the accepted ones', () => {
    given(accountDecider).when(create({ roles: [] })).thenThrows(ValidationError, issueOn('roles'));
    given(accountDecider)
      .when(create({ roles: ['RECORDER', 'SUPERUSER'] }))
      .thenThrows(ValidationError, { issues: [{ field: 'roles', message: '角色须为以下之一：RECORDER、TREASURER、COMPILER、ADMIN' }] });
  });

  it('takes existing org units only, each once', () => {
    given(accountDecider).when(create({ orgUnitIds: [KANGJIAN, UNKNOWN_UNIT] })).thenThrows(ValidationError, issueOn('orgUnitIds[1]'));
    given(accountDecider).when(create({ orgUnitIds: [KANGJIAN, KANGJIAN] })).thenThrows(ValidationError, issueOn('orgUnitIds[1]'));
    given(accountDecider).when(create({ orgUnitIds: ['kangjian'] })).thenThrows(ValidationError, issueOn('orgUnitIds[0]'));
    // A snapshot of another unit than the id named is no evidence that the id exists.
    given(accountDecider).when(create({ orgUnitIds: [UNKNOWN_UNIT], orgUnits: [CHART[KANGJIAN] ?? null] })).thenThrows(ValidationError, issueOn('orgUnitIds[0]'));
  });

  it.each([
    ['too short', 'short-pw1'],
    ['too long', 'x1'.repeat(65)],
    ['common', '1qaz2wsx3edc'],
    ['common, in capitals', 'PASSWORD123'],
    ['common in China', 'woaini1314'],
    ['one character repeated', 'zzzzzzzzzzzz'],
  ])('refuses a password that is %s', (_name, password) => {
    given(accountDecider).when(create({ password })).thenThrows(ValidationError, issueOn('password'));
  });

  it('refuses a password equal to or containing the username, without regard to case', () => {
    given(accountDecider).when(create({ username: 'zhang.san1', password: 'ZHANG.SAN1' })).thenThrows(ValidationError, { issues: [{ field: 'password', message: '密码不能包含登录名' }] });
    given(accountDecider).when(create({ username: 'zhang.san', password: 'my-Zhang.San-2024' })).thenThrows(ValidationError, issueOn('password'));
    given(accountDecider).when(create({ username: 'zhangsan123', password: 'zhangsan123' })).thenThrows(ValidationError, issueOn('password'));
  });

  it('lists every bad field at once', () => {
    given(accountDecider)
      .when(create({ username: '李四', displayName: '', roles: ['BOSS'], orgUnitIds: [UNKNOWN_UNIT], password: '123' }))
      .thenThrows(ValidationError, {
        issues: expect.arrayContaining(['username', 'displayName', 'roles', 'orgUnitIds[0]', 'password'].map((field) => expect.objectContaining({ field }))),
      });
  });
});

describe('Account: UpdateAccount', () => {
  it('records only what changed', () => {
    given(accountDecider, [created()])
      .when(update({ displayName: '李四', roles: ['RECORDER', 'COMPILER'], orgUnitIds: [KANGJIAN, HENGFU] }))
      .then([{ type: 'AccountUpdated', data: { accountId: ACCOUNT, changes: { roles: ['RECORDER', 'COMPILER'], orgUnitIds: [KANGJIAN, HENGFU] } } }]);
  });

  it('renames the person', () => {
    given(accountDecider, [created()]).when(update({ displayName: ' 李四光 ' })).then([{ type: 'AccountUpdated', data: { accountId: ACCOUNT, changes: { displayName: '李四光' } } }]);
  });

  it('is a no-op when nothing would change (the idempotent repeat)', () => {
    const changed: AccountEvent = { type: 'AccountUpdated', data: { accountId: ACCOUNT, changes: { orgUnitIds: [HENGFU] } } };
    given(accountDecider, [created(), changed]).when(update({ orgUnitIds: [HENGFU] })).then([]);
  });

  it('asks for at least one change', () => {
    given(accountDecider, [created()]).when(update()).thenThrows(ValidationError, issueOn('id'));
  });

  it('refuses an unknown account and a disabled one', () => {
    given(accountDecider).when(update({ displayName: '李四' })).thenThrows(NotFoundError);
    given(accountDecider, [created(), disabled]).when(update({ displayName: '李四光' })).thenThrows(IllegalStateError, { message: expect.stringContaining('已停用') });
  });

  it('refuses unknown roles and org units, and a scoped role left without org units', () => {
    given(accountDecider, [created()]).when(update({ roles: ['OWNER'] })).thenThrows(ValidationError, issueOn('roles'));
    given(accountDecider, [created()]).when(update({ orgUnitIds: [UNKNOWN_UNIT] })).thenThrows(ValidationError, issueOn('orgUnitIds[0]'));
    given(accountDecider, [created()]).when(update({ orgUnitIds: [] })).thenThrows(ValidationError, issueOn('orgUnitIds'));
  });

  it('never takes ADMIN from the last active ADMIN, but from one of two', () => {
    const admin = created({ roles: ['ADMIN'], orgUnitIds: [] });
    given(accountDecider, [admin])
      .when(update({ roles: ['COMPILER'], orgUnitIds: [KANGJIAN], otherActiveAdmins: 0 }))
      .thenThrows(IllegalStateError, { message: expect.stringContaining('最后一个在用的管理员账号') });
    given(accountDecider, [admin])
      .when(update({ roles: ['COMPILER'], orgUnitIds: [KANGJIAN], otherActiveAdmins: 1 }))
      .then([{ type: 'AccountUpdated', data: { accountId: ACCOUNT, changes: { roles: ['COMPILER'], orgUnitIds: [KANGJIAN] } } }]);
    // Renaming the last ADMIN is fine: it stays an ADMIN.
    given(accountDecider, [admin]).when(update({ displayName: '系统管理员', otherActiveAdmins: 0 })).then([{ type: 'AccountUpdated', data: { accountId: ACCOUNT, changes: { displayName: '系统管理员' } } }]);
  });
});

describe('Account: DisableAccount', () => {
  it('disables an account with a reason', () => {
    given(accountDecider, [created()]).when(disable()).then([{ type: 'AccountDisabled', data: { accountId: ACCOUNT, reason: '调离本单位' } }]);
  });

  it('asks for a reason', () => {
    given(accountDecider, [created()]).when(disable(1, ' ')).thenThrows(ValidationError, issueOn('reason'));
  });

  it('refuses an unknown account, and disabling twice', () => {
    given(accountDecider).when(disable()).thenThrows(NotFoundError);
    given(accountDecider, [created(), disabled]).when(disable()).thenThrows(IllegalStateError);
  });

  it('never disables the last active ADMIN', () => {
    const admin = created({ roles: ['ADMIN'], orgUnitIds: [] });
    given(accountDecider, [admin]).when(disable(0)).thenThrows(IllegalStateError, { message: expect.stringContaining('最后一个在用的管理员账号') });
    given(accountDecider, [admin]).when(disable(1)).then([{ type: 'AccountDisabled', data: { accountId: ACCOUNT, reason: '调离本单位' } }]);
    // Other accounts do not depend on how many ADMINs there are.
    given(accountDecider, [created()]).when(disable(0)).then([{ type: 'AccountDisabled', data: { accountId: ACCOUNT, reason: '调离本单位' } }]);
  });
});

describe('Account: EnableAccount', () => {
  it('brings a disabled account back, with its roles and scope as they were', () => {
    given(accountDecider, [created(), disabled]).when(enable()).then([enabled]);
    const state = [created(), disabled, enabled].reduce(accountDecider.evolve, accountDecider.initialState());
    expect(state).toEqual({ status: 'active', facts: liSi });
  });

  it('lets the account be changed, disabled again and given a password once enabled', () => {
    given(accountDecider, [created(), disabled, enabled])
      .when(update({ displayName: '李四（返聘）' }))
      .then([{ type: 'AccountUpdated', data: { accountId: ACCOUNT, changes: { displayName: '李四（返聘）' } } }]);
    given(accountDecider, [created(), disabled, enabled]).when(disable()).then([{ type: 'AccountDisabled', data: { accountId: ACCOUNT, reason: '调离本单位' } }]);
    given(accountDecider, [created(), disabled, enabled]).when(reset('temporary-pass-7741')).then([
      { type: 'PasswordChanged', data: { accountId: ACCOUNT, changedBy: 'wang.wu', changedAt: '2024-03-05T09:00:00.000Z', oneTime: true } },
    ]);
  });

  it('writes nothing for an account already in use (the idempotent repeat)', () => {
    given(accountDecider, [created()]).when(enable()).then([]);
    given(accountDecider, [created(), disabled, enabled]).when(enable()).then([]);
  });

  it('refuses an unknown account and a malformed id', () => {
    given(accountDecider).when(enable()).thenThrows(NotFoundError);
    given(accountDecider, [created(), disabled]).when(enable('not-an-id')).thenThrows(ValidationError, issueOn('id'));
  });
});

describe('Account: ChangePassword and ResetPassword', () => {
  it('records who set the password and when, and whether the holder must replace it, never the password', () => {
    given(accountDecider, [created()])
      .when(change('a-new-and-long-one'))
      .then([{ type: 'PasswordChanged', data: { accountId: ACCOUNT, changedBy: 'li.si', changedAt: '2024-03-05T08:00:00.000Z', oneTime: false } }]);
    given(accountDecider, [created()])
      .when(reset('temporary-pass-7741'))
      .then([{ type: 'PasswordChanged', data: { accountId: ACCOUNT, changedBy: 'wang.wu', changedAt: '2024-03-05T09:00:00.000Z', oneTime: true } }]);
  });

  it('holds the new password to the same rules, naming newPassword', () => {
    for (const command of [change, reset]) {
      given(accountDecider, [created()]).when(command('123456789012')).thenThrows(ValidationError, issueOn('newPassword'));
      given(accountDecider, [created()]).when(command('short')).thenThrows(ValidationError, issueOn('newPassword'));
      given(accountDecider, [created({ username: 'wang.wu' })]).when(command('hello-wang.wu')).thenThrows(ValidationError, issueOn('newPassword'));
    }
  });

  it('refuses an unknown account and a disabled one', () => {
    given(accountDecider).when(reset('temporary-pass-7741')).thenThrows(NotFoundError);
    given(accountDecider, [created(), disabled]).when(reset('temporary-pass-7741')).thenThrows(IllegalStateError);
    given(accountDecider, [created(), disabled]).when(change('a-new-and-long-one')).thenThrows(IllegalStateError);
  });

  it('may be repeated: every new password is a new fact', () => {
    const first: AccountEvent = { type: 'PasswordChanged', data: { accountId: ACCOUNT, changedBy: 'li.si', changedAt: '2024-03-05T08:00:00.000Z', oneTime: false } };
    given(accountDecider, [created(), first]).when(change('a-new-and-long-one')).then([first]);
  });
});

describe('Account state', () => {
  const fold = (events: AccountEvent[]) => events.reduce(accountDecider.evolve, accountDecider.initialState());

  it('tells an active ADMIN', () => {
    expect(isActiveAdmin(fold([created({ roles: ['ADMIN'], orgUnitIds: [] })]))).toBe(true);
    expect(isActiveAdmin(fold([created()]))).toBe(false);
    expect(isActiveAdmin(fold([created({ roles: ['ADMIN'], orgUnitIds: [] }), disabled]))).toBe(false);
  });

  it('keeps the facts through updates, and a disabled account’s reason', () => {
    const state = fold([created(), { type: 'AccountUpdated', data: { accountId: ACCOUNT, changes: { displayName: '李四光' } } }, disabled]);
    expect(state).toEqual({ status: 'disabled', facts: { ...liSi, displayName: '李四光' }, reason: '调离' });
  });

  it('ignores a second creation in the log instead of throwing', () => {
    expect(fold([created(), created({ displayName: '别人' })])).toEqual({ status: 'active', facts: liSi });
  });
});
