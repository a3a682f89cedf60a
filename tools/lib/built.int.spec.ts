// Two builds and many starts from one checkout at once (issue 12: `npm start` and `npm run cli`
// both rebuilt dist/ and could crash each other). On a small workspace of its own, laid out like
// ours and built by copies of our build scripts: while two builders race over and over, programs
// keep starting from dist/, and every one of them runs a whole build, old or new.
import { spawn } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MODULES = 300;
const ROUNDS = 6;
let work: string;

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const build = () => run(['tools/build.mjs']);
const start = () => run(['-r', './dist/register-paths.js', 'dist/apps/api/src/main.js']);
const write = (path: string, text: string) => {
  mkdirSync(join(work, path, '..'), { recursive: true });
  writeFileSync(join(work, path), text);
};

beforeAll(() => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  // Inside the repository, so that the copied scripts find its node_modules (@swc/core).
  work = mkdtempSync(join(ROOT, '.tmp', 'build-race-'));
  for (const file of ['.swcrc', 'tools/build.mjs', 'tools/lib/built.mjs', 'tools/lib/compile.mjs']) {
    mkdirSync(join(work, file, '..'), { recursive: true });
    copyFileSync(join(ROOT, file), join(work, file));
  }
  write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: { '@race/lib': ['libs/lib/src/index.ts'] } } }));
  for (let i = 0; i < MODULES; i += 1) write(`libs/lib/src/m${i}.ts`, `export const m${i}: number = ${i};\n`);
  write(
    'libs/lib/src/index.ts',
    `${Array.from({ length: MODULES }, (_, i) => `import { m${i} } from './m${i}';`).join('\n')}\nexport { version } from './version';\nexport const total = ${Array.from({ length: MODULES }, (_, i) => `m${i}`).join(' + ')};\n`,
  );
  write('libs/lib/src/version.ts', 'export const version = 0;\n');
  write('apps/api/src/main.ts', `import { total, version } from '@race/lib';\nconsole.log(\`ok \${version} \${total}\`);\n`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('racing builds never break a program starting from dist/, and the last build wins', async () => {
  expect((await build()).code).toBe(0);
  const total = (MODULES * (MODULES - 1)) / 2;
  const starts: Run[] = [];
  const builds: Run[] = [];
  let building = true;
  const keepStarting = async () => {
    while (building) starts.push(await start());
  };
  const starters = [keepStarting(), keepStarting()];
  for (let round = 1; round <= ROUNDS; round += 1) {
    write('libs/lib/src/version.ts', `export const version = ${round};\n`);
    builds.push(...(await Promise.all([build(), build()])));
  }
  building = false;
  await Promise.all(starters);

  expect(builds.map((b) => b.code)).toEqual(Array.from({ length: 2 * ROUNDS }, () => 0));
  // Each round one builder builds; the other finds the build current (or, within a millisecond of the save, builds again).
  expect(builds.filter((b) => /^built \d+ files/.test(b.err)).length).toBeGreaterThanOrEqual(ROUNDS);
  expect(starts.length).toBeGreaterThan(ROUNDS);
  const broken = starts.filter((s) => s.code !== 0 || !new RegExp(`^ok \\d+ ${total}\\n$`).test(s.out));
  expect(broken.map((s) => s.err.split('\n').slice(0, 3).join(' '))).toEqual([]);
  expect((await start()).out).toBe(`ok ${ROUNDS} ${total}\n`);
  expect(lstatSync(join(work, 'dist')).isSymbolicLink()).toBe(true);
}, 120_000);
