// Managing accounts over real HTTP (docs/design.md §13): ADMINs create them, change their roles and scope,
// disable and enable them and reset their passwords; every change is an event in the account's history, with
// who made it; bad input of every kind is refused in Chinese, naming the field, writing nothing.
import { START_OF_LOG } from '@tracker/event-store';
import { ApiHarness, dataOf, errorCode, type CreatedAccount, type GraphQLResponse, type Session } from '../../test/api-harness';
import {
  ACCOUNTS,
  CHANGE_PASSWORD,
  CREATE_ACCOUNT,
  DISABLE_ACCOUNT,
  ENABLE_ACCOUNT,
  HISTORY_WITH_NAMES,
  ME,
  RESET_PASSWORD,
  UPDATE_ACCOUNT,
  type AccountPayloadResult,
  type AccountResult,
} from '../../test/accounts.documents';
import { RECORD_ACTIVITY, type OrgFixture, leiFengDay, registerBureau } from '../../test/documents';

let api: ApiHarness;
let apiAdmin: string; // an API client's ADMIN token, as the CLI signs them
let org: OrgFixture;
let wangWu: CreatedAccount; // the bureau's ADMIN, a person
let adminSession: Session;
const passwordsUsed: string[] = [];

type Input = Record<string, unknown>;
const create = (input: Input, token: string | null = apiAdmin) => api.gql<{ createAccount: AccountPayloadResult }>(CREATE_ACCOUNT, { input }, token);
const asAdmin = <T>(query: string, input: Input) => api.gqlWithSession<T>(query, { input }, adminSession);
const liSiInput = (overrides: Input = {}): Input => ({
  username: 'li.si',
  displayName: '李四',
  roles: ['RECORDER'],
  orgUnitIds: [org.subBureauId],
  password: 'kangjian-first-2023',
  ...overrides,
});

beforeAll(async () => {
  api = await ApiHarness.start();
  apiAdmin = api.token({ sub: 'ops-bot', name: '运维机器人', roles: ['ADMIN'] });
  org = await registerBureau(api, apiAdmin);
  wangWu = await api.createAccount(apiAdmin, { username: 'wang.wu', displayName: '王五', roles: ['ADMIN'], password: 'bureau-admin-2023' });
  const signedIn = await api.signedIn(wangWu, 'wang-wu-own-choice-2023');
  adminSession = signedIn.session;
  passwordsUsed.push(wangWu.password, signedIn.password);
});

afterAll(() => api.close());

describe('createAccount', () => {
  let liSi: AccountResult;

  it('gives a person an account with roles, scope and a one-time password, and lists it for ADMINs', async () => {
    const { createAccount } = dataOf(await asAdmin<{ createAccount: AccountPayloadResult }>(CREATE_ACCOUNT, liSiInput({ username: ' Li.Si ', displayName: ' 李四 ' })));
    passwordsUsed.push('kangjian-first-2023');
    liSi = createAccount.account;
    expect(liSi).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      username: 'Li.Si',
      displayName: '李四',
      roles: ['RECORDER'],
      orgUnitIds: [org.subBureauId],
      disabled: false,
      mustChangePassword: true,
    });
    // The position of the account's one event (read from its stream: $all readers may see it a moment later).
    const stream = await api.store.readStream(`account-${liSi.id}`);
    expect(stream.map((event) => event.position.globalPosition)).toEqual([BigInt(createAccount.position)]);
    const { accounts } = dataOf(await asAdmin<{ accounts: AccountResult[] }>(ACCOUNTS, {}));
    expect(accounts.map((a) => a.username)).toEqual(['Li.Si', 'wang.wu']);
  });

  it('keeps who created it, under their login and their name, in the account’s history', async () => {
    const { recordHistory } = dataOf(await api.gqlWithSession<{ recordHistory: { type: string; recordedBy: string; recordedByName: string; data: Input }[] }>(HISTORY_WITH_NAMES, { id: liSi.id }, adminSession));
    expect(recordHistory).toEqual([
      {
        type: 'AccountCreated',
        recordedBy: 'wang.wu',
        recordedByName: '王五',
        data: { accountId: liSi.id, username: 'Li.Si', displayName: '李四', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] },
      },
    ]);
  });

  it('refuses a username taken already, whatever its case (CONFLICT), writing nothing', async () => {
    for (const username of ['li.si', 'LI.SI', ' li.Si ']) {
      const refused = await api.expectRefused(() => create(liSiInput({ username, password: 'another-first-2023' })), 'CONFLICT');
      expect(refused.errors?.[0]?.message).toBe(`登录名“${username.trim()}”已被使用，请换一个`);
    }
  });

  it('answers a repeat with the same idempotency key with its first answer, writing nothing', async () => {
    const input = liSiInput({ username: 'zhao.liu', displayName: '赵六', idempotencyKey: 'zhao-liu-account' });
    const first = dataOf(await create(input)).createAccount;
    const head = await api.head();
    expect(dataOf(await create({ ...input, password: 'some-other-first-2023' })).createAccount).toEqual(first);
    expect(await api.head()).toBe(head);
    // The repeat left the first password in place.
    expect(errorCode((await api.signIn('zhao.liu', 'kangjian-first-2023')).response)).toBeUndefined();
  });

  const badInputs: [string, Input, string, string][] = [
    ['an empty username', { username: '  ' }, 'BAD_USER_INPUT', 'username'],
    ['an oversized username', { username: 'a'.repeat(33) }, 'BAD_USER_INPUT', 'username'],
    ['a username with a space', { username: 'li si' }, 'BAD_USER_INPUT', 'username'],
    ['a Chinese username', { username: '李四' }, 'BAD_USER_INPUT', 'username'],
    ['a username of the wrong type', { username: 42 }, 'BAD_USER_INPUT', 'username'],
    ['an empty display name', { displayName: '' }, 'BAD_USER_INPUT', 'displayName'],
    ['an oversized display name', { displayName: '李'.repeat(51) }, 'BAD_USER_INPUT', 'displayName'],
    ['no roles', { roles: [] }, 'BAD_USER_INPUT', 'roles'],
    ['an unknown role', { roles: ['RECORDER', 'SUPERUSER'] }, 'BAD_USER_INPUT', 'roles'],
    ['an unknown org unit', { orgUnitIds: ['00000000-0000-4000-8000-000000000404'] }, 'BAD_USER_INPUT', 'orgUnitIds'],
    ['an org unit that is no id', { orgUnitIds: ['康健支局'] }, 'BAD_USER_INPUT', 'orgUnitIds'],
    ['a RECORDER without org units', { orgUnitIds: [] }, 'BAD_USER_INPUT', 'orgUnitIds'],
    ['a short password', { password: 'short-1' }, 'BAD_USER_INPUT', 'password'],
    ['an oversized password', { password: 'x1'.repeat(100) }, 'BAD_USER_INPUT', 'password'],
    ['a common password', { password: 'woaini1314' }, 'BAD_USER_INPUT', 'password'],
    ['a password containing the username', { username: 'zhou.qi', password: 'hello-zhou.qi-2023' }, 'BAD_USER_INPUT', 'password'],
    ['no password', { password: undefined }, 'BAD_USER_INPUT', 'password'],
    ['a password of the wrong type', { password: 1234567890123 }, 'BAD_USER_INPUT', 'password'],
  ];

  it.each(badInputs)('refuses %s, naming the field in Chinese, and writes nothing', async (_name, overrides, code, field) => {
    await api.expectRefused(() => create(liSiInput({ username: 'sun.ba', ...overrides })), code, field);
  });
});

describe('only ADMINs manage accounts', () => {
  let recorder: string;
  let liSiSession: Session;
  let target: CreatedAccount;

  beforeAll(async () => {
    recorder = api.token({ sub: 'branch-secretary', roles: ['RECORDER', 'COMPILER', 'TREASURER'], orgUnitIds: [org.bureauId] });
    target = await api.createAccount(apiAdmin, { username: 'qian.jiu', displayName: '钱九', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
    const zhou = await api.createAccount(apiAdmin, { username: 'zhou.shi', displayName: '周十', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });
    liSiSession = (await api.signedIn(zhou)).session;
  });

  const attempts = (id: string): [string, string, Input][] => [
    ['createAccount', CREATE_ACCOUNT, liSiInput({ username: 'wu.shiyi' })],
    ['updateAccount', UPDATE_ACCOUNT, { id, roles: ['ADMIN'] }],
    ['disableAccount', DISABLE_ACCOUNT, { id, reason: '调离' }],
    ['enableAccount', ENABLE_ACCOUNT, { id }],
    ['resetPassword', RESET_PASSWORD, { id, newPassword: 'taken-over-2023' }],
  ];

  it('refuses every account mutation and the list to a token without ADMIN, and to a person signed in without it', async () => {
    for (const [, query, input] of attempts(target.id)) {
      await api.expectRefused(() => api.gql(query, { input }, recorder), 'FORBIDDEN');
      await api.expectRefused(() => api.gqlWithSession(query, { input }, liSiSession), 'FORBIDDEN');
    }
    // Not even one's own account: a RECORDER may not make itself ADMIN.
    const { me } = dataOf(await api.gqlWithSession<{ me: AccountResult }>(ME, {}, liSiSession));
    await api.expectRefused(() => api.gqlWithSession(UPDATE_ACCOUNT, { input: { id: me.id, roles: ['ADMIN'] } }, liSiSession), 'FORBIDDEN');
    expect(errorCode(await api.gql(ACCOUNTS, {}, recorder))).toBe('FORBIDDEN');
    expect(errorCode(await api.gqlWithSession(ACCOUNTS, {}, liSiSession))).toBe('FORBIDDEN');
  });

  it('shows an account’s history to ADMINs only', async () => {
    expect(errorCode(await api.gql(HISTORY_WITH_NAMES, { id: target.id }, recorder))).toBe('FORBIDDEN');
    expect(errorCode(await api.gqlWithSession(HISTORY_WITH_NAMES, { id: target.id }, liSiSession))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(HISTORY_WITH_NAMES, { id: target.id }, apiAdmin))).toBeUndefined();
  });
});

describe('updateAccount', () => {
  let account: CreatedAccount;

  beforeAll(async () => {
    account = await api.createAccount(apiAdmin, { username: 'feng.yi', displayName: '冯一', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });
  });

  it('changes the name, roles and scope, recording only what changed, and who granted it', async () => {
    const { updateAccount } = dataOf(
      await asAdmin<{ updateAccount: AccountPayloadResult }>(UPDATE_ACCOUNT, { id: account.id, displayName: '冯一', roles: ['RECORDER', 'COMPILER'], orgUnitIds: [org.branchId] }),
    );
    expect(updateAccount.account).toMatchObject({ displayName: '冯一', roles: ['RECORDER', 'COMPILER'], orgUnitIds: [org.branchId] });
    const { recordHistory } = dataOf(await api.gqlWithSession<{ recordHistory: { type: string; recordedBy: string; recordedByName: string; data: Input }[] }>(HISTORY_WITH_NAMES, { id: account.id }, adminSession));
    expect(recordHistory.at(-1)).toEqual({
      type: 'AccountUpdated',
      recordedBy: 'wang.wu',
      recordedByName: '王五',
      data: { accountId: account.id, changes: { roles: ['RECORDER', 'COMPILER'], orgUnitIds: [org.branchId] } },
    });
    const head = await api.head();
    dataOf(await asAdmin(UPDATE_ACCOUNT, { id: account.id, roles: ['COMPILER', 'RECORDER'] }));
    expect(await api.head()).toBe(head);
  });

  it.each([
    ['nothing to change', { id: 'ACCOUNT' }, 'BAD_USER_INPUT', 'id'],
    ['an unknown role', { id: 'ACCOUNT', roles: ['OWNER'] }, 'BAD_USER_INPUT', 'roles'],
    ['an unknown org unit', { id: 'ACCOUNT', orgUnitIds: ['00000000-0000-4000-8000-000000000404'] }, 'BAD_USER_INPUT', 'orgUnitIds'],
    ['a scope emptied under a RECORDER', { id: 'ACCOUNT', orgUnitIds: [] }, 'BAD_USER_INPUT', 'orgUnitIds'],
    ['an empty name', { id: 'ACCOUNT', displayName: ' ' }, 'BAD_USER_INPUT', 'displayName'],
    ['a name of the wrong type', { id: 'ACCOUNT', displayName: ['冯一'] }, 'BAD_USER_INPUT', 'displayName'],
    ['an id that is none', { id: 'feng.yi', displayName: '冯一' }, 'BAD_USER_INPUT', 'id'],
    ['an unknown account', { id: '00000000-0000-4000-8000-000000000404', displayName: '冯一' }, 'NOT_FOUND', ''],
  ])('refuses %s, writing nothing', async (_name, input, code, field) => {
    const withId = { ...input, id: input.id === 'ACCOUNT' ? account.id : input.id };
    await api.expectRefused(() => asAdmin(UPDATE_ACCOUNT, withId), code, field || undefined);
  });
});

describe('disableAccount and the last ADMIN', () => {
  it('disables an account with a reason: until it is enabled, updating, resetting or disabling it again is a CONFLICT', async () => {
    const account = await api.createAccount(apiAdmin, { username: 'chu.er', displayName: '褚二', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });
    const { disableAccount } = dataOf(await asAdmin<{ disableAccount: AccountPayloadResult }>(DISABLE_ACCOUNT, { id: account.id, reason: '调离本单位' }));
    expect(disableAccount.account).toMatchObject({ username: 'chu.er', disabled: true });
    await api.expectRefused(() => asAdmin(UPDATE_ACCOUNT, { id: account.id, displayName: '褚二' }), 'CONFLICT');
    await api.expectRefused(() => asAdmin(RESET_PASSWORD, { id: account.id, newPassword: 'back-again-2023' }), 'CONFLICT');
    await api.expectRefused(() => asAdmin(DISABLE_ACCOUNT, { id: account.id, reason: '再次停用' }), 'CONFLICT');
  });

  it('asks for a reason', async () => {
    const account = await api.createAccount(apiAdmin, { username: 'wei.san', displayName: '卫三', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
    await api.expectRefused(() => asAdmin(DISABLE_ACCOUNT, { id: account.id, reason: '   ' }), 'BAD_USER_INPUT', 'reason');
  });

  it('never disables the last active ADMIN, nor takes its role away; with a second ADMIN it may', async () => {
    const { me } = dataOf(await api.gqlWithSession<{ me: AccountResult }>(ME, {}, adminSession));
    const last = await api.expectRefused(() => asAdmin(DISABLE_ACCOUNT, { id: me.id, reason: '离职' }), 'CONFLICT');
    expect(last.errors?.[0]?.message).toBe('“wang.wu”是最后一个在用的管理员账号，不能停用。请先为另一个账号授予管理员角色');
    await api.expectRefused(() => asAdmin(UPDATE_ACCOUNT, { id: me.id, roles: ['COMPILER'], orgUnitIds: [org.bureauId] }), 'CONFLICT');
    // An API client's ADMIN token cannot do it either: the rule is about who can still sign in.
    await api.expectRefused(() => api.gql(DISABLE_ACCOUNT, { input: { id: me.id, reason: '离职' } }, apiAdmin), 'CONFLICT');

    const second = await api.createAccount(apiAdmin, { username: 'jiang.si', displayName: '蒋四', roles: ['ADMIN'] });
    const { disableAccount } = dataOf(await api.gql<{ disableAccount: AccountPayloadResult }>(DISABLE_ACCOUNT, { input: { id: second.id, reason: '测试后停用' } }, apiAdmin));
    expect(disableAccount.account.disabled).toBe(true);
    // The disabled one does not count: wang.wu is the last again.
    await api.expectRefused(() => asAdmin(DISABLE_ACCOUNT, { id: me.id, reason: '离职' }), 'CONFLICT');
  });
});

describe('enableAccount', () => {
  it('lets a disabled account sign in again with its password, roles and scope; its old sessions stay ended; in the history, by whom', async () => {
    const account = await api.createAccount(apiAdmin, { username: 'qin.er', displayName: '秦二', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });
    const { session, password } = await api.signedIn(account, 'qin-er-chose-this-2023');
    passwordsUsed.push(account.password, password);
    dataOf(await asAdmin(DISABLE_ACCOUNT, { id: account.id, reason: '借调外单位' }));
    const ORG_UNITS = '{ orgUnits { id } }';
    expect(errorCode(await api.gqlWithSession(ORG_UNITS, {}, session))).toBe('UNAUTHENTICATED');
    expect(errorCode((await api.signIn(account.username, password)).response)).toBe('UNAUTHENTICATED');

    const { enableAccount } = dataOf(await asAdmin<{ enableAccount: AccountPayloadResult }>(ENABLE_ACCOUNT, { id: account.id }));
    expect(enableAccount.account).toMatchObject({ username: 'qin.er', roles: ['RECORDER'], orgUnitIds: [org.subBureauId], disabled: false, mustChangePassword: false });
    expect(errorCode(await api.gqlWithSession(ORG_UNITS, {}, session))).toBe('UNAUTHENTICATED');
    const again = await api.signIn(account.username, password);
    if (!again.session) throw new Error('no session after enabling');
    const { me } = dataOf(await api.gqlWithSession<{ me: AccountResult }>(ME, {}, again.session));
    expect(me).toMatchObject({ username: 'qin.er', disabled: false });
    dataOf(await api.gqlWithSession(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, again.session));

    const { recordHistory } = dataOf(await api.gqlWithSession<{ recordHistory: { type: string; recordedBy: string; data: Input }[] }>(HISTORY_WITH_NAMES, { id: account.id }, adminSession));
    expect(recordHistory.slice(-2).map(({ type, recordedBy, data }) => ({ type, recordedBy, data }))).toEqual([
      { type: 'AccountDisabled', recordedBy: 'wang.wu', data: { accountId: account.id, reason: '借调外单位' } },
      { type: 'AccountEnabled', recordedBy: 'wang.wu', data: { accountId: account.id } },
    ]);
  });

  it('writes nothing for an account already in use (a repeat, a double click)', async () => {
    const account = await api.createAccount(apiAdmin, { username: 'you.san', displayName: '尤三', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
    dataOf(await asAdmin(DISABLE_ACCOUNT, { id: account.id, reason: '暂停使用' }));
    dataOf(await asAdmin(ENABLE_ACCOUNT, { id: account.id }));
    const head = await api.head();
    const { enableAccount } = dataOf(await asAdmin<{ enableAccount: AccountPayloadResult }>(ENABLE_ACCOUNT, { id: account.id }));
    expect(enableAccount.account.disabled).toBe(false);
    expect(await api.head()).toBe(head);
    const { recordHistory } = dataOf(await api.gql<{ recordHistory: { type: string }[] }>(HISTORY_WITH_NAMES, { id: account.id }, apiAdmin));
    expect(recordHistory.map((e) => e.type)).toEqual(['AccountCreated', 'AccountDisabled', 'AccountEnabled']);
  });

  it.each([
    ['no id', {}, 'BAD_USER_INPUT', 'id'],
    ['an id that is none', { id: 'qin.er' }, 'BAD_USER_INPUT', 'id'],
    ['an id of the wrong type', { id: ['00000000-0000-4000-8000-000000000404'] }, 'BAD_USER_INPUT', 'id'],
    ['an unknown account', { id: '00000000-0000-4000-8000-000000000404' }, 'NOT_FOUND', ''],
  ])('refuses %s, writing nothing', async (_name, input, code, field) => {
    const head = await api.head();
    await api.expectRefused(() => asAdmin(ENABLE_ACCOUNT, input), code, field || undefined);
    expect(await api.head()).toBe(head);
  });
});

describe('bad input to the other account mutations', () => {
  let account: CreatedAccount;
  const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }';

  beforeAll(async () => {
    account = await api.createAccount(apiAdmin, { username: 'lu.ba', displayName: '卢八', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
  });

  it.each([
    ['disableAccount with an oversized reason', DISABLE_ACCOUNT, (id: string) => ({ id, reason: '调'.repeat(501) }), 'BAD_USER_INPUT', 'reason'],
    ['disableAccount with a reason of the wrong type', DISABLE_ACCOUNT, (id: string) => ({ id, reason: 42 }), 'BAD_USER_INPUT', 'reason'],
    ['disableAccount without a reason', DISABLE_ACCOUNT, (id: string) => ({ id }), 'BAD_USER_INPUT', 'reason'],
    ['disableAccount of an unknown account', DISABLE_ACCOUNT, () => ({ id: '00000000-0000-4000-8000-000000000404', reason: '调离' }), 'NOT_FOUND', ''],
    ['resetPassword with an id that is none', RESET_PASSWORD, () => ({ id: 'lu.ba', newPassword: 'fine-password-2024' }), 'BAD_USER_INPUT', 'id'],
    ['resetPassword with a password of the wrong type', RESET_PASSWORD, (id: string) => ({ id, newPassword: ['fine-password-2024'] }), 'BAD_USER_INPUT', 'newPassword'],
    ['resetPassword with an oversized password', RESET_PASSWORD, (id: string) => ({ id, newPassword: 'p'.repeat(129) }), 'BAD_USER_INPUT', 'newPassword'],
  ] as const)('refuses %s, naming the field, writing nothing', async (_name, query, input, code, field) => {
    await api.expectRefused(() => asAdmin(query, input(account.id)), code, field || undefined);
  });

  // Without credentials the request gate keeps the schema's field names out of the answer
  // (issue 12 §6), so the refusal says what is wrong but names no field.
  it.each([
    ['no username', { password: 'whatever-it-is-1' }],
    ['a username of the wrong type', { username: 7, password: 'whatever-it-is-1' }],
    ['a password of the wrong type', { username: 'lu.ba', password: 1234567890 }],
  ])('refuses a signIn with %s in Chinese, setting no cookie', async (_name, input) => {
    await api.expectRefused(async () => {
      const { response, setCookie } = await api.send(JSON.stringify({ query: SIGN_IN, variables: { input } }), {});
      expect(setCookie).toBeUndefined();
      return response;
    }, 'BAD_USER_INPUT');
  });

  it('answers an oversized username or password as any wrong one, without a cookie', async () => {
    for (const input of [{ username: 'u'.repeat(10_000), password: 'whatever-it-is-1' }, { username: 'lu.ba', password: 'p'.repeat(100_000) }]) {
      const { response, setCookie } = await api.send(JSON.stringify({ query: SIGN_IN, variables: { input } }), {});
      expect({ code: errorCode(response), message: response.errors?.[0]?.message, setCookie }).toEqual({ code: 'UNAUTHENTICATED', message: '登录名或密码不正确', setCookie: undefined });
    }
  });
});

describe('passwords', () => {
  it('resetPassword holds the new one to the rules and refuses an unknown account', async () => {
    const account = await api.createAccount(apiAdmin, { username: 'shen.wu', displayName: '沈五', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
    await api.expectRefused(() => asAdmin(RESET_PASSWORD, { id: account.id, newPassword: 'short' }), 'BAD_USER_INPUT', 'newPassword');
    await api.expectRefused(() => asAdmin(RESET_PASSWORD, { id: account.id, newPassword: 'qwertyuiop' }), 'BAD_USER_INPUT', 'newPassword');
    await api.expectRefused(() => asAdmin(RESET_PASSWORD, { id: account.id, newPassword: 'dear-shen.wu-2023' }), 'BAD_USER_INPUT', 'newPassword');
    await api.expectRefused(() => asAdmin(RESET_PASSWORD, { id: '00000000-0000-4000-8000-000000000404', newPassword: 'fine-password-2023' }), 'NOT_FOUND');
    const { resetPassword } = dataOf(await asAdmin<{ resetPassword: AccountPayloadResult }>(RESET_PASSWORD, { id: account.id, newPassword: 'fine-password-2023' }));
    passwordsUsed.push('fine-password-2023');
    expect(resetPassword.account.mustChangePassword).toBe(true);
  });

  it('changePassword wants the current password, a new one that differs and keeps the rules, and an account', async () => {
    const account = await api.createAccount(apiAdmin, { username: 'han.liu', displayName: '韩六', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
    const { session } = await api.signIn(account.username, account.password);
    if (!session) throw new Error('no session');
    const change = (input: Input) => () => api.gqlWithSession(CHANGE_PASSWORD, { input }, session);
    await api.expectRefused(change({ currentPassword: 'not-the-current-one', newPassword: 'han-liu-new-2023' }), 'BAD_USER_INPUT', 'currentPassword');
    await api.expectRefused(change({ currentPassword: account.password, newPassword: account.password }), 'BAD_USER_INPUT', 'newPassword');
    await api.expectRefused(change({ currentPassword: account.password, newPassword: '1234567890' }), 'BAD_USER_INPUT', 'newPassword');
    await api.expectRefused(change({ currentPassword: account.password, newPassword: 'my-han.liu-pass' }), 'BAD_USER_INPUT', 'newPassword');
    await api.expectRefused(change({ currentPassword: account.password, newPassword: 12345678901 }), 'BAD_USER_INPUT', 'newPassword');
    await api.expectRefused(() => api.gql(CHANGE_PASSWORD, { input: { currentPassword: 'x', newPassword: 'client-secret-2023' } }, apiAdmin), 'FORBIDDEN');
    const { recordHistory } = dataOf(await api.gql<{ recordHistory: { type: string }[] }>(HISTORY_WITH_NAMES, { id: account.id }, apiAdmin));
    expect(recordHistory.map((e) => e.type)).toEqual(['AccountCreated']);
    dataOf(await change({ currentPassword: account.password, newPassword: 'han-liu-new-2023' })());
    passwordsUsed.push(account.password, 'han-liu-new-2023');
  });

  it('records who changed a password and when, never the password or its hash, anywhere', async () => {
    const account = await api.createAccount(apiAdmin, { username: 'yang.qi', displayName: '杨七', roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });
    const { session, password } = await api.signedIn(account, 'yang-qi-chose-this-2023');
    passwordsUsed.push(account.password, password);
    dataOf(await api.gqlWithSession(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, session));
    const { recordHistory } = dataOf(await api.gqlWithSession<{ recordHistory: { type: string; recordedBy: string; recordedByName: string; data: Input }[] }>(HISTORY_WITH_NAMES, { id: account.id }, adminSession));
    expect(recordHistory.map(({ type, recordedBy, recordedByName }) => ({ type, recordedBy, recordedByName }))).toEqual([
      { type: 'AccountCreated', recordedBy: 'ops-bot', recordedByName: '运维机器人' },
      { type: 'PasswordChanged', recordedBy: 'yang.qi', recordedByName: '杨七' },
    ]);
    expect(recordHistory[1]?.data).toEqual({ accountId: account.id, changedBy: 'yang.qi', changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), oneTime: false });

    // Nothing the log holds, and nothing any answer carried, has a password or a hash in it.
    const everything: string[] = [];
    for (let after = START_OF_LOG; ; ) {
      const page = await api.store.readAll({ after, limit: 500 });
      everything.push(...page.events.map((event) => JSON.stringify(event, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))));
      if (page.events.length === 0) break;
      after = page.next;
    }
    const answers: GraphQLResponse<unknown>[] = [
      await asAdmin(ACCOUNTS, {}),
      await api.gqlWithSession(ME, {}, session),
      (await api.signIn(account.username, password)).response,
    ];
    const text = [...everything, ...answers.map((a) => JSON.stringify(a))].join('\n');
    expect(everything.some((line) => line.includes('PasswordChanged'))).toBe(true);
    expect(text).not.toMatch(/\$argon2|password_hash|passwordHash/);
    for (const used of passwordsUsed) expect(text).not.toContain(used);
  });
});
