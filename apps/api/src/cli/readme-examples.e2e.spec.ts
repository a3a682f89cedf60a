// The README's commands, run as a reader would paste them (issue 12): `npm run cli` first says
// whether it built dist/, so a command substitution must keep the token alone. issue-token signs
// only for org units the tracker knows, so a tracker runs, with the 南区局 the example names.
import { createTestDatabase, type TestDatabase } from '@tracker/testing';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, freePort, ROOT, TrackerProcess } from '../../test/tracker-process';

const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const JWT_SECRET = 'readme-example-secret-long-enough-for-hs256';

let database: TestDatabase;
let tracker: TrackerProcess | undefined;

beforeAll(async () => {
  await ensureBuilt();
  database = await createTestDatabase('readme_examples');
}, 90_000);

afterAll(async () => {
  if (tracker?.running) await tracker.stop('SIGKILL').catch(() => undefined);
  await database.drop();
});

it("a compiler's session: TOKEN=$(npm run cli … issue-token …) holds the token and nothing else", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tracker-readme-'));
  tracker = TrackerProcess.start({ DATABASE_URL: database.url, JWT_SECRET, DATA_DIR: dataDir }, await freePort());
  await tracker.waitForHealthy(30_000);
  const registered = await tracker.graphql<{ registerOrgUnit: { orgUnit: { id: string } } }>('mutation { registerOrgUnit(input: { name: "南区局", kind: BUREAU }) { orgUnit { id } } }');
  const bureauId = registered.data?.registerOrgUnit.orgUnit.id ?? '';

  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const line = /^TOKEN=\$\(npm run cli .*\)$/m.exec(readme)?.[0];
  if (line === undefined) throw new Error('the README has no TOKEN=$(npm run cli …) line');
  const script = `${line.replace('<南区局 id>', bureauId)}\nprintf '%s' "$TOKEN"`;
  const env = { ...process.env, JWT_SECRET, DATA_DIR: dataDir, DATABASE_URL: database.url, PORT: String(tracker.port) };
  const token = execFileSync('bash', ['-c', script], { cwd: ROOT, env, encoding: 'utf8' });
  expect(token).toMatch(JWT);
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  expect(claims).toMatchObject({ sub: 'li.hua', name: '李华', roles: ['COMPILER'], orgUnitIds: [bureauId] });
});
