// Browser tests of the web app (apps/web/browser/*.browser.ts): Debian's Chromium against a real
// tracker on an embedded PostgreSQL, started once for the run by tools/browser/global-setup.ts.
// One browser, one worker: the suite is a handful of journeys, kept lean for the CI budget.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'apps/web/browser',
  testMatch: '**/*.browser.ts',
  globalSetup: './tools/browser/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  // A bound for a journey that hangs, generous for a busy machine: speed is the bench's business.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: '.tmp/playwright/output',
  // tools/test.mjs reads the JSON report to print the run's one summary line.
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright/results.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // --no-sandbox: CI runs as root. The rest stop Chromium from calling Google's services,
      // which this closed network refuses (and which would count as requests leaving the server).
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    },
  },
});
