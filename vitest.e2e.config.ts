import { defineConfig } from 'vitest/config';

// End-to-end tests in real Debian Chromium with the built extension loaded (.output/chrome-mv3).
// One file at a time: each launches its own browser and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
