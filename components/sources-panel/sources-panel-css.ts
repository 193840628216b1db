/**
 * The panel's CSS as a string, for the reader to put in its shadow root. Colours come only
 * from the reader's theme variables (light/sepia/dark); logical properties keep it readable
 * in vertical writing mode.
 */
export const SOURCES_PANEL_CSS = `
.hb-sp { color: var(--hb-fg); background: var(--hb-bg); border-block-start: 1px solid var(--hb-border); padding-block: 1em; font-size: 0.9em; line-height: 1.6; overflow-wrap: anywhere; }
.hb-sp h2 { font-size: 1.1em; margin-block: 0 0.5em; }
.hb-sp h3 { font-size: 1em; margin-block: 1em 0.4em; color: var(--hb-muted); }
.hb-sp ul { list-style: none; margin: 0; padding: 0; }
.hb-sp li { margin-block: 0.25em; }
/* a row is the same box whether it is a jump button or a caption-only (static) item, so names line up */
.hb-sp button, .hb-sp .hb-sp-static { display: block; box-sizing: border-box; font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px; margin: 0; padding-block: 0.2em; padding-inline: 0.4em; min-block-size: 2em; text-align: start; inline-size: 100%; }
.hb-sp button { cursor: pointer; }
.hb-sp button:hover { border-color: var(--hb-border); }
.hb-sp button:focus-visible { outline: 2px solid var(--hb-accent); outline-offset: 2px; }
.hb-sp .hb-sp-name { font-weight: 600; }
.hb-sp .hb-sp-meta, .hb-sp .hb-sp-via, .hb-sp .hb-sp-empty, .hb-sp .hb-sp-label, .hb-sp .hb-sp-role { color: var(--hb-muted); font-size: 0.9em; }
.hb-sp .hb-sp-meta, .hb-sp .hb-sp-via, .hb-sp .hb-sp-role { margin-inline-start: 0.5em; }
.hb-sp .hb-sp-role { font-weight: normal; }
.hb-sp .hb-sp-sentence { color: var(--hb-muted); font-size: 0.9em; margin-block-start: 0.15em; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.hb-sp .hb-sp-publisher { margin-block: 0 0.5em; padding-block-end: 0.5em; border-block-end: 1px dashed var(--hb-border); }
.hb-sp .hb-sp-anon, .hb-sp .hb-sp-credits { margin-block: 0.6em 0; }
/* credits and unnamed sources are short words on one line: chips instead of full-width rows */
.hb-sp .hb-sp-inline { display: inline-block; margin-inline-end: 0.3em; }
.hb-sp .hb-sp-inline > button, .hb-sp .hb-sp-inline > .hb-sp-static { display: inline-block; inline-size: auto; min-block-size: 0; padding-block: 0.05em; border-color: var(--hb-border); }
.hb-sp .hb-sp-speaker { font-weight: 600; margin-block: 0.6em 0.2em; }
.hb-sp q { quotes: "“" "”" "‘" "’"; }
.hb-sp q:lang(ja) { quotes: "「" "」" "『" "』"; }
.hb-sp q:lang(zh) { quotes: "“" "”" "‘" "’"; }
.hb-sp .hb-sp-quote { display: block; margin: 0; padding-inline-start: 0.6em; border-inline-start: 3px solid var(--hb-accent); }
.hb-sp .hb-sp-terms { margin-block-start: 1em; color: var(--hb-muted); font-size: 0.9em; }
.hb-sp .hb-sp-terms summary { cursor: pointer; }
.hb-sp .hb-sp-terms summary:focus-visible { outline: 2px solid var(--hb-accent); outline-offset: 2px; }
.hb-sp .hb-sp-terms dl { margin-block: 0.4em 0; }
.hb-sp .hb-sp-terms dt { font-weight: 600; color: var(--hb-fg); }
.hb-sp .hb-sp-terms dd { margin-inline-start: 1em; margin-block-end: 0.3em; }
`;
