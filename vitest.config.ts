import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Suites that analyse every real document in a beforeAll take ~5 s alone, more on a busy 2-core machine.
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/setup/build.ts'],
    // Nothing leaves the machine under test: the network guard in every worker and every process a test starts.
    setupFiles: ['test/setup/netGuard.ts'],
  },
});
