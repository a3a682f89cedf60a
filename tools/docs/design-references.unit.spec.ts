// Code comments cite the design as `docs/design.md §N`. A reference to a section that does not
// exist sends the next engineer nowhere, so every one must name a heading of docs/design.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

it('every docs/design.md §N reference in the tree names a section of docs/design.md', () => {
  const sections = new Set([...readFileSync(join(root, 'docs', 'design.md'), 'utf8').matchAll(/^## (\d+)\. /gm)].map((m) => m[1]));
  // git grep reads what is tracked (and what is staged), so build output and dependencies stay out.
  const hits = execFileSync('git', ['grep', '-ohE', 'docs/design\\.md §[0-9]+', '--', ':!docs/design.md'], { cwd: root, encoding: 'utf8' });
  const cited = new Set([...hits.matchAll(/§(\d+)/g)].map((m) => m[1]));
  expect(cited.size).toBeGreaterThan(5);
  expect([...cited].filter((n) => !sections.has(n))).toEqual([]);
  // The old name pointed at a document outside the repository.
  // (git grep exits 1 when nothing matches.)
  const old = spawnSync('git', ['grep', '-l', 'DESIGN §', '--', ':!tools/docs'], { cwd: root, encoding: 'utf8' });
  expect(old.stdout.trim()).toBe('');
});
