// End-to-end tests in real browsers: run by `node test/e2e/run.mjs` (npm run test:e2e), which finds the browsers and builds.
// Files run one after another: each launches its own browsers, and two cores can't run more at once without flakiness.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
