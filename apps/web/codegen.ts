// GraphQL Code Generator's client preset: typed documents from the committed schema
// (apps/api/schema.graphql). `npm run codegen` rewrites src/gql/; a unit test fails when the
// committed output is stale, so a schema change breaks the web build and tests, never a user.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**', '!apps/web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      // No index.ts: it would hold only re-exports under an eslint-disable that lint reports as unused.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' }, skipIndexFile: true },
      config: {
        // Documents as plain strings: the fetcher posts them as they are, no GraphQL runtime in the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
