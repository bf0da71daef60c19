// Browser tests: the built app on a plain static server, driven in Debian's Chromium (playwright-core).
// `npm run test:e2e`. The global setup builds the sites once; the test files then share them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two cores: one Chromium per test file, two files at a time.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
