/**
 * `unit` runs co-located `__tests__` (no Strapi, fast, parallel); `integration` boots a real Strapi
 * from the playground per test file; `reliability` does too, for docs/reliability.md §7's bounded
 * load, crash and duplicate scenarios; `browser` drives the built playground in Debian's Chromium.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: [
        '<rootDir>/{server,simulator,admin}/src/**/__tests__/**/*.test.ts',
        '<rootDir>/shared/**/__tests__/**/*.test.ts',
      ],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
    },
    {
      displayName: 'reliability',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/browser/harness/global-setup.ts',
    },
  ],
  // Booting Strapi on PostgreSQL or MariaDB takes a few seconds per file on a shared machine.
  testTimeout: 120000,
};
