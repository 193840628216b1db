import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // The per-page script runs on every page load (size budget in scripts/size.mjs): of the
    // extraction code it may import the detector only; the reader is injected when asked for.
    files: ['entrypoints/content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/utils/extract/*', '!**/utils/extract/detect', '!**/utils/extract/types'],
              message: 'content.ts may import only utils/extract/detect/ (and types) of the extraction code.',
            },
            {
              group: ['**/utils/article/**', '**/utils/sanitize/**', '**/utils/analysis/**', '**/utils/library/**', '**/components/**'],
              message: 'Heavy modules belong in the reader bundle, injected on demand.',
            },
            { group: ['preact', 'preact/*', 'dompurify', '@mozilla/readability'], message: 'Not in the per-page script.' },
          ],
        },
      ],
    },
  },
);
