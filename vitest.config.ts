import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests. Default environment is node; files that need a DOM declare
// `// @vitest-environment jsdom` (never happy-dom/linkedom: DOMPurify is unsafe there).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // the clean view's stylesheet is imported with ?inline: process it, or tests see an empty string
    css: { include: [/\.css(?:\?|$)/] },
    // preact's after-paint effects settle before a jsdom file's DOM goes away
    setupFiles: ['tests/helpers/settle-preact.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
