/**
 * @jest-environment node
 */
// The roles' Chinese names have one home, the server's ROLE_NAMES, which the schema publishes as
// the Role values' descriptions. The web app may not import a server library, so it keeps a copy:
// this test holds the copy to the schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import type { Role } from '../gql/graphql';
import { ROLES, roleLabel } from './labels';

const SCHEMA = join(__dirname, '..', '..', '..', 'api', 'schema.graphql');

function roleNamesInSchema(): Record<string, string | undefined> {
  const role = buildSchema(readFileSync(SCHEMA, 'utf8')).getType('Role');
  if (!isEnumType(role)) throw new Error('the schema has no enum Role');
  return Object.fromEntries(role.getValues().map((value) => [value.name, value.description ?? undefined]));
}

it('names every role as the schema does (the server’s ROLE_NAMES)', () => {
  const names = roleNamesInSchema();
  expect(Object.keys(names).sort()).toEqual([...ROLES].sort());
  expect(Object.fromEntries(ROLES.map((role: Role) => [role, roleLabel(role)]))).toEqual(names);
});
