// The accounts the browser suite signs in with, made by tools/browser/global-setup.ts through the
// api as an ADMIN would make them. Each but `firstSignIn` has signed in once and set its own
// password; its session is saved as a Playwright storageState file, so a test opens the app
// signed in with `test.use({ storageState: account('recorder').storageState })`.
import type { Role } from '../src/gql/graphql';

export const URL_VARIABLE = 'TRACKER_WEB_URL';
export const ACCOUNTS_VARIABLE = 'TRACKER_WEB_ACCOUNTS';

/** The password the setup gives `admin` at the first sign-in. */
export const OPERATOR_PASSWORD = 'browser-operator-2024';

export interface PlannedAccount {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  /** Where it acts: the demo's bureau, the bureau's own union, a party branch by name, or nowhere (an ADMIN). */
  readonly scope?: 'bureau' | 'bureau-union' | string;
  /** What the ADMIN gave; still the password of an account that has not signed in. */
  readonly oneTimePassword: string;
  /** The account's own password, once it signed in. */
  readonly password: string;
  /** Whether the setup signed in and replaced the one-time password. */
  readonly signedIn: boolean;
}

export interface BrowserAccount extends PlannedAccount {
  readonly orgUnitIds: readonly string[];
  /** The saved session (cookies) of an account that has signed in. */
  readonly storageState: string;
}

export const PLANNED_ACCOUNTS = {
  admin: { username: 'zhou.admin', displayName: '周敏', roles: ['ADMIN'], oneTimePassword: 'Kx7mQ2rTa9PwcE4h', password: 'zhou-admin-own-2024', signedIn: true },
  recorder: { username: 'li.recorder', displayName: '李华', roles: ['RECORDER'], scope: '公客综合党支部', oneTimePassword: 'Rb3nW8kPq2ZxmT5c', password: 'li-recorder-own-2024', signedIn: true },
  treasurer: { username: 'wang.treasurer', displayName: '王芳', roles: ['TREASURER'], scope: 'bureau-union', oneTimePassword: 'Tf6hJ9sLd4VymN2b', password: 'wang-treasurer-own-2024', signedIn: true },
  compiler: { username: 'chen.compiler', displayName: '陈静', roles: ['COMPILER'], scope: 'bureau', oneTimePassword: 'Cq5pG7wHe3XknR8a', password: 'chen-compiler-own-2024', signedIn: true },
  /** An ADMIN given a one-time password and never signed in: the first sign-in's journey. */
  firstSignIn: { username: 'sun.admin', displayName: '孙强', roles: ['ADMIN'], oneTimePassword: 'Sd2kM9vBn6QwpY4e', password: 'sun-admin-own-2024', signedIn: false },
} as const satisfies Record<string, PlannedAccount>;

export type BrowserAccounts = Record<keyof typeof PLANNED_ACCOUNTS, BrowserAccount>;

/** The account the setup made under `key`. */
export function account(key: keyof BrowserAccounts): BrowserAccount {
  const raw = process.env[ACCOUNTS_VARIABLE];
  if (!raw) throw new Error(`${ACCOUNTS_VARIABLE} is not set: run the browser tests with \`npx playwright test\` (its global setup makes the accounts)`);
  return (JSON.parse(raw) as BrowserAccounts)[key];
}
