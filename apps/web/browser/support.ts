// What every browser test shares: the tracker started by tools/browser/global-setup.ts, its
// bearer token on every request, and a guard that fails a test on any request to another origin,
// any CSP violation and any console error.
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HeadlineCards_SectionFragment } from '../src/gql/graphql';

export const DESKTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const SCREENSHOTS = join(__dirname, '..', '..', '..', '.tmp', 'screenshots');

function fromSetup(name: 'TRACKER_WEB_URL' | 'TRACKER_WEB_TOKEN'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npx playwright test\` (its global setup starts the tracker)`);
  return value;
}

interface Guard {
  readonly foreignRequests: string[];
  readonly cspViolations: string[];
  readonly consoleErrors: string[];
}

export const test = base.extend<{ guard: Guard }>({
  baseURL: async ({}, use) => use(fromSetup('TRACKER_WEB_URL')),
  extraHTTPHeaders: async ({}, use) => use({ authorization: `Bearer ${fromSetup('TRACKER_WEB_TOKEN')}` }),
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

/** Saves `.tmp/screenshots/<name>-<width>x<height>.png` (the whole page), to be looked at after each run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}x${height}.png`), fullPage: true });
}

/** The page is no wider than the window: nothing to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
  expect(widths.content, `page is ${widths.content}px wide in a ${widths.window}px window`).toBeLessThanOrEqual(widths.window);
}

/** axe-core finds nothing serious or critical. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, where: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  expect(severe).toEqual([]);
}

/** The totals the headline cards show, typed by the app's own generated fragment type. */
export type SectionTotals = Omit<HeadlineCards_SectionFragment, ' $fragmentName'>;

/** What `communityResponsibility` answers the test's person for `year`: the figures the page must show. */
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
