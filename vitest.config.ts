import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs no browser. The model is played by a local HTTP server.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
