// Runs the repo's build (tools/build.mjs, what `npm run build` runs) unless dist/ is newer than
// every source. It holds the same mkdir lock as the e2e tests (apps/api/test/tracker-process.ts):
// the build starts by deleting dist/, which must not happen under a test that is starting the app.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist.mjs';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') newest = Math.max(newest, newestSource(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.includes('.spec.')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isBuilt() {
  const built = statSync(join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built >= newestSource(join(ROOT, 'apps')) && built >= newestSource(join(ROOT, 'libs'));
}

export async function ensureBuilt() {
  const lock = join(ROOT, '.tmp', 'e2e-build.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  for (const deadline = Date.now() + 120_000; ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmdirSync(lock);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!isBuilt()) {
      const build = spawnSync(process.execPath, [join(ROOT, 'tools', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}
