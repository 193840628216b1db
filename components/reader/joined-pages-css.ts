/**
 * Styles of a joined multi-page article's separators and notes, and of the saved page's "photo
 * not saved" placeholder (issue #13); appended to READER_CSS.
 */
export const JOINED_PAGES_CSS = `
.hb-page-sep { display: flex; align-items: center; gap: 0.8em; margin: 2em 0 1.5em; color: var(--muted);
  font-family: system-ui, sans-serif; font-size: 0.75em; letter-spacing: 0.05em; }
.hb-page-sep::before, .hb-page-sep::after { content: ""; flex: 1 1 auto; border-top: 1px solid var(--rule); }
.hb-join-note { color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.8em; margin: -1em 0 1.5em; }
.hb-join-note[data-state="failed"] { color: var(--fg); border-left: 3px solid var(--rule); padding-left: 0.6em; }
.hb-join-note progress { vertical-align: middle; width: 6em; margin-left: 0.5em; }
.hb-photo-missing { display: flex; align-items: center; justify-content: center; min-height: 6em; padding: 1em;
  border: 1px dashed var(--rule); background: var(--panel); color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.85em; text-align: center; }
`;
