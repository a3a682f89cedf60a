// The GraphQL schema is published as SDL in apps/api/schema.graphql, generated from the code-first
// schema. Clients, the web app's generated types and reviewers read it there, so it must never be
// stale: this test prints the running app's schema and compares. `npm run schema` rewrites the file.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiHarness } from '../../test/api-harness';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');
const HEADER = '# Generated from the code-first schema by `npm run schema`; do not edit by hand.\n# A test fails when this file is stale.\n\n';

let api: ApiHarness;

beforeAll(async () => {
  api = await ApiHarness.start();
});

afterAll(() => api.close());

it('apps/api/schema.graphql is the schema the server runs', async () => {
  const { schema } = api.app.get(GraphQLSchemaHost);
  const printed = `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
  if (process.env['UPDATE_SCHEMA'] === '1') await writeFile(SCHEMA_FILE, printed);
  const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  // A plain boolean keeps the failure short; the hint says how to fix it.
  expect({ schemaFileIsCurrent: committed === printed, fix: 'run `npm run schema` and commit apps/api/schema.graphql' }).toEqual({
    schemaFileIsCurrent: true,
    fix: 'run `npm run schema` and commit apps/api/schema.graphql',
  });
});
