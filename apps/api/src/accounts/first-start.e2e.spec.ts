// The operator's way in, as real processes (docs/design.md §13): the first start creates `admin` and prints
// its one-time password once; no later start prints a secret; `reset-admin` gives a locked-out
// operator a new one-time password; `issue-token` signs for API clients and existing org units only.
import { createTestDatabase, type TestDatabase } from '@tracker/testing';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrackerProcess, ensureBuilt, freePort, printedOneTimePasswords, runCli } from '../../test/tracker-process';

let database: TestDatabase;
let root: string;
let env: Record<string, string>;
let tracker: TrackerProcess | undefined;

beforeAll(async () => {
  await ensureBuilt();
  database = await createTestDatabase('accounts_first_start');
  root = mkdtempSync(join(tmpdir(), 'tracker-e2e-first-'));
  chmodSync(root, 0o777);
  // No JWT_SECRET: as on a fresh install, the secret is generated in DATA_DIR.
  env = { DATABASE_URL: database.url, DATA_DIR: join(root, 'data') };
}, 90_000);

afterAll(async () => {
  if (tracker?.running) await tracker.stop('SIGKILL').catch(() => undefined);
  await database.drop();
  rmSync(root, { recursive: true, force: true });
});

async function start(): Promise<TrackerProcess> {
  tracker = TrackerProcess.start(env, await freePort());
  await tracker.waitForHealthy(30_000);
  return tracker;
}

interface Answer {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: { message: string; extensions?: { code?: string } }[];
}

/** A browser: it keeps the session cookie signIn sets, and sends it back. */
class Browser {
  private cookie: string | undefined;

  constructor(private readonly port: number) {}

  async gql(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const response = await fetch(`http://127.0.0.1:${this.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = /tracker_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
    if (set) this.cookie = set;
    return (await response.json()) as Answer;
  }

  signIn(username: string, password: string): Promise<Answer> {
    return this.gql('mutation ($input: SignInInput!) { signIn(input: $input) { account { username displayName roles mustChangePassword } } }', { input: { username, password } });
  }

  changePassword(currentPassword: string, newPassword: string): Promise<Answer> {
    return this.gql('mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword, newPassword } });
  }
}

const codeOf = (answer: Answer): string | undefined => answer.errors?.[0]?.extensions?.code;
// A JWT starts with the base64 of '{"': a printed token would show it.
const NO_TOKEN = /eyJ[\w-]{10,}/;

describe('the first start and the operator', () => {
  let oneTime = '';
  let bureauId = '';
  const chosen = 'operator-chose-this-2024';

  it('creates admin with a one-time password, printed once, and asks for a new one at the first sign-in', async () => {
    const first = await start();
    const printed = printedOneTimePasswords(first.output);
    expect(printed).toEqual([{ username: 'admin', password: expect.stringMatching(/^[A-Za-z2-9]{16}$/) }]);
    oneTime = printed[0]?.password ?? '';
    expect(first.output).not.toMatch(NO_TOKEN);
    expect(first.output).not.toContain('ADMIN token');

    const browser = new Browser(first.port);
    const signedIn = await browser.signIn('admin', oneTime);
    expect(signedIn.data?.['signIn']).toEqual({ account: { username: 'admin', displayName: '系统管理员', roles: ['ADMIN'], mustChangePassword: true } });
    expect(codeOf(await browser.gql('{ orgUnits { id } }'))).toBe('FORBIDDEN');
    expect((await browser.changePassword(oneTime, chosen)).data).toEqual({ changePassword: true });
    expect(codeOf(await browser.gql('{ orgUnits { id } }'))).toBeUndefined();
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('prints no secret at any later start, and the chosen password goes on working', async () => {
    const again = await start();
    expect(printedOneTimePasswords(again.output)).toEqual([]);
    expect(again.output).not.toContain(oneTime);
    expect(again.output).not.toMatch(NO_TOKEN);
    expect(codeOf(await new Browser(again.port).signIn('admin', oneTime))).toBe('UNAUTHENTICATED');
    expect(codeOf(await new Browser(again.port).signIn('admin', chosen))).toBeUndefined();
  });

  it('reset-admin, with the database at hand, sets a new one-time password, ends the sessions and lifts a lock', async () => {
    const running = tracker;
    if (!running) throw new Error('no tracker running');
    const browser = new Browser(running.port);
    expect(codeOf(await browser.signIn('admin', chosen))).toBeUndefined();
    // Locked out: five wrong guesses.
    for (let i = 0; i < 5; i++) await new Browser(running.port).signIn('admin', `forgotten-${i}-password`);
    expect(codeOf(await new Browser(running.port).signIn('admin', chosen))).toBe('TOO_MANY_ATTEMPTS');

    const reset = await runCli(['reset-admin'], env);
    expect(reset.code).toBe(0);
    // The answer is stdout, and nothing else is: the CLI's log lines go to stderr.
    const printed = printedOneTimePasswords(reset.stdout);
    expect(reset.stdout.trim().split('\n')).toHaveLength(2);
    expect(printed).toEqual([{ username: 'admin', password: expect.stringMatching(/^[A-Za-z2-9]{16}$/) }]);
    const fresh = printed[0]?.password ?? '';
    expect(fresh).not.toBe(oneTime);

    expect(codeOf(await browser.gql('{ orgUnits { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await new Browser(running.port).signIn('admin', chosen))).toBe('UNAUTHENTICATED');
    const signedIn = await new Browser(running.port).signIn('admin', fresh);
    expect(signedIn.data?.['signIn']).toMatchObject({ account: { username: 'admin', mustChangePassword: true } });
  });

  it('reset-admin refuses an account that does not exist, and one that is no ADMIN', async () => {
    const running = tracker;
    if (!running) throw new Error('no tracker running');
    const registered = (await running.graphql<{ registerOrgUnit: { orgUnit: { id: string } } }>('mutation { registerOrgUnit(input: { name: "南区局", kind: BUREAU }) { orgUnit { id } } }')).data;
    bureauId = registered?.registerOrgUnit.orgUnit.id ?? '';
    const created = await running.graphql(
      `mutation { createAccount(input: { username: "li.si", displayName: "李四", roles: [COMPILER], orgUnitIds: ["${bureauId}"], password: "li-si-first-2024" }) { position } }`,
    );
    expect(created.errors).toBeUndefined();
    for (const [username, message] of [
      ['nobody', '没有登录名为“nobody”的账号。请用 --username 指定一个管理员账号。'],
      ['li.si', '账号“li.si”不是管理员。reset-admin 只为管理员设置密码，其他账号请由管理员在系统中重置。'],
    ] as const) {
      const refused = await runCli(['reset-admin', '--username', username], env);
      expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 1, stdout: '' });
      expect(refused.stderr.trim().split('\n').at(-1)).toBe(message);
    }
  });

  it('issue-token signs for API clients and existing org units only, asking the running tracker', async () => {
    const running = tracker;
    if (!running) throw new Error('no tracker running');
    const cliEnv = { ...env, PORT: String(running.port) };

    const unknownUnit = '00000000-0000-4000-8000-000000000404';
    const refused = await runCli(['issue-token', '--sub', 'report-bot', '--roles', 'COMPILER', '--org', unknownUnit], cliEnv);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: '' });
    expect(refused.stderr).toContain(`--org 中的组织不存在：${unknownUnit}`);

    const account = await runCli(['issue-token', '--sub', 'ADMIN', '--roles', 'ADMIN'], cliEnv);
    expect({ code: account.code, stdout: account.stdout }).toEqual({ code: 2, stdout: '' });
    expect(account.stderr).toContain('“ADMIN”是一个人的账号');

    const issued = await runCli(['issue-token', '--sub', 'report-bot', '--roles', 'COMPILER', '--org', bureauId, '--expires', '1h'], cliEnv);
    expect(issued.code).toBe(0);
    const answer = await running.graphql<{ orgUnits: { id: string }[] }>('{ orgUnits { id } }', issued.stdout.trim());
    expect(answer).toEqual({ data: { orgUnits: [{ id: bureauId }] } });
    expect(await running.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('issue-token reads the database itself when no tracker is running', async () => {
    const cliEnv = { ...env, PORT: String(await freePort()) };
    const refused = await runCli(['issue-token', '--sub', 'report-bot', '--roles', 'COMPILER', '--org', '00000000-0000-4000-8000-000000000405'], cliEnv);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('--org 中的组织不存在：00000000-0000-4000-8000-000000000405');
    const issued = await runCli(['issue-token', '--sub', 'report-bot', '--roles', 'COMPILER', '--org', bureauId], cliEnv);
    expect({ code: issued.code, token: issued.stdout.trim() }).toEqual({ code: 0, token: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/) });
  });
});
