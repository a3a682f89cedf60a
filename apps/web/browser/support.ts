// What every browser test shares: the tracker started by tools/browser/global-setup.ts, the
// accounts it made (./accounts.ts: `test.use({ storageState: account('compiler').storageState })`
// opens the app signed in), and a guard that fails a test on any request to another origin, any
// CSP violation and any console error.
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HeadlineCards_SectionFragment } from '../src/gql/graphql';
import { account, type BrowserAccounts, URL_VARIABLE } from './accounts';

export { account, type BrowserAccount } from './accounts';

/**
 * `test.use(signedInAs('recorder'))`: the file's tests open the app in that account's saved
 * session. Read when a test starts (the setup makes the accounts after the files are loaded).
 */
export function signedInAs(key: keyof BrowserAccounts) {
  return { storageState: async ({}, use: (path: string) => Promise<void>) => use(account(key).storageState) };
}

/** No session at all: the app as someone who has not signed in sees it. */
export const SIGNED_OUT = { storageState: { cookies: [], origins: [] } };

export const DESKTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const SCREENSHOTS = join(__dirname, '..', '..', '..', '.tmp', 'screenshots');

function trackerUrl(): string {
  const value = process.env[URL_VARIABLE];
  if (!value) throw new Error(`${URL_VARIABLE} is not set: run the browser tests with \`npx playwright test\` (its global setup starts the tracker)`);
  return value;
}

interface Guard {
  readonly foreignRequests: string[];
  readonly cspViolations: string[];
  readonly consoleErrors: string[];
}

export const test = base.extend<{ guard: Guard }>({
  baseURL: async ({}, use) => use(trackerUrl()),
  // As a person who asked for less motion: the app then runs no animations (app/providers.tsx), so a
  // click never lands on a menu still sliding in.
  reducedMotion: async ({}, use) => use('reduce'),
  guard: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const guard: Guard = { foreignRequests: [], cspViolations: [], consoleErrors: [] };
      // Nothing may leave the server: record and refuse any request to another origin.
      await context.route(
        () => true,
        (route) => {
          const url = route.request().url();
          if (new URL(url).origin === origin) return route.continue();
          guard.foreignRequests.push(url);
          return route.abort('blockedbyclient');
        },
      );
      await page.exposeFunction('reportCspViolation', (violation: string) => guard.cspViolations.push(violation));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
          report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(`uncaught: ${error.message}`));
      await use(guard);
      expect(guard, 'no request to another origin, no CSP violation, no console error').toEqual({ foreignRequests: [], cspViolations: [], consoleErrors: [] });
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Saves `.tmp/screenshots/<name>-<width>x<height>.png`, to be looked at after each run: the whole
 * page, or with `{ fullPage: false }` the window alone (a dialog over a long page).
 */
export async function saveScreenshot(page: Page, name: string, options: { readonly fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  // Animations are run to their end, so a dialog opening or closing is shown as it stands.
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}x${height}.png`), fullPage: options.fullPage ?? true, animations: 'disabled' });
}

/**
 * The page is no wider than the window: nothing to scroll sideways. Asked until it holds (a few
 * seconds at most): right after a resize the layout may not yet have switched to the phone's.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const measure = () =>
    page.evaluate(() => {
      const window = document.documentElement.clientWidth;
      // What sticks out, innermost first, to say where to look.
      const outside = [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > window + 1 && ![...element.children].some((child) => child.getBoundingClientRect().right > window + 1))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
      return { overflow: Math.max(0, document.documentElement.scrollWidth - window), window, outside };
    });
  let last = await measure();
  await expect
    .poll(async () => (last = await measure()).overflow, { message: `no sideways scrolling (sticking out: ${last.outside.join(', ')})`, timeout: 3000 })
    .toBe(0);
}

/** axe-core finds nothing serious or critical. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, where: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  expect(severe).toEqual([]);
  // What a screen reader says is Chinese too: antd's icons name themselves in English ("down", "search").
  const englishNames = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label]')]
      .filter((element) => !element.closest('[aria-hidden="true"]'))
      .filter((element) => /^[A-Za-z][A-Za-z -]*$/.test(element.getAttribute('aria-label') ?? ''))
      .map((element) => `${element.getAttribute('aria-label') ?? ''} (in .${element.parentElement?.classList[0] ?? '?'})`),
  );
  expect([...new Set(englishNames)]).toEqual([]);
}

/** The totals the headline cards show, typed by the app's own generated fragment type. */
export type SectionTotals = Omit<HeadlineCards_SectionFragment, ' $fragmentName'>;

/** What `communityResponsibility` answers the test's person for `year` (pass `page.request`: it carries the page's session): the figures the page must show. */
export async function sectionFromApi(request: APIRequestContext, year: number): Promise<SectionTotals> {
  const response = await request.post('/graphql', {
    data: {
      query: `query ($year: Int!) { communityResponsibility(year: $year) {
        charity { relief { personTimes amount } donatedTotal campaigns { campaignId name amount donorCount unionCount } }
        volunteering {
          activities { count personTimes volunteerHours byProgram { program count personTimes sites } }
          examSentinel { exams sites supports }
          agreements { signed active partners }
          booths { booths sessions peopleServed }
        } } }`,
      variables: { year },
    },
  });
  const body = (await response.json()) as { data?: { communityResponsibility: SectionTotals }; errors?: unknown };
  if (!body.data) throw new Error(`communityResponsibility failed: ${JSON.stringify(body.errors)}`);
  return body.data.communityResponsibility;
}
