// Starts one tracker for the browser suite: the built api serving the built web app, on its own
// embedded PostgreSQL in a fresh DATA_DIR. It loads the 2023 demo through the GraphQL API (the
// CLI's `demo`, as a person would) plus one 2024 record, so the year picker has two years to show.
// The tests reach it through TRACKER_WEB_URL and authenticate with TRACKER_WEB_TOKEN, a COMPILER
// bearer token: the accounts work will replace it with a real sign-in.
import { JwtService } from '@nestjs/jwt';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, freePort, killProcessesMentioning, ROOT, TrackerProcess } from '../../apps/api/test/tracker-process';

const JWT_SECRET = 'browser-test-secret-that-is-long-enough-for-hs256';

function run(args: readonly string[], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function graphql<T>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
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
    run(['-r', './dist/register-paths.js', 'dist/apps/api/src/cli.js', 'demo', '--url', `${url}/graphql`], { JWT_SECRET, DATA_DIR: dataDir });

    const signer = new JwtService({ secret: JWT_SECRET });
    const admin = signer.sign({ sub: 'browser-tests', name: '浏览器测试', roles: ['ADMIN'], orgUnitIds: [] }, { expiresIn: 3600 });
    const { orgUnits } = await graphql<{ orgUnits: { id: string; kind: string; parentId: string | null }[] }>(url, admin, '{ orgUnits { id kind parentId } }');
    const bureau = orgUnits.find((unit) => unit.kind === 'BUREAU' && unit.parentId === null);
    const union = orgUnits.find((unit) => unit.kind === 'UNION');
    if (!bureau || !union) throw new Error('The demo registered no bureau or no union');
    await graphql(url, admin, 'mutation ($input: GrantReliefInput!) { grantRelief(input: $input) { position } }', {
      input: { unionId: union.id, grantedOn: '2024-01-20', amount: '1200.00', personTimes: 3, category: 'LIVING_HARDSHIP', idempotencyKey: 'browser-2024-relief' },
    });

    process.env['TRACKER_WEB_URL'] = url;
    process.env['TRACKER_WEB_TOKEN'] = signer.sign({ sub: 'li.hua', name: '李华', roles: ['COMPILER'], orgUnitIds: [bureau.id] }, { expiresIn: 3600 });
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
