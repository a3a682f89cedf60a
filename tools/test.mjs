// The README's test command (`npm test`): lint (with the module boundaries), the type checks of
// the server and of the web app, jest (unit, int and e2e tiers, and the web app's component
// tests), then the browser tests (Playwright). It closes with ONE line summing both runners,
// "Tests: N passed, N failed, N skipped", which .ci/run reads; a failure anywhere fails the command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, '.tmp');
const jestResults = join(results, 'jest-results.json');
const browserResults = join(results, 'playwright', 'results.json'); // playwright.config.ts writes it there

function run(title, command, args) {
  process.stdout.write(`\n> ${title}\n`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/** A runner that crashed before it could report counts as one failure, so the line never says 0 failed. */
function jestCounts(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: 'jest wrote no results' };
  return {
    passed: report.numPassedTests,
    // A test file that failed to load runs no test but fails the run.
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function browserCounts(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: 'playwright wrote no results' };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // Errors outside any test (the global setup failing) fail the run too.
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped };
}

const describe = (name, c) => `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${c.note ? ` (${c.note})` : ''}`;

if (run('lint', 'npm', ['run', '--silent', 'lint']) !== 0) process.exit(1);
if (run('typecheck', 'npm', ['run', '--silent', 'typecheck']) !== 0) process.exit(1);

mkdirSync(results, { recursive: true });
rmSync(jestResults, { force: true });
rmSync(browserResults, { force: true });
const jestStatus = run('jest (unit, int, e2e, web)', join(root, 'node_modules', '.bin', 'jest'), ['--json', `--outputFile=${jestResults}`]);
const browserStatus = run('browser tests (playwright)', join(root, 'node_modules', '.bin', 'playwright'), ['test']);

const jest = jestCounts(readJson(jestResults));
const browser = browserCounts(readJson(browserResults));
process.stdout.write(`\n${describe('jest', jest)}\n${describe('browser', browser)}\n`);
process.stdout.write(`Tests: ${jest.passed + browser.passed} passed, ${jest.failed + browser.failed} failed, ${jest.skipped + browser.skipped} skipped\n`);
process.exit(jestStatus === 0 && browserStatus === 0 ? 0 : 1);
