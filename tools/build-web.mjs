// Builds the web app (apps/web) with Vite when its inputs changed, checks the initial JavaScript
// against its budget, and puts the result in dist/web/, where the api serves it from.
//
// The build is kept in node_modules/.cache/tracker-web/ under the hash of its inputs (the web
// sources and config, the GraphQL schema, the lockfile, this script) and copied into dist/web/
// each time: a copy takes milliseconds where a build takes seconds.
//   node tools/build-web.mjs           build if needed
//   node tools/build-web.mjs --force   build even if nothing changed
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withBuildLock } from './lib/built.mjs';

const root = new URL('..', import.meta.url).pathname;
const webRoot = join(root, 'apps', 'web');
const cache = join(root, 'node_modules', '.cache', 'tracker-web');
const built = join(cache, 'out');
const hashFile = join(cache, 'inputs.sha256');
const target = join(root, 'dist', 'web');

/** Issue 17: the JavaScript a first visit loads (the entry chunk and what it imports statically), gzipped. */
export const INITIAL_JS_BUDGET_BYTES = 400_000;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // Tests do not change what is built.
      if (entry.name !== 'node_modules' && entry.name !== 'browser') yield* files(path);
    } else if (!/\.spec\.tsx?$/.test(entry.name)) yield path;
  }
}

async function inputsHash() {
  const inputs = [];
  for await (const path of files(webRoot)) inputs.push(path);
  inputs.push(join(root, 'apps', 'api', 'schema.graphql'), join(root, 'package-lock.json'), new URL(import.meta.url).pathname);
  const hash = createHash('sha256');
  for (const path of inputs.sort()) hash.update(relative(root, path)).update('\0').update(await readFile(path)).update('\0');
  return hash.digest('hex');
}

/** The entry chunk and every chunk it imports statically: what the browser must load before the first page shows. */
export function initialChunks(manifest) {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('The Vite manifest names no entry chunk');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key].file);
}

/** The initial chunks of a build in `outDir`, each with its gzipped size, largest first, and their total. */
export async function measureInitialJs(outDir) {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const chunks = [];
  for (const file of initialChunks(manifest)) chunks.push({ file, gzipped: gzipSync(await readFile(join(outDir, file)), { level: 9 }).length });
  return { total: chunks.reduce((sum, c) => sum + c.gzipped, 0), chunks: chunks.sort((a, b) => b.gzipped - a.gzipped) };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Throws, naming the size and the largest chunks, when the initial JavaScript is over `budget` bytes. */
export function assertWithinBudget({ total, chunks }, budget = INITIAL_JS_BUDGET_BYTES) {
  if (total <= budget) return;
  const largest = chunks
    .slice(0, 5)
    .map((c) => `  ${c.file}  ${kB(c.gzipped)}`)
    .join('\n');
  throw new Error(
    `web app: the initial JavaScript is ${kB(total)} gzipped, over its budget of ${kB(budget)}.\n` +
      `Load more of it lazily (a route's lazy(), a dynamic import()). Largest initial chunks:\n${largest}`,
  );
}

async function build() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(webRoot, 'vite.config.mts'), logLevel: 'warn', build: { outDir: built } });
}

async function publish() {
  // Under the server build's lock (tools/lib/built.mjs), which swaps dist/ for a new build carrying
  // dist/web along: a server build and this copy never cross. Copy beside the target and swap, so
  // a tracker starting meanwhile never reads half a bundle.
  await withBuildLock(async () => {
    const staging = `${target}.${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(join(root, 'dist'), { recursive: true });
    await cp(built, staging, { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  });
}

async function main() {
  const force = process.argv.includes('--force');
  const started = Date.now();
  const hash = await inputsHash();
  const cachedHash = existsSync(hashFile) ? (await readFile(hashFile, 'utf8')).trim() : '';
  const stale = force || cachedHash !== hash || !existsSync(join(built, 'index.html'));
  if (stale) {
    await rm(hashFile, { force: true });
    await build();
  }
  // Measured on every run, cached or not, so the budget can never be skipped.
  const initial = await measureInitialJs(built);
  assertWithinBudget(initial);
  if (stale) await writeFile(hashFile, `${hash}\n`);
  const figures = `initial JavaScript ${kB(initial.total)} gzipped (budget ${kB(INITIAL_JS_BUDGET_BYTES)})`;
  console.log(stale ? `web app: built in ${((Date.now() - started) / 1000).toFixed(1)} s; ${figures}` : `web app: up to date; ${figures}`);
  await publish();
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
