// Three test tiers (docs/design.md §10), told apart by file suffix, and the web app's component tests
// (apps/web, jsdom). One embedded PostgreSQL serves the whole run (tools/jest/global-setup.mjs);
// each int/e2e file creates its own fresh database.
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
swcrc.module = { type: 'commonjs' };

const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([name, [target]]) => [`^${name}$`, `<rootDir>/${target}`]),
);

const tier = (name, suffix, timeout) => ({
  displayName: name,
  rootDir: __dirname,
  testMatch: [`<rootDir>/{apps,libs,tools}/**/*.${suffix}.spec.ts`],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleNameMapper,
  // Jest reads `testTimeout` only at the top level, so each tier sets its own in a setup file.
  globals: { TRACKER_TIER_TIMEOUT_MS: timeout },
  setupFilesAfterEnv: ['<rootDir>/tools/jest/tier-timeout.js'],
});

// The web app compiles as the browser build does: TSX with React's automatic runtime, no decorators.
const webSwc = {
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
};

const web = {
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/apps/web/**/*.unit.spec.{ts,tsx}'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { ...webSwc, swcrc: false }],
    // Some of antd's own packages reach into each other's ES-module builds.
    '^.+/node_modules/@ant-design/.+\\.js$': ['@swc/jest', { ...webSwc, swcrc: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@ant-design/)'],
  moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/test/style-stub.js' },
  // jsdom renders of antd take seconds when the machine is busy: a generous bound, not a speed check.
  globals: { TRACKER_TIER_TIMEOUT_MS: 30_000 },
  setupFilesAfterEnv: ['<rootDir>/tools/jest/tier-timeout.js', '<rootDir>/apps/web/test/setup.ts'],
};

module.exports = {
  globalSetup: '<rootDir>/tools/jest/global-setup.mjs',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.mjs',
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
  projects: [tier('unit', 'unit', 10_000), tier('int', 'int', 60_000), tier('e2e', 'e2e', 120_000), web],
};
