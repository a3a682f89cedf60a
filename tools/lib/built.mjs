// "Build if needed", the one helper behind `npm start`, the CLI (both through tools/build.mjs),
// the e2e tests, the jest global setup and the bench. dist/ is rebuilt when a source or the
// build's own configuration is newer than the last build, or a source was added or removed.
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, serverSources } from './compile.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-inputs.json');
/** Besides the sources, what decides the build's output. */
const BUILD_CONFIG = ['.swcrc', 'tsconfig.base.json', 'tools/build.mjs', 'tools/lib/compile.mjs', 'tools/lib/built.mjs'];
const LOCK = join(ROOT, '.tmp', 'build.lock');
/** A lock older than this is left over from a killed build. */
const STALE_LOCK_MS = 120_000;

const require = createRequire(import.meta.url);

function isCurrent(inputs) {
  if (!existsSync(STAMP)) return false;
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  if (JSON.stringify(stamp.inputs) !== JSON.stringify(inputs)) return false;
  // Against the build's start, so that a file saved while the build ran counts as newer.
  return inputs.every((input) => statSync(join(ROOT, input)).mtimeMs <= stamp.startedAt);
}

/** The build deletes dist/ first, so one build at a time, and none under a process starting from dist/. */
async function withBuildLock(work) {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  for (const deadline = Date.now() + STALE_LOCK_MS; ; ) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmdirSync(LOCK);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${LOCK}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(LOCK);
  }
}

/** Builds dist/ unless it is current; `compiled` is how many files were compiled (0: it was current). */
export function ensureBuilt() {
  return withBuildLock(async () => {
    const sources = await serverSources(ROOT);
    const inputs = [...sources.map((file) => relative(ROOT, file)), ...BUILD_CONFIG].sort();
    if (isCurrent(inputs)) return { compiled: 0 };
    const startedAt = Date.now();
    const compiled = await compile(ROOT, sources);
    writeFileSync(STAMP, `${JSON.stringify({ startedAt, inputs })}\n`);
    return { compiled };
  });
}

/** A built module, by its source path (`apps/api/src/….ts`), with the workspace's @tracker/* imports resolved. */
export function requireBuilt(sourcePath) {
  const register = join(ROOT, 'dist', 'register-paths.js');
  if (!existsSync(register)) throw new Error('dist/ is missing: run `npm run build` first.');
  require(register);
  return require(join(ROOT, 'dist', sourcePath.replace(/\.ts$/, '.js')));
}
