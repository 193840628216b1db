/**
 * The saved-article page's bar and "not found" page are drawn in the clean view's palettes
 * (issue #14, dark mode): the copies in entrypoints/article/page-css.ts must stay equal to the
 * reader's own (components/reader/reader-css.ts).
 */
import { expect, test } from 'vitest';
import { READER_CSS } from '../../../components/reader/reader-css';
import { CHROME_PALETTES, PAGE_CSS } from '../../../entrypoints/article/page-css';

const props = (css: string) => Object.fromEntries([...css.matchAll(/(--(?:bg|fg|muted|link|rule|panel|focus)):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));

test.each([
  ['light', /\.hb-root \{([^}]*)\}/],
  ['sepia', /\.hb-root\[data-theme="sepia"\] \{([^}]*)\}/],
  ['dark', /\.hb-root\[data-theme="dark"\] \{([^}]*)\}/],
] as const)('%s: the same colours as the reader', (theme, rule) => {
  const reader = props(READER_CSS.match(rule)![1]);
  expect(Object.keys(reader)).toHaveLength(7);
  expect(props(CHROME_PALETTES[theme])).toEqual(reader);
});

test('"auto" follows the browser: the dark palette under prefers-color-scheme: dark', () => {
  expect(PAGE_CSS).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*\.article-chrome\[data-theme="auto"\] \{[^}]*--bg: #18181a/);
  expect(PAGE_CSS).toContain('color-scheme: light dark');
});
