import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs no browser. The model is played by a local HTTP server.
export default defineConfig({
  test: {
    // tests/real: the "real input" category — public documents nobody here wrote (tests/fixtures/real/SOURCES.md).
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/real/**/*.test.{ts,tsx}'],
    // Tests that spawn `dsplus` run the built CLI: build it from the current sources first.
    globalSetup: ['./tests/support/build-cli.ts'],
    // Tests that need LibreOffice or poppler skip visibly without them (tests/support/requires-program.ts):
    // the last line of the run names what was skipped and the apt-get line that enables it.
    reporters: ['default', './tests/support/skipped-programs-reporter.ts'],
    environment: 'node',
    // Vitest's default on a 2-core machine (CI's size) is one worker, yet most of a file's time is spent
    // waiting for a spawned `dsplus`, LibreOffice or the mock model server: two files at a time keep both
    // cores busy. Larger machines keep Vitest's default (cores − 1).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
