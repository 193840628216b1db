import { defineConfig } from 'vitest/config';

// Firefox smoke test in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi,
// with the built add-on (.output/firefox-mv2) installed as a temporary add-on.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
