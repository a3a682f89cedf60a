// Signing in over real HTTP with real cookies (docs/design.md §13): the session cookie, its ends (sign-out,
// idle and absolute expiry), the account read afresh on every request, the limits on failed
// sign-ins, and the cross-site shapes a cookie must never authenticate. Time moves by an injected clock.
import { Logger } from '@nestjs/common';
import { ApiHarness, TestClock, dataOf, errorCode, type CreatedAccount, type Session } from '../../test/api-harness';
import { CHANGE_PASSWORD, DISABLE_ACCOUNT, ME, RESET_PASSWORD, SIGN_OUT, UPDATE_ACCOUNT, type AccountResult } from '../../test/accounts.documents';
import { RECORD_ACTIVITY, type OrgFixture, leiFengDay, registerBureau } from '../../test/documents';

const HOUR = 3600_000;
const clock = new TestClock();
let api: ApiHarness;
let admin: string;
let org: OrgFixture;
let n = 0;

beforeAll(async () => {
  // One proxy in front: each test signs in from an address of its own (X-Forwarded-For), so the per-address limit stays apart.
  api = await ApiHarness.start({ clock, env: { TRUST_PROXY: '1' } });
  admin = api.token({ sub: 'admin', roles: ['ADMIN'] });
  org = await registerBureau(api, admin);
});

afterAll(() => api.close());

// Each test moves time from now: tokens, which the harness signs, keep the real clock.
afterEach(() => clock.reset());

/** A RECORDER of 康健支局 with a name of its own, not yet signed in. */
const recorder = (overrides: { roles?: ('RECORDER' | 'COMPILER' | 'ADMIN')[] } = {}): Promise<CreatedAccount> =>
  api.createAccount(admin, { username: `recorder${++n}`, displayName: '李四', roles: overrides.roles ?? ['RECORDER'], orgUnitIds: [org.subBureauId] });

const from = (address: string) => ({ 'x-forwarded-for': address });
const me = async (session: Session) => (await api.gqlWithSession<{ me: AccountResult | null }>(ME, {}, session)).data?.me ?? null;
const orgUnits = (session: Session) => api.gqlWithSession<{ orgUnits: { name: string }[] }>('{ orgUnits { name } }', {}, session);
const record = (session: Session) => api.gqlWithSession(RECORD_ACTIVITY, { input: leiFengDay(org.subBureauId) }, session);

describe('signIn', () => {
  it('sets an HttpOnly, SameSite=Strict cookie for Path=/ (not Secure over plain HTTP), and the cookie alone authenticates', async () => {
    const account = await recorder();
    const { response, setCookie, session } = await api.signIn(account.username, account.password);
    expect(response.errors).toBeUndefined();
    expect(setCookie).toMatch(/^tracker_session=[\w-]{43}; Max-Age=604800; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    expect(Date.parse(response.data?.signIn.expiresAt ?? '') - clock.now().getTime()).toBeGreaterThan(7 * 24 * HOUR - 60_000);
    expect(response.data?.signIn.account).toMatchObject({ username: account.username, displayName: '李四', roles: ['RECORDER'], mustChangePassword: true });
    if (!session) throw new Error('no session cookie');
    expect(await me(session)).toMatchObject({ id: account.id, username: account.username });
  });

  it('marks the cookie Secure when the request came over HTTPS, as the trusted proxy says', async () => {
    const account = await recorder();
    const { setCookie } = await api.signIn(account.username, account.password, { 'x-forwarded-proto': 'https' });
    expect(setCookie).toMatch(/; Secure/);
  });

  it('with a one-time password, allows only changing it (and me, and signing out); then everything the roles allow', async () => {
    const account = await recorder();
    const { session } = await api.signIn(account.username, account.password);
    if (!session) throw new Error('no session cookie');
    const head = await api.head();
    for (const refused of [await orgUnits(session), await record(session)]) {
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toBe('你的密码是管理员设置的一次性密码，请先修改密码，再进行其他操作');
    }
    expect(await api.head()).toBe(head);
    expect(dataOf(await api.gqlWithSession(CHANGE_PASSWORD, { input: { currentPassword: account.password, newPassword: 'my-own-choice-2024' } }, session))).toEqual({
      changePassword: true,
    });
    expect(await me(session)).toMatchObject({ mustChangePassword: false });
    expect(dataOf(await orgUnits(session)).orgUnits.map((u) => u.name)).toEqual(['康健支局']);
    expect(errorCode(await record(session))).toBeUndefined();
  });

  it('answers a wrong password and an unknown username alike, in about the same time, sets no cookie, and logs both at warn without the password', async () => {
    const account = await recorder();
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const timed = async (username: string) => {
      const started = performance.now();
      const attempt = await api.signIn(username, 'not-the-password-1', from('10.0.1.1'));
      return { attempt, ms: performance.now() - started };
    };
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await timed(account.username);
      const b = await timed(`nobody${i}`);
      for (const { attempt } of [a, b]) {
        expect({ code: errorCode(attempt.response), message: attempt.response.errors?.[0]?.message, cookie: attempt.setCookie }).toEqual({
          code: 'UNAUTHENTICATED',
          message: '登录名或密码不正确',
          cookie: undefined,
        });
      }
      wrong.push(a.ms);
      unknown.push(b.ms);
    }
    // An unknown username is hashed against a dummy: never answered much faster than a wrong password.
    // The fastest of each: a busy machine only ever adds time, so the minimum is the cost itself.
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...wrong) * 0.5);
    const lines = warn.mock.calls.map((call) => String(call[0]));
    warn.mockRestore();
    expect(lines).toEqual(expect.arrayContaining([expect.stringContaining(`"${account.username}"，来自 10.0.1.1，密码错误`), expect.stringContaining('"nobody0"，来自 10.0.1.1，没有这个用户名')]));
    expect(lines.join('\n')).not.toContain('not-the-password-1');
    // The failures were spread over two names: neither is locked (4 and 1 of 5).
    expect(errorCode((await api.signIn(account.username, account.password, from('10.0.1.1'))).response)).toBeUndefined();
  });
});

describe('failed sign-ins', () => {
  it('lock a username for 15 minutes after 5 failures within 15 minutes, even for the right password, saying when to try again', async () => {
    const account = await recorder();
    const address = from('10.0.2.1');
    for (let i = 1; i <= 4; i++) expect(errorCode((await api.signIn(account.username, `wrong-password-${i}`, address)).response)).toBe('UNAUTHENTICATED');
    const fifth = (await api.signIn(account.username, 'wrong-password-5', address)).response;
    expect(errorCode(fifth)).toBe('TOO_MANY_ATTEMPTS');
    expect(fifth.errors?.[0]?.message).toMatch(/^登录失败次数过多，已暂停登录，请于 \d{1,2}月\d{1,2}日 \d\d:\d\d 之后再试$/);
    const locked = await api.signIn(account.username, account.password, from('10.0.2.2'));
    expect({ code: errorCode(locked.response), cookie: locked.setCookie }).toEqual({ code: 'TOO_MANY_ATTEMPTS', cookie: undefined });

    clock.advance(14 * 60_000);
    expect(errorCode((await api.signIn(account.username, account.password, address)).response)).toBe('TOO_MANY_ATTEMPTS');
    clock.advance(60_000);
    expect(errorCode((await api.signIn(account.username, account.password, address)).response)).toBeUndefined();
  });

  it('lock an unknown username the same way, so a lock tells nothing', async () => {
    for (let i = 1; i <= 4; i++) await api.signIn('nobody.here', `wrong-password-${i}`, from('10.0.3.1'));
    expect(errorCode((await api.signIn('nobody.here', 'wrong-password-5', from('10.0.3.1'))).response)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('do not lock when spread over more than 15 minutes', async () => {
    const account = await recorder();
    for (let i = 1; i <= 4; i++) await api.signIn(account.username, `wrong-password-${i}`, from('10.0.4.1'));
    clock.advance(16 * 60_000);
    for (let i = 1; i <= 4; i++) expect(errorCode((await api.signIn(account.username, `wrong-password-${i}`, from('10.0.4.1'))).response)).toBe('UNAUTHENTICATED');
    expect(errorCode((await api.signIn(account.username, account.password, from('10.0.4.1'))).response)).toBeUndefined();
  });

  it('from one address, stop a spray over many usernames, but not sign-ins from elsewhere', async () => {
    const account = await recorder();
    const spray = from('10.0.5.1');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 30; i++) codes.push(errorCode((await api.signIn(`sprayed${i}`, 'password-guess-1', spray)).response));
    expect(codes.slice(0, 29).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[29]).toBe('TOO_MANY_ATTEMPTS');
    expect(errorCode((await api.signIn(account.username, account.password, spray)).response)).toBe('TOO_MANY_ATTEMPTS');
    expect(errorCode((await api.signIn(account.username, account.password, from('10.0.5.2'))).response)).toBeUndefined();
  });
});

describe('sessions', () => {
  async function liveSession(account?: CreatedAccount): Promise<{ account: CreatedAccount; session: Session; password: string }> {
    const created = account ?? (await recorder());
    return { account: created, ...(await api.signedIn(created)) };
  }

  it('signOut ends the session on the server for good, and clears the cookie', async () => {
    const { session } = await liveSession();
    const out = await api.send<{ signOut: boolean }>(JSON.stringify({ query: SIGN_OUT }), { session });
    expect(out.response.data).toEqual({ signOut: true });
    expect(out.setCookie).toMatch(/^tracker_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    // A browser that kept the cookie anyway gets nothing with it.
    expect(await me(session)).toBeNull();
    expect(errorCode(await orgUnits(session))).toBe('UNAUTHENTICATED');
    expect(dataOf(await api.gqlWithSession(SIGN_OUT, {}, session))).toEqual({ signOut: false });
  });

  it('signing in again from the same browser ends the session it had', async () => {
    const { account, session, password } = await liveSession();
    const again = await api.signIn(account.username, password, { cookie: session.cookie });
    if (!again.session) throw new Error('no new session');
    expect(again.session.cookie).not.toBe(session.cookie);
    expect(errorCode(await orgUnits(session))).toBe('UNAUTHENTICATED');
    expect(errorCode(await orgUnits(again.session))).toBeUndefined();
  });

  it('end after a working day without a request', async () => {
    const { session } = await liveSession();
    clock.advance(10 * HOUR - 60_000);
    expect(errorCode(await orgUnits(session))).toBeUndefined();
    clock.advance(10 * HOUR);
    const expired = await orgUnits(session);
    expect({ code: errorCode(expired), message: expired.errors?.[0]?.message }).toEqual({ code: 'UNAUTHENTICATED', message: '登录已超时，请重新登录' });
  });

  it('end a week after signing in, however busy', async () => {
    const { session } = await liveSession();
    for (let elapsed = 0; elapsed < 7 * 24 * HOUR - 9 * HOUR; elapsed += 9 * HOUR) {
      clock.advance(9 * HOUR);
      expect(errorCode(await orgUnits(session))).toBeUndefined();
    }
    clock.advance(9 * HOUR);
    expect(errorCode(await orgUnits(session))).toBe('UNAUTHENTICATED');
  });

  it('of a disabled account are refused at their next request, every one of them, and so are its tokens', async () => {
    const { account, session, password } = await liveSession();
    const second = (await api.signIn(account.username, password)).session;
    const token = api.token({ sub: account.username, roles: ['RECORDER'], orgUnitIds: [org.subBureauId] });
    if (!second) throw new Error('no second session');
    expect(errorCode(await orgUnits(second))).toBeUndefined();
    expect(errorCode(await api.gql('{ orgUnits { name } }', {}, token))).toBeUndefined();

    dataOf(await api.gql(DISABLE_ACCOUNT, { input: { id: account.id, reason: '调离本单位' } }, admin));
    for (const response of [await orgUnits(session), await orgUnits(second), await api.gql('{ orgUnits { name } }', {}, token)]) {
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    }
    const again = await api.signIn(account.username, password);
    expect({ code: errorCode(again.response), message: again.response.errors?.[0]?.message, cookie: again.setCookie }).toEqual({
      code: 'UNAUTHENTICATED',
      message: '账号已停用，请联系管理员',
      cookie: undefined,
    });
  });

  it('end at a password reset, every one; the old password no longer signs in, the new one is one-time', async () => {
    const { account, session, password } = await liveSession();
    const second = (await api.signIn(account.username, password)).session;
    if (!second) throw new Error('no second session');
    dataOf(await api.gql(RESET_PASSWORD, { input: { id: account.id, newPassword: 'reset-by-admin-77' } }, admin));
    expect(errorCode(await orgUnits(session))).toBe('UNAUTHENTICATED');
    expect(errorCode(await orgUnits(second))).toBe('UNAUTHENTICATED');
    expect(errorCode((await api.signIn(account.username, password)).response)).toBe('UNAUTHENTICATED');
    const fresh = await api.signIn(account.username, 'reset-by-admin-77');
    expect(fresh.response.data?.signIn.account.mustChangePassword).toBe(true);
  });

  it('changing one’s own password ends the other sessions and keeps this one', async () => {
    const { account, session, password } = await liveSession();
    const other = (await api.signIn(account.username, password)).session;
    if (!other) throw new Error('no second session');
    dataOf(await api.gqlWithSession(CHANGE_PASSWORD, { input: { currentPassword: password, newPassword: 'changed-again-2024' } }, session));
    expect(errorCode(await orgUnits(session))).toBeUndefined();
    expect(errorCode(await orgUnits(other))).toBe('UNAUTHENTICATED');
  });

  it('see a change of roles or scope at their next request, every one of them', async () => {
    const { account, session, password } = await liveSession();
    const second = (await api.signIn(account.username, password)).session;
    if (!second) throw new Error('no second session');
    for (const s of [session, second]) expect(errorCode(await record(s))).toBeUndefined();

    dataOf(await api.gql(UPDATE_ACCOUNT, { input: { id: account.id, roles: ['COMPILER'] } }, admin));
    const head = await api.head();
    for (const s of [session, second]) expect(errorCode(await record(s))).toBe('FORBIDDEN');
    expect(await api.head()).toBe(head);

    dataOf(await api.gql(UPDATE_ACCOUNT, { input: { id: account.id, orgUnitIds: [org.otherSubBureauId] } }, admin));
    for (const s of [session, second]) expect(dataOf(await orgUnits(s)).orgUnits.map((u) => u.name)).toEqual(['衡复支局']);
  });
});

describe('bearer tokens', () => {
  it('whose subject is an account act as the account is now, not as the claims say', async () => {
    const account = await recorder();
    const { password } = await api.signedIn(account);
    const claimsAdmin = api.token({ sub: account.username, roles: ['ADMIN'] });
    const refused = await api.gql('mutation { registerOrgUnit(input: { name: "新支局", kind: SUB_BUREAU, parentId: "' + org.bureauId + '" }) { position } }', {}, claimsAdmin);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(dataOf(await api.gql<{ me: AccountResult }>(ME, {}, claimsAdmin)).me).toMatchObject({ username: account.username, roles: ['RECORDER'] });
    expect(password).not.toBe(account.password);
  });

  it('issued before the account’s password was last set are refused', async () => {
    const account = await recorder();
    await api.signedIn(account);
    const token = api.token({ sub: account.username, roles: ['RECORDER'] });
    expect(errorCode(await api.gql('{ orgUnits { name } }', {}, token))).toBeUndefined();
    clock.advance(120_000);
    dataOf(await api.gql(RESET_PASSWORD, { input: { id: account.id, newPassword: 'reset-by-admin-78' } }, admin));
    const refused = await api.gql('{ orgUnits { name } }', {}, token);
    expect({ code: errorCode(refused), message: refused.errors?.[0]?.message }).toEqual({ code: 'UNAUTHENTICATED', message: '账号的密码已经更改，此登录令牌随之失效，请重新获取' });
    expect(dataOf(await api.gql(ME, {}, token))).toEqual({ me: null });
  });

  it('whose subject is no account are API clients, as before', async () => {
    const client = api.token({ sub: 'report-bot', roles: ['COMPILER'], orgUnitIds: [org.bureauId] });
    expect(dataOf(await api.gql<{ me: AccountResult | null }>(ME, {}, client)).me).toBeNull();
    expect(errorCode(await api.gql('{ orgUnits { name } }', {}, client))).toBeUndefined();
  });
});

describe('cross-site shapes', () => {
  let session: Session;

  beforeAll(async () => {
    session = (await api.signedIn(await recorder())).session;
  });

  const body = () => JSON.stringify({ query: RECORD_ACTIVITY, variables: { input: leiFengDay(org.subBureauId) } });

  // Apollo's CSRF prevention refuses these before any resolver (a 4xx); the auth layer would too (cross-site.unit.spec.ts).
  it.each([
    ['a text/plain post', { 'content-type': 'text/plain' }],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['a multipart form post', { 'content-type': 'multipart/form-data; boundary=x' }],
  ])('refuses %s with the session cookie, and writes nothing', async (_name, headers) => {
    const head = await api.head();
    const { response } = await api.send(body(), { session, headers });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.data ?? null).toBeNull();
    expect(await api.head()).toBe(head);
  });

  it('refuses a JSON post that the browser marks cross-site, in the auth layer, and writes nothing', async () => {
    const response = await api.expectRefused(
      async () => (await api.send(body(), { session, headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } })).response,
      'FORBIDDEN',
    );
    expect(response.errors?.[0]?.message).toBe('来自其他网站的请求不能使用本系统的登录状态');
  });

  it('refuses a mutation sent as a GET link', async () => {
    const head = await api.head();
    const url = `${api.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`;
    const response = await fetch(url, { headers: { cookie: session.cookie } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await api.head()).toBe(head);
    expect(await me(session)).not.toBeNull();
  });

  it('keeps CORS closed: no other origin is ever allowed to read an answer', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', cookie: session.cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('serves the same request from the site itself', async () => {
    const { response } = await api.send(body(), { session, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(response.errors).toBeUndefined();
  });
});

describe('without TRUST_PROXY', () => {
  let direct: ApiHarness;

  beforeAll(async () => {
    direct = await ApiHarness.start();
  });

  afterAll(() => direct.close());

  it('believes no forwarded header: no Secure cookie from X-Forwarded-Proto, no address from X-Forwarded-For', async () => {
    const account = await direct.createAccount(direct.token({ sub: 'admin', roles: ['ADMIN'] }), { username: 'wang.wu', roles: ['ADMIN'] });
    const signedIn = await direct.signIn(account.username, account.password, { 'x-forwarded-proto': 'https' });
    expect(signedIn.setCookie).toMatch(/^tracker_session=/);
    expect(signedIn.setCookie).not.toMatch(/Secure/);
    // Thirty failures "from" thirty addresses are all one address's: the spray is stopped as one.
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 30; i++) codes.push(errorCode((await direct.signIn(`sprayed${i}`, 'password-guess-1', from(`10.9.0.${i}`))).response));
    expect(codes[29]).toBe('TOO_MANY_ATTEMPTS');
  });
});
