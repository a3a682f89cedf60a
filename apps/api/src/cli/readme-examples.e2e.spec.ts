// The README's commands, run as a reader would paste them (issue 12): `npm run cli` first says
// whether it built dist/, so a command substitution must keep the token alone.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../../test/tracker-process';

const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

it("a compiler's session: TOKEN=$(npm run cli … issue-token …) holds the token and nothing else", async () => {
  await ensureBuilt();
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const line = /^TOKEN=\$\(npm run cli .*\)$/m.exec(readme)?.[0];
  if (line === undefined) throw new Error('the README has no TOKEN=$(npm run cli …) line');
  const bureauId = '6a1f5c0e-0000-4000-8000-00000000b001';
  const script = `${line.replace('<南区局 id>', bureauId)}\nprintf '%s' "$TOKEN"`;
  const env = { ...process.env, JWT_SECRET: 'readme-example-secret-long-enough-for-hs256', DATA_DIR: await mkdtemp(join(tmpdir(), 'tracker-readme-')) };
  const token = execFileSync('bash', ['-c', script], { cwd: ROOT, env, encoding: 'utf8' });
  expect(token).toMatch(JWT);
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  expect(claims).toMatchObject({ sub: 'li.hua', name: '李华', roles: ['COMPILER'], orgUnitIds: [bureauId] });
});
