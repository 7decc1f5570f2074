import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run against workspace packages' sources, so no build is needed between an edit and a test run.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: [
      '{apps,packages,fixtures,bench}/*/src/**/*.{spec,test}.ts',
      'fixtures/src/**/*.{spec,test}.ts',
      'apps/dashboard/build/**/*.spec.ts',
      // Browser tests: the built dashboard in Chromium against the built service.
      'apps/dashboard/e2e/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    server: { deps: { inline: [/@tandem\//] } },
  },
});
