// The initial-JavaScript budget of tools/build-web.mjs, on a build laid out as Vite lays it out:
// only the entry and what it imports statically count, and past the budget the build fails naming
// the size. The script is an ES module, so it runs in a child process.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT = join(__dirname, 'build-web.mjs');
let out: string;

function chunk(name: string, bytes: number): number {
  // Random-looking text, so gzip cannot shrink it to nothing.
  const text = Array.from({ length: bytes }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('');
  writeFileSync(join(out, 'assets', name), text);
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

function inNode(code: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', `import * as build from ${JSON.stringify(SCRIPT)};\n${code}`], { encoding: 'utf8' });
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'build-web-'));
  mkdirSync(join(out, 'assets'));
  mkdirSync(join(out, '.vite'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('counts the entry and its static imports, not the chunks loaded lazily, and fails past the budget naming the size', () => {
  const sizes = { entry: chunk('index-a1.js', 3000), vendor: chunk('vendor-b2.js', 5000), shared: chunk('shared-c3.js', 1000), lazy: chunk('home-d4.js', 20000) };
  const manifest = {
    'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_vendor.js', '_shared.js'], dynamicImports: ['src/home.tsx'] },
    '_vendor.js': { file: 'assets/vendor-b2.js', imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared-c3.js' },
    'src/home.tsx': { file: 'assets/home-d4.js', isDynamicEntry: true, imports: ['_shared.js'] },
  };
  writeFileSync(join(out, '.vite', 'manifest.json'), JSON.stringify(manifest));
  const initial = sizes.entry + sizes.vendor + sizes.shared;

  const measured = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `import { measureInitialJs } from ${JSON.stringify(SCRIPT)}; console.log(JSON.stringify(await measureInitialJs(${JSON.stringify(out)})));`], { encoding: 'utf8' })) as {
    total: number;
    chunks: { file: string }[];
  };
  expect(measured.total).toBe(initial);
  expect(measured.chunks.map((c) => c.file)).toEqual(['assets/vendor-b2.js', 'assets/index-a1.js', 'assets/shared-c3.js']);

  const within = inNode(`build.assertWithinBudget(await build.measureInitialJs(${JSON.stringify(out)}), ${initial});`);
  expect(within.status).toBe(0);
  const over = inNode(`build.assertWithinBudget(await build.measureInitialJs(${JSON.stringify(out)}), ${initial - 1});`);
  expect(over.status).not.toBe(0);
  expect(over.stderr).toContain(`the initial JavaScript is ${(initial / 1000).toFixed(1)} kB gzipped, over its budget of ${((initial - 1) / 1000).toFixed(1)} kB`);
  expect(over.stderr).toContain('assets/vendor-b2.js');
});

it('holds the app to 400 kB', () => {
  expect(inNode('console.log(build.INITIAL_JS_BUDGET_BYTES);').stdout.trim()).toBe('400000');
});
