import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the built pane (dist/) driven by playwright-core in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Without Chromium the suites skip visibly (tests/support/requires-program.ts); under CI they fail.
    reporters: ['default', './tests/support/skipped-programs-reporter.ts'],
  },
});
