// Starts one tracker for the browser suite: the built api serving the built web app, on its own
// embedded PostgreSQL in a fresh DATA_DIR. It loads the 2023 demo through the GraphQL API (the
// CLI's `demo`, an API client with a token) plus one 2024 record, so the year picker has two
// years to show. Then it does what an operator does on the first start: reads the one-time
// password the tracker printed for `admin`, signs in with it and sets a password of its own, and
// creates the accounts the journeys use (tools/browser/accounts.ts), each signed in once with its
// password changed, its session saved as a Playwright storageState file. The tests find the
// tracker through TRACKER_WEB_URL and the accounts through TRACKER_WEB_ACCOUNTS.
import { request as playwright, type APIRequestContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, freePort, killProcessesMentioning, printedOneTimePasswords, ROOT, TrackerProcess } from '../../apps/api/test/tracker-process';
import { ACCOUNTS_VARIABLE, type BrowserAccount, type BrowserAccounts, OPERATOR_PASSWORD, PLANNED_ACCOUNTS, type PlannedAccount, URL_VARIABLE } from '../../apps/web/browser/accounts';

const JWT_SECRET = 'browser-test-secret-that-is-long-enough-for-hs256';
const STORAGE = join(ROOT, '.tmp', 'playwright', 'storage');

function run(args: readonly string[], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** One GraphQL request in `session` (a browser's cookie jar), failing on any error. */
async function graphql<T>(session: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await session.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id mustChangePassword } } }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';

/** Signs in as a person would and replaces the one-time password: a session ready to work. */
async function signInFirstTime(url: string, username: string, oneTimePassword: string, password: string): Promise<{ session: APIRequestContext; id: string }> {
  const session = await playwright.newContext({ baseURL: url });
  const { signIn } = await graphql<{ signIn: { account: { id: string; mustChangePassword: boolean } } }>(session, SIGN_IN, { input: { username, password: oneTimePassword } });
  if (!signIn.account.mustChangePassword) throw new Error(`${username} signed in without being asked for a password of their own`);
  await graphql(session, CHANGE_PASSWORD, { input: { currentPassword: oneTimePassword, newPassword: password } });
  return { session, id: signIn.account.id };
}

/** Waits for the first start's one-time password on the tracker's output (printed once, docs/design.md §13). */
async function printedAdminPassword(tracker: TrackerProcess): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const printed = printedOneTimePasswords(tracker.output).find((entry) => entry.username === 'admin');
    if (printed) return printed.password;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The tracker printed no one-time password for admin:\n${tracker.output}`);
}

interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
}

/** The org unit each planned account acts for, found in the demo's org chart. */
function scopeOf(plan: PlannedAccount, units: readonly Unit[]): string[] {
  if (plan.scope === undefined) return [];
  const bureau = units.find((unit) => unit.kind === 'BUREAU' && unit.parentId === null);
  if (!bureau) throw new Error('The demo registered no bureau');
  const found =
    plan.scope === 'bureau'
      ? bureau
      : plan.scope === 'bureau-union'
        ? units.find((unit) => unit.kind === 'UNION' && unit.parentId === bureau.id)
        : units.find((unit) => unit.kind === 'PARTY_BRANCH' && unit.name === plan.scope);
  if (!found) throw new Error(`The demo has no unit for ${plan.username}'s scope ${plan.scope}`);
  return [found.id];
}

async function createAccounts(url: string, admin: APIRequestContext, units: readonly Unit[]): Promise<BrowserAccounts> {
  mkdirSync(STORAGE, { recursive: true });
  const created: Partial<Record<keyof BrowserAccounts, BrowserAccount>> = {};
  for (const [key, plan] of Object.entries(PLANNED_ACCOUNTS) as [keyof BrowserAccounts, PlannedAccount][]) {
    const orgUnitIds = scopeOf(plan, units);
    await graphql(admin, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { position } }', {
      input: { username: plan.username, displayName: plan.displayName, roles: plan.roles, orgUnitIds, password: plan.oneTimePassword },
    });
    const storageState = join(STORAGE, `${plan.username}.json`);
    if (plan.signedIn) {
      const { session } = await signInFirstTime(url, plan.username, plan.oneTimePassword, plan.password);
      await session.storageState({ path: storageState });
      await session.dispose();
    }
    created[key] = { ...plan, orgUnitIds, storageState };
  }
  return created as BrowserAccounts;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  await ensureBuilt();
  run(['tools/build-web.mjs']);

  const dataDir = mkdtempSync(join(tmpdir(), 'tracker-browser-'));
  chmodSync(dataDir, 0o777); // the postgres OS user (when we run as root) must be able to write here
  const port = await freePort();
  const tracker = TrackerProcess.start({ DATA_DIR: dataDir, JWT_SECRET, LOG_LEVEL: 'warn' }, port);
  const stop = async () => {
    await tracker.stop().catch(() => undefined);
    killProcessesMentioning(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await tracker.waitForHealthy(90_000);
    const url = `http://127.0.0.1:${port}`;
    const adminOneTimePassword = await printedAdminPassword(tracker);
    run(['-r', './dist/register-paths.js', 'dist/apps/api/src/cli.js', 'demo', '--url', `${url}/graphql`], { JWT_SECRET, DATA_DIR: dataDir });

    // The operator's first sign-in, as the README tells it.
    const { session: admin } = await signInFirstTime(url, 'admin', adminOneTimePassword, OPERATOR_PASSWORD);
    const { orgUnits } = await graphql<{ orgUnits: Unit[] }>(admin, '{ orgUnits { id name kind parentId } }');
    const union = orgUnits.find((unit) => unit.kind === 'UNION');
    if (!union) throw new Error('The demo registered no union');
    await graphql(admin, 'mutation ($input: GrantReliefInput!) { grantRelief(input: $input) { position } }', {
      input: { unionId: union.id, grantedOn: '2024-01-20', amount: '1200.00', personTimes: 3, category: 'LIVING_HARDSHIP', idempotencyKey: 'browser-2024-relief' },
    });
    const accounts = await createAccounts(url, admin, orgUnits);
    await admin.dispose();

    process.env[URL_VARIABLE] = url;
    process.env[ACCOUNTS_VARIABLE] = JSON.stringify(accounts);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
