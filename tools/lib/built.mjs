// "Build if needed", the one helper behind `npm start`, the CLI (both through tools/build.mjs),
// the e2e tests, the jest global setup and the bench. The server is rebuilt when a source or the
// build's own configuration is newer than the last build, or a source was added or removed.
//
// Two of them may run at once from one checkout (a tracker starting while `npm run cli` runs), and
// a process may be starting from dist/ while another builds (issue 12). So a build never touches
// the files anyone reads: it compiles into a fresh directory under .tmp/builds/ and then swaps the
// symbolic link dist/ over to it in one rename. Node resolves the link when a process starts, so
// that process goes on reading its own build; a build that was replaced is removed only once it
// has not been current for a while (REPLACED_BUILD_KEPT_MS), long after anyone started from it.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, serverSources } from './compile.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Besides the sources, what decides the build's output. */
const BUILD_CONFIG = ['.swcrc', 'tsconfig.base.json', 'tools/build.mjs', 'tools/lib/compile.mjs', 'tools/lib/built.mjs'];
/** Where each build is compiled, in a directory named `<start time in ms>-<pid>`. */
const BUILDS = join('.tmp', 'builds');
/** A lock older than this is left over from a killed build. */
const STALE_LOCK_MS = 120_000;
/** How long a replaced build stays: a process that resolved dist/ just before the swap loads its modules in seconds. */
const REPLACED_BUILD_KEPT_MS = 10 * 60_000;

const require = createRequire(import.meta.url);

const stampOf = (root) => join(root, 'dist', '.build-inputs.json');

function isCurrent(root, inputs) {
  const stamp = stampOf(root);
  if (!existsSync(stamp)) return false;
  const { inputs: built, startedAt } = JSON.parse(readFileSync(stamp, 'utf8'));
  if (JSON.stringify(built) !== JSON.stringify(inputs)) return false;
  // Against the build's start, so that a file saved while the build ran counts as newer.
  return inputs.every((input) => statSync(join(root, input)).mtimeMs <= startedAt);
}

/** One build at a time per checkout: the second one waits, then finds the build current. */
export async function withBuildLock(work, root = ROOT) {
  const lock = join(root, '.tmp', 'build.lock');
  mkdirSync(join(root, '.tmp'), { recursive: true });
  for (const deadline = Date.now() + STALE_LOCK_MS; ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmdirSync(lock);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(lock);
  }
}

/** Points dist/ at `build` in one rename: a process starting from dist/ sees the old build or the new one, whole. */
function swapIn(root, build) {
  const dist = join(root, 'dist');
  const link = join(root, `.dist-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(root, build), link);
  const current = lstatSync(dist, { throwIfNoEntry: false });
  // A dist/ directory from before builds were swapped in is moved aside, once, as the oldest build.
  if (current && !current.isSymbolicLink()) renameSync(dist, join(root, BUILDS, `0-${process.pid}-${Date.now()}-before`));
  renameSync(link, dist);
}

/** Removes the builds replaced more than REPLACED_BUILD_KEPT_MS ago (a build is replaced when the next one starts being current). */
function removeReplacedBuilds(root, now = Date.now()) {
  const current = basename(readlinkSync(join(root, 'dist')));
  const startedAt = (name) => Number(name.split('-')[0]);
  const builds = readdirSync(join(root, BUILDS)).sort((a, b) => startedAt(a) - startedAt(b));
  builds.forEach((name, i) => {
    const successor = builds[i + 1];
    if (name === current || successor === undefined) return;
    if (now - startedAt(successor) > REPLACED_BUILD_KEPT_MS) rmSync(join(root, BUILDS, name), { recursive: true, force: true });
  });
}

/** Builds the server unless dist/ is current; `compiled` is how many files were compiled (0: it was current). */
export function ensureBuilt(root = ROOT) {
  return withBuildLock(async () => {
    const sources = await serverSources(root);
    const inputs = [...sources.map((file) => relative(root, file)), ...BUILD_CONFIG].sort();
    if (isCurrent(root, inputs)) return { compiled: 0 };
    const startedAt = Date.now();
    const build = join(root, BUILDS, `${startedAt}-${process.pid}`);
    const compiled = await compile(root, sources, build);
    writeFileSync(join(build, '.build-inputs.json'), `${JSON.stringify({ startedAt, inputs })}\n`);
    // The web app is built on its own (tools/build-web.mjs): the new server build serves the same one.
    const web = join(root, 'dist', 'web');
    if (existsSync(web)) cpSync(web, join(build, 'web'), { recursive: true });
    swapIn(root, build);
    removeReplacedBuilds(root);
    return { compiled };
  }, root);
}

/** A built module, by its source path (`apps/api/src/….ts`), with the workspace's @tracker/* imports resolved. */
export function requireBuilt(sourcePath, root = ROOT) {
  const register = join(root, 'dist', 'register-paths.js');
  if (!existsSync(register)) throw new Error('dist/ is missing: run `npm run build` first.');
  require(register);
  return require(join(root, 'dist', sourcePath.replace(/\.ts$/, '.js')));
}
