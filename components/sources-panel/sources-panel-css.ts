/**
 * The panel's CSS as a string, for the reader to put in its shadow root. Colours come only
 * from the reader's theme variables (light/sepia/dark); logical properties keep it readable
 * in vertical writing mode.
 */
export const SOURCES_PANEL_CSS = `
.hb-sp { color: var(--hb-fg); background: var(--hb-bg); border-block-start: 1px solid var(--hb-border); padding-block: 1em; font-size: 0.9em; line-height: 1.6; }
.hb-sp h2 { font-size: 1.1em; margin-block: 0 0.5em; }
.hb-sp h3 { font-size: 1em; margin-block: 1em 0.4em; color: var(--hb-muted); }
.hb-sp ul { list-style: none; margin: 0; padding: 0; }
.hb-sp li { margin-block: 0.25em; }
/* a row is the same box whether it is a jump button or a caption-only (static) source, so names line up */
.hb-sp button, .hb-sp .hb-sp-static { display: block; box-sizing: border-box; font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px; margin: 0; padding-block: 0.2em; padding-inline: 0.4em; min-block-size: 2em; text-align: start; inline-size: 100%; }
.hb-sp button { cursor: pointer; }
.hb-sp button:hover { border-color: var(--hb-border); }
.hb-sp button:focus-visible { outline: 2px solid var(--hb-accent); outline-offset: 2px; }
.hb-sp button:disabled { cursor: default; }
.hb-sp .hb-sp-name { font-weight: 600; }
.hb-sp .hb-sp-meta, .hb-sp .hb-sp-via, .hb-sp .hb-sp-empty, .hb-sp .hb-sp-anon { color: var(--hb-muted); font-size: 0.9em; }
.hb-sp .hb-sp-meta, .hb-sp .hb-sp-via { margin-inline-start: 0.5em; }
.hb-sp .hb-sp-speaker { font-weight: 600; margin-block: 0.6em 0.2em; }
.hb-sp q { quotes: "“" "”" "‘" "’"; }
.hb-sp q:lang(ja) { quotes: "「" "」" "『" "』"; }
.hb-sp .hb-sp-quote { display: block; margin: 0; padding-inline-start: 0.6em; border-inline-start: 3px solid var(--hb-accent); }
`;
