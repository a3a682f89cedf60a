/**
 * @jest-environment node
 */
// The typed documents under src/gql/ must be what `npm run codegen` makes of today's schema and
// documents: a schema change that breaks a page fails here, not in a person's browser. The CLI's
// own --check mode decides (it runs in a child process: its command-line parser is ESM-only).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'node_modules', '.bin', 'graphql-codegen');

function check(cwd: string) {
  const run = spawnSync(CLI, ['--config', 'apps/web/codegen.ts', '--check'], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

it('src/gql/ is up to date with apps/api/schema.graphql and the documents (if not: npm run codegen)', () => {
  const { status, output } = check(ROOT);
  expect({ status, stale: output.match(/stale files were detected[\s\S]*/)?.[0] ?? null }).toEqual({ status: 0, stale: null });
}, 60_000);

it('fails once the schema changes a field the app reads', () => {
  const copy = mkdtempSync(join(tmpdir(), 'web-codegen-'));
  try {
    cpSync(join(ROOT, 'apps', 'web', 'src'), join(copy, 'apps', 'web', 'src'), { recursive: true });
    cpSync(join(ROOT, 'apps', 'web', 'codegen.ts'), join(copy, 'apps', 'web', 'codegen.ts'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const schema = readFileSync(join(ROOT, 'apps', 'api', 'schema.graphql'), 'utf8');
    const changed = schema.replace(/(type ReliefTotals \{\s*amount: )Decimal!/, '$1Int!');
    expect(changed).not.toBe(schema);
    cpSync(join(ROOT, 'apps', 'api', 'schema.graphql'), join(copy, 'apps', 'api', 'schema.graphql'));
    writeFileSync(join(copy, 'apps', 'api', 'schema.graphql'), changed);
    const { status, output } = check(copy);
    expect(status).toBe(1);
    expect(output).toContain('apps/web/src/gql/graphql.ts');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}, 60_000);
