/**
 * The clean view's stylesheet, as a string: the content script adopts it into its closed shadow
 * root, the saved-article page into its document. Colours are custom properties per theme;
 * forced-colors mode maps them to system colours.
 *
 * Typography (issue #14): body text breaks at any character with kinsoku (line-break: strict),
 * punctuation hangs where the engine can (Safari), Japanese and Chinese are justified; phrase
 * breaking (word-break: auto-phrase, Chromium) and balanced lines only for headings and
 * captions, whose short lines read badly when a word is split. The measure and leading come
 * per script from utils/reader/settings.ts (--hb-measure, --hb-leading).
 */
import { SOURCES_PANEL_CSS } from '../sources-panel';
import { JOINED_PAGES_CSS } from './joined-pages-css';

const UI_FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif';

export const READER_CSS = `
.hb-root {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5d5d63; --link: #0b57d0; --rule: #e2e2e4; --panel: #f3f3f4; --focus: #0b57d0; --shadow: rgba(0,0,0,0.16);
  color-scheme: light;
  /* the sources panel's names for the same theme colours */
  --hb-fg: var(--fg); --hb-bg: var(--bg); --hb-border: var(--rule); --hb-muted: var(--muted); --hb-accent: var(--focus);
  --bar: 48px;
  position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  font: 15px/1.5 ${UI_FONT};
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
.hb-root[data-theme="sepia"] { --bg: #f6efe1; --fg: #3b2f22; --muted: #6a583f; --link: #7a3a00; --rule: #e0d3b8; --panel: #ece2cc; --focus: #7a3a00; --shadow: rgba(60,40,10,0.2); }
.hb-root[data-theme="dark"] { --bg: #18181a; --fg: #e6e6e8; --muted: #a9a9b0; --link: #8ab4f8; --rule: #38383c; --panel: #26262a; --focus: #8ab4f8; --shadow: rgba(0,0,0,0.5); color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  .hb-root[data-theme="auto"] { --bg: #18181a; --fg: #e6e6e8; --muted: #a9a9b0; --link: #8ab4f8; --rule: #38383c; --panel: #26262a; --focus: #8ab4f8; --shadow: rgba(0,0,0,0.5); color-scheme: dark; }
}
@media (forced-colors: active) {
  .hb-root { --bg: Canvas; --fg: CanvasText; --muted: CanvasText; --link: LinkText; --rule: CanvasText; --panel: Canvas; --focus: Highlight; }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.hb-root:focus, h1:focus, [tabindex="-1"]:focus:not(:focus-visible), .hb-article:focus:not(:focus-visible) { outline: none; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.18em; }
button, input { font: inherit; color: inherit; }
.hb-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

/* The bar: one row of icon buttons, at every width. */
.hb-bar {
  position: sticky; top: 0; z-index: 2; display: flex; align-items: center; justify-content: space-between; gap: 8px;
  block-size: var(--bar); padding: 0 8px; background: var(--bg); border-bottom: 1px solid var(--rule); writing-mode: horizontal-tb;
}
.hb-bar-start, .hb-bar-end { display: flex; align-items: center; gap: 2px; flex-wrap: nowrap; }
.hb-btn {
  display: inline-grid; place-items: center; inline-size: 40px; block-size: 40px; padding: 0; margin: 0;
  border: 0; border-radius: 8px; background: transparent; color: var(--fg); cursor: pointer; font: 600 15px/1 ${UI_FONT};
}
.hb-btn:hover { background: var(--panel); }
.hb-btn[aria-pressed="true"], .hb-btn[aria-expanded="true"] { background: var(--panel); color: var(--focus); }
.hb-btn[aria-disabled="true"] { opacity: 0.4; cursor: default; }
.hb-btn[aria-disabled="true"]:hover { background: transparent; }
.hb-icon { fill: none; stroke: currentColor; stroke-width: 1.7; stroke-linecap: round; stroke-linejoin: round; }
.hb-icon .hb-fill { fill: currentColor; }
.hb-aa-glyph { font: 500 17px/1 Charter, "Noto Serif", Georgia, serif; letter-spacing: -0.02em; }

/* Popovers: "Aa" and "?", under the bar on the right (a side sheet's width at 400 px). */
.hb-pop {
  position: fixed; top: calc(var(--bar) + 6px); right: 8px; z-index: 5; inline-size: min(340px, calc(100% - 16px)); max-block-size: calc(100% - var(--bar) - 16px); overflow: auto;
  padding: 16px; background: var(--bg); color: var(--fg); border: 1px solid var(--rule); border-radius: 12px; box-shadow: 0 10px 32px var(--shadow);
  font: 14px/1.4 ${UI_FONT}; writing-mode: horizontal-tb;
}
.hb-pop fieldset { border: 0; margin: 0 0 14px; padding: 0; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.hb-pop legend { float: left; inline-size: 100%; margin: 0 0 6px; padding: 0; font-size: 12px; color: var(--muted); }
.hb-swatch { position: relative; display: inline-grid; }
.hb-swatch input, .hb-font-choice input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.hb-swatch-dot { inline-size: 36px; block-size: 36px; border-radius: 50%; border: 1px solid #9a9aa0; }
[data-theme-swatch="auto"] .hb-swatch-dot { background: linear-gradient(135deg, #ffffff 50%, #18181a 50%); }
[data-theme-swatch="light"] .hb-swatch-dot { background: #ffffff; }
[data-theme-swatch="sepia"] .hb-swatch-dot { background: #f6efe1; }
[data-theme-swatch="dark"] .hb-swatch-dot { background: #18181a; }
.hb-swatch input:checked + .hb-swatch-dot { box-shadow: 0 0 0 2px var(--bg), 0 0 0 4px var(--focus); }
.hb-swatch input:focus-visible + .hb-swatch-dot, .hb-font-choice input:focus-visible + span { outline: 2px solid var(--focus); outline-offset: 3px; }
.hb-font-choice { position: relative; flex: 1 1 0; }
.hb-font-choice span { display: block; padding: 8px 10px; text-align: center; font-size: 17px; border: 1px solid var(--rule); border-radius: 8px; cursor: pointer; }
.hb-font-choice input:checked + span { border-color: var(--focus); box-shadow: inset 0 0 0 1px var(--focus); }
.hb-stepper { display: grid; grid-template-columns: 1fr 36px 6.5em 36px; align-items: center; gap: 4px; margin: 0 0 8px; }
.hb-step { inline-size: 36px; block-size: 32px; border: 1px solid var(--rule); border-radius: 8px; background: var(--panel); cursor: pointer; font-size: 18px; line-height: 1; padding: 0; }
.hb-step:disabled { opacity: 0.4; cursor: default; }
.hb-step-value { text-align: center; font-variant-numeric: tabular-nums; }
.hb-switches { border-top: 1px solid var(--rule); margin-top: 12px; padding-top: 10px; display: grid; gap: 8px; }
.hb-switch { display: flex; gap: 10px; align-items: center; cursor: pointer; }
.hb-switch input { inline-size: 18px; block-size: 18px; margin: 0; accent-color: var(--focus); }
.hb-switch input:disabled + span { color: var(--muted); }
.hb-help table { border-collapse: collapse; inline-size: 100%; }
.hb-help caption { text-align: start; font-weight: 600; margin-bottom: 8px; }
.hb-help th { text-align: start; font-weight: normal; white-space: nowrap; padding: 4px 12px 4px 0; vertical-align: top; }
.hb-help td { padding: 4px 0; color: var(--muted); }
kbd { font: 12px/1 ui-monospace, "Noto Sans Mono", monospace; padding: 2px 6px; border: 1px solid var(--rule); border-bottom-width: 2px; border-radius: 4px; background: var(--panel); }

/* The page: the article column centred, the panel beside it when there is room. */
.hb-page {
  display: grid; grid-template-columns: minmax(0, var(--hb-measure, 36em)); justify-content: center; column-gap: 56px; align-items: start;
  padding: 40px 24px 80px; font-size: var(--hb-size, 19px);
}
.hb-root[data-panel="column"][data-panel-open] .hb-page { grid-template-columns: minmax(0, var(--hb-measure, 36em)) 300px; }
.hb-main { grid-column: 1; grid-row: 1; min-inline-size: 0; }
.hb-removed { grid-column: 1; grid-row: 2; }
.hb-root[data-panel="column"] .hb-panel {
  grid-column: 2; grid-row: 1 / span 2; position: sticky; top: calc(var(--bar) + 24px); max-block-size: calc(100vh - var(--bar) - 48px); overflow: auto;
  font-size: 14px; padding-inline: 4px;
}
.hb-root[data-panel="sheet"] .hb-panel {
  position: fixed; top: var(--bar); right: 0; bottom: 0; z-index: 4; inline-size: min(360px, 92%); overflow: auto;
  padding: 12px 20px 24px; background: var(--bg); border-inline-start: 1px solid var(--rule); box-shadow: -10px 0 32px var(--shadow);
  font-size: 14px; writing-mode: horizontal-tb;
}
.hb-sheet-close { float: right; margin: -4px -8px 0 8px; font-size: 22px; font-weight: 400; }
.hb-panel .hb-sp { border-block-start: 0; padding-block-start: 0; }

/* The article. */
.hb-article {
  font-family: var(--hb-font); font-size: var(--hb-size, 19px); line-height: var(--hb-leading, 1.8);
  font-kerning: normal; overflow-wrap: break-word; font-synthesis-weight: none;
}
.hb-article h1, .hb-article h2, .hb-article h3, .hb-article h4, .hb-article h5, .hb-article h6, .hb-body figcaption { text-wrap: balance; }
@supports (word-break: auto-phrase) {
  .hb-article:lang(ja) :is(h1, h2, h3, h4, h5, h6, figcaption) { word-break: auto-phrase; }
}
.hb-article h1 { font-size: 1.7em; line-height: 1.28; margin: 0 0 0.5em; font-weight: 700; letter-spacing: -0.005em; }
.hb-article:lang(ja) h1, .hb-article:lang(zh) h1, .hb-article:lang(ko) h1 { font-size: 1.5em; line-height: 1.45; letter-spacing: 0; }
.hb-article h2 { font-size: 1.3em; line-height: 1.35; margin: 1.6em 0 0.5em; }
.hb-article h3 { font-size: 1.12em; line-height: 1.4; margin: 1.4em 0 0.4em; }
.hb-article h4, .hb-article h5, .hb-article h6 { font-size: 1em; margin: 1.2em 0 0.3em; }
.hb-meta { color: var(--muted); font: 14px/1.6 ${UI_FONT}; margin: 0 0 2em; display: flex; flex-wrap: wrap; gap: 0 1em; }
.hb-byline { color: var(--fg); font-weight: 600; }
.hb-notice { border: 1px solid var(--rule); background: var(--panel); padding: 0.6em 0.9em; border-radius: 8px; font: 14px/1.5 ${UI_FONT}; margin: 0 0 1.4em; }
.hb-body { line-break: strict; hanging-punctuation: allow-end last; }
.hb-body p, .hb-body ul, .hb-body ol, .hb-body dl, .hb-body blockquote, .hb-body pre, .hb-body table { margin: 0 0 1em; }
.hb-body li { margin: 0.25em 0; }
.hb-article:lang(en) .hb-body, .hb-article:lang(de) .hb-body, .hb-article:lang(fr) .hb-body { hyphens: auto; }
/* Japanese and Chinese: full lines, even edges (the last line of a paragraph stays short). */
.hb-article:lang(ja) .hb-body, .hb-article:lang(zh) .hb-body { text-align: justify; text-justify: inter-character; }
.hb-article:lang(ko) .hb-body { word-break: keep-all; }
.hb-body img, .hb-body picture, .hb-body video { display: block; max-inline-size: 100%; block-size: auto; margin-inline: auto; }
.hb-body figure { margin: 1.8em 0; }
.hb-body figcaption { color: var(--muted); font: 13.5px/1.55 ${UI_FONT}; margin-top: 0.6em; text-align: start; }
/* an image that could not load, shown as its alt text (utils/reader/broken-images.ts) */
.hb-body .img-offline { display: block; padding: 0.4em 0.7em; border: 1px dashed var(--rule); border-radius: 4px; color: var(--muted); font: 13.5px/1.5 ${UI_FONT}; }
.hb-body blockquote { padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); margin-inline: 0; }
.hb-body pre { overflow: auto; white-space: pre-wrap; font-size: 0.85em; }
.hb-body table { border-collapse: collapse; display: block; overflow: auto; font-size: 0.9em; }
.hb-body td, .hb-body th { border: 1px solid var(--rule); padding: 0.2em 0.5em; }
.hb-body hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.hb-body a.embed { display: block; padding: 0.8em; border: 1px dashed var(--rule); border-radius: 8px; font: 14px/1.5 ${UI_FONT}; }
.hb-body [data-p].hb-flash { background: var(--panel); }
.tcy { text-combine-upright: all; -webkit-text-combine: horizontal; }
.hb-root[data-furigana="off"] rt, .hb-root[data-furigana="off"] rp { display: none; }

/* Blocks put back where they stood, marked as such. */
.hb-putback { margin: 1.4em 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); }
.hb-putback-mark { font: 13px/1.5 ${UI_FONT}; color: var(--muted); margin: 0 0 0.5em !important; }
.hb-restored { margin-top: 2em; }

/* What was hidden: one quiet line, a list on demand. */
.hb-removed { margin-top: 40px; padding-top: 14px; border-top: 1px solid var(--rule); color: var(--muted); font: 14px/1.6 ${UI_FONT}; writing-mode: horizontal-tb; }
.hb-removed-line { margin: 0; }
.hb-link { background: none; border: 0; padding: 0; margin: 0; color: var(--link); text-decoration: underline; text-underline-offset: 0.2em; text-decoration-thickness: 1px; cursor: pointer; font: inherit; }
.hb-removed-list { list-style: none; margin: 12px 0 0; padding: 0; }
.hb-removed-list > li { margin: 0 0 14px; }
.hb-cat { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; color: var(--fg); }
.hb-count { color: var(--muted); margin-inline-start: 0.4em; }
.hb-items { margin: 4px 0 0; padding-inline-start: 1.2em; }
.hb-items li { margin: 2px 0; }

/* 縦書き: the page scrolls sideways, lines run top to bottom and right to left, and fill the
   window's height; the panel waits behind its button (a side sheet). */
.hb-root[data-vertical] { display: flex; flex-direction: column; overflow: hidden; }
.hb-root[data-vertical] .hb-bar { flex: none; }
.hb-root[data-vertical] .hb-page {
  display: block; flex: 1 1 auto; min-block-size: 0; writing-mode: vertical-rl; overflow-x: auto; overflow-y: hidden; overscroll-behavior: contain;
  padding: 36px 56px;
}
.hb-root[data-vertical] .hb-article { inline-size: auto; block-size: auto; }
.hb-root[data-vertical] .hb-article h1 { margin: 0 0 0 1em; }
.hb-root[data-vertical] .hb-meta { font-family: var(--hb-font); margin: 0 0 0 2em; gap: 0 0.3em; }
.hb-root[data-vertical] .hb-meta time { text-orientation: upright; }
.hb-root[data-vertical] .hb-body p, .hb-root[data-vertical] .hb-body blockquote, .hb-root[data-vertical] .hb-body ul, .hb-root[data-vertical] .hb-body ol { margin: 0 0 0 1em; }
.hb-root[data-vertical] .hb-body figure { margin: 0 1.5em; }
.hb-root[data-vertical] .hb-body img, .hb-root[data-vertical] .hb-body picture, .hb-root[data-vertical] .hb-body video { max-inline-size: 100%; max-block-size: 70vw; block-size: auto; inline-size: auto; }
.hb-root[data-vertical] .hb-body figcaption { writing-mode: vertical-rl; margin: 0 0.6em 0 0; }
.hb-root[data-vertical] .hb-removed { inline-size: auto; block-size: 20em; margin: 0 3em 0 0; padding: 0 1em 0 0; border-top: 0; border-right: 1px solid var(--rule); writing-mode: horizontal-tb; width: 20em; max-height: 100%; overflow: auto; }

@media (max-width: 600px) {
  .hb-page { padding: 24px 18px 64px; }
  .hb-article h1 { font-size: 1.45em; }
  .hb-root[data-vertical] .hb-page { padding: 24px 24px; }
}
@media (prefers-reduced-motion: no-preference) { .hb-root { scroll-behavior: smooth; } }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }

/* Print the article alone: no bar, popovers or summary; the panel as endnotes; URLs after links. */
@media print {
  :host { position: static !important; inset: auto !important; width: auto !important; height: auto !important; overflow: visible !important; contain: none !important; }
  .hb-root { position: static; overflow: visible; display: block; background: #fff; color: #000; --bg: #fff; --fg: #000; --muted: #444; --link: #000; --rule: #999; }
  .hb-bar, .hb-pop, .hb-removed, .hb-sheet-close, .hb-putback-mark, .hb-notice[data-notice="not-article"] { display: none !important; }
  .hb-page, .hb-root[data-vertical] .hb-page { display: block !important; writing-mode: horizontal-tb !important; overflow: visible !important; padding: 0 !important; max-inline-size: 40em; margin: 0 auto; }
  .hb-panel, .hb-panel[hidden], .hb-root[data-panel] .hb-panel { display: block !important; position: static !important; inline-size: auto !important; max-block-size: none !important; overflow: visible !important; box-shadow: none !important; border: 0; border-top: 1px solid #999; margin-top: 2em; padding: 1em 0 0 !important; }
  .hb-article a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; word-break: break-all; }
  .hb-body img { break-inside: avoid; }
}
${SOURCES_PANEL_CSS}
${JOINED_PAGES_CSS}`;
