/**
 * The saved-article page's own chrome (the bar above the clean view, the "not found" page),
 * drawn in the clean view's theme (issue #14): the reader's palettes, copied from
 * components/reader/reader-css.ts for elements outside its root (a unit test keeps the two
 * equal), so the bar is dark when the article is, and "auto" follows the browser.
 */
const UI_FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif';

/** Each theme's colours as in the reader (the custom properties its rules use). */
export const CHROME_PALETTES = {
  light: '--bg: #ffffff; --fg: #1d1d1f; --muted: #5d5d63; --link: #0b57d0; --rule: #e2e2e4; --panel: #f3f3f4; --focus: #0b57d0; color-scheme: light;',
  sepia: '--bg: #f6efe1; --fg: #3b2f22; --muted: #6a583f; --link: #7a3a00; --rule: #e0d3b8; --panel: #ece2cc; --focus: #7a3a00; color-scheme: light;',
  dark: '--bg: #18181a; --fg: #e6e6e8; --muted: #a9a9b0; --link: #8ab4f8; --rule: #38383c; --panel: #26262a; --focus: #8ab4f8; color-scheme: dark;',
} as const;

export const PAGE_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; background: Canvas; }
.article-chrome { ${CHROME_PALETTES.light} background: var(--bg); color: var(--fg); }
.article-chrome[data-theme="sepia"] { ${CHROME_PALETTES.sepia} }
.article-chrome[data-theme="dark"] { ${CHROME_PALETTES.dark} }
@media (prefers-color-scheme: dark) {
  .article-chrome[data-theme="auto"] { ${CHROME_PALETTES.dark} }
}
@media (forced-colors: active) {
  .article-chrome { --bg: Canvas; --fg: CanvasText; --muted: CanvasText; --link: LinkText; --rule: CanvasText; --panel: Canvas; --focus: Highlight; }
}
.article-chrome :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.article-chrome a { color: var(--link); text-underline-offset: 0.18em; }
.article-chrome button {
  font: inherit; display: inline-flex; align-items: center; min-height: 32px; padding: 0 12px; border: 1px solid var(--rule); border-radius: 8px;
  background: transparent; color: var(--fg); cursor: pointer; white-space: nowrap;
}
.article-chrome button:hover { background: var(--panel); }
.article-bar {
  position: fixed; top: 0; left: 0; right: 0; height: 2.75rem; z-index: 2; display: flex; gap: 8px; align-items: center; overflow-x: auto; white-space: nowrap;
  padding: 0 12px; font: 14px/1.4 ${UI_FONT}; border-bottom: 1px solid var(--rule);
}
.article-bar > a { display: inline-flex; align-items: center; min-height: 32px; padding: 0 6px; text-decoration: none; font-weight: 600; border-radius: 8px; }
.article-bar > a:hover { background: var(--panel); }
.article-bar .spacer { flex: 1 1 auto; }
.article-error { color: inherit; font-weight: 600; }
.article-host { position: fixed; top: 2.75rem; left: 0; right: 0; bottom: 0; contain: layout paint; }
.article-gone { min-height: 100vh; box-sizing: border-box; margin: 0; padding: 4em max(1em, calc(50% - 20em)); font: 16px/1.6 ${UI_FONT}; }
.article-gone h1 { margin-top: 0; }
`;
