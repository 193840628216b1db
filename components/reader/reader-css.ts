/**
 * The clean view's stylesheet, as a string: the content script adopts it into its closed shadow
 * root, the saved-article page into its document. Colours are custom properties per theme;
 * forced-colors mode maps them to system colours.
 */
import { SOURCES_PANEL_CSS } from '../sources-panel';
import { JOINED_PAGES_CSS } from './joined-pages-css';

export const READER_CSS = `

.hb-root {
  --bg: #ffffff; --fg: #1b1b1b; --muted: #555555; --link: #0b57d0; --rule: #d6d6d6; --panel: #f3f3f3; --focus: #0b57d0;
  color-scheme: light;
  /* the sources panel's names for the same theme colours */
  --hb-fg: var(--fg); --hb-bg: var(--bg); --hb-border: var(--rule); --hb-muted: var(--muted); --hb-accent: var(--focus);
  position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif;
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
.hb-root[data-theme="sepia"] { --bg: #f5ecd9; --fg: #3a2e1f; --muted: #5f4d36; --link: #7a3a00; --rule: #d8c8a8; --panel: #ece0c6; --focus: #7a3a00; }
.hb-root[data-theme="dark"] { --bg: #141414; --fg: #e8e8e8; --muted: #b0b0b0; --link: #8ab4f8; --rule: #3a3a3a; --panel: #222222; --focus: #8ab4f8; color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  .hb-root[data-theme="auto"] { --bg: #141414; --fg: #e8e8e8; --muted: #b0b0b0; --link: #8ab4f8; --rule: #3a3a3a; --panel: #222222; --focus: #8ab4f8; color-scheme: dark; }
}
@media (forced-colors: active) {
  .hb-root { --bg: Canvas; --fg: CanvasText; --muted: CanvasText; --link: LinkText; --rule: CanvasText; --panel: Canvas; --focus: Highlight; }
}
*, *::before, *::after { box-sizing: border-box; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.hb-root:focus, h1:focus, [tabindex="-1"]:focus:not(:focus-visible) { outline: none; }
a { color: var(--link); }
button, select, input { font: inherit; color: inherit; }
button, select { background: var(--panel); border: 1px solid var(--rule); border-radius: 4px; padding: 0.2em 0.6em; min-height: 2em; cursor: pointer; }
.hb-bar {
  position: sticky; top: 0; left: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center;
  padding: 0.5em 1em; background: var(--bg); border-bottom: 1px solid var(--rule); font-size: 14px;
}
.hb-bar .hb-spacer { flex: 1 1 auto; }
.hb-settings { display: flex; flex-wrap: wrap; gap: 0.4em 1em; align-items: center; }
.hb-size { display: inline-flex; gap: 0.3em; align-items: center; }
.hb-size output { min-width: 2ch; text-align: center; }
.hb-main { padding: 1.5em 1em 4em; }
.hb-layout { display: flex; flex-wrap: wrap; gap: 2em; justify-content: center; align-items: flex-start; }
.hb-article {
  flex: 0 1 auto; inline-size: 100%; max-inline-size: var(--hb-measure, 36em);
  font-family: var(--hb-font); font-size: var(--hb-size, 19px); line-height: var(--hb-leading, 1.8);
  line-break: strict; overflow-wrap: break-word; hanging-punctuation: allow-end;
}
@supports (word-break: auto-phrase) { .hb-article:lang(ja) { word-break: auto-phrase; } }
.hb-article h1 { font-size: 1.6em; line-height: 1.35; margin: 0 0 0.5em; }
.hb-article h2 { font-size: 1.3em; line-height: 1.4; }
.hb-article h3, .hb-article h4, .hb-article h5, .hb-article h6 { font-size: 1.1em; }
.hb-meta { color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.8em; margin: 0 0 1.5em; display: flex; flex-wrap: wrap; gap: 0.2em 1em; }
.hb-notice { border: 1px solid var(--rule); background: var(--panel); padding: 0.6em 0.9em; border-radius: 6px; font-family: system-ui, sans-serif; font-size: 0.85em; margin: 0 0 1.2em; }
.hb-body img, .hb-body picture, .hb-body video { max-inline-size: 100%; block-size: auto; }
.hb-body figure { margin: 1.5em 0; }
/* an image that could not load, shown as its alt text (utils/reader/broken-images.ts) */
.hb-body .img-offline { display: block; padding: 0.4em 0.7em; border: 1px dashed var(--rule); border-radius: 4px; color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.8em; }
.hb-body figcaption { color: var(--muted); font-size: 0.8em; margin-top: 0.4em; }
.hb-body blockquote { margin: 1em 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); }
.hb-body pre { overflow: auto; white-space: pre-wrap; }
.hb-body table { border-collapse: collapse; display: block; overflow: auto; }
.hb-body td, .hb-body th { border: 1px solid var(--rule); padding: 0.2em 0.4em; }
.hb-body a.embed { display: block; padding: 0.8em; border: 1px dashed var(--rule); border-radius: 6px; font-family: system-ui, sans-serif; font-size: 0.85em; }
.hb-body [data-p].hb-flash { background: var(--panel); }
.tcy { text-combine-upright: all; -webkit-text-combine: horizontal; }
.hb-root[data-furigana="off"] rt, .hb-root[data-furigana="off"] rp { display: none; }
.hb-restored { border-top: 1px solid var(--rule); margin-top: 2em; padding-top: 1em; }
.hb-restored h2 { font-family: system-ui, sans-serif; font-size: 0.9em; color: var(--muted); }
.hb-removed { margin-top: 3em; border-top: 1px solid var(--rule); padding-top: 1em; font-family: system-ui, sans-serif; font-size: 0.85em; writing-mode: horizontal-tb; }
.hb-removed h2 { font-size: 1em; margin: 0 0 0.5em; }
.hb-removed ul { padding-inline-start: 1.2em; }
.hb-removed li { margin: 0.3em 0; }
.hb-removed-items ul { color: var(--muted); }
.hb-disclosure { background: none; border: none; padding: 0; color: var(--link); text-decoration: underline; }
.hb-disclosure[aria-expanded="true"]::before { content: "▾ "; }
.hb-disclosure[aria-expanded="false"]::before { content: "▸ "; }
.hb-panel { flex: 0 1 22em; min-inline-size: 16em; font-size: 14px; }
/* 縦書き: the main area scrolls sideways; lines run top to bottom, right to left. */
.hb-root[data-vertical] { display: flex; flex-direction: column; overflow: hidden; }
.hb-root[data-vertical] .hb-bar { flex: 0 0 auto; }
.hb-root[data-vertical] .hb-main { flex: 1 1 auto; min-block-size: 0; writing-mode: vertical-rl; overflow-x: auto; overflow-y: hidden; padding: 1.5em 2em; }
.hb-root[data-vertical] .hb-layout { display: block; }
.hb-root[data-vertical] .hb-article { inline-size: auto; block-size: auto; }
.hb-root[data-vertical] .hb-body img { max-block-size: 60vw; }
.hb-root[data-vertical] .hb-panel, .hb-root[data-vertical] .hb-removed { writing-mode: horizontal-tb; }
/* the horizontal panel in the vertical flow: a column of its own width that scrolls itself,
   instead of one line per quote as wide as the window (and clipped at the bottom) */
.hb-root[data-vertical] .hb-panel { width: min(22em, 80vw); max-height: 100%; overflow-y: auto; padding: 0 1em; }
@media (prefers-reduced-motion: no-preference) { .hb-root { scroll-behavior: smooth; } }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }
@media (max-width: 40em) { .hb-main { padding: 1em 0.75em 3em; } }
${SOURCES_PANEL_CSS}
${JOINED_PAGES_CSS}`;
