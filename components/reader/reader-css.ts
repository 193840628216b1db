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
// A real stylesheet, minified by the build (Vite's ?inline gives its text).
import VIEW_CSS from './reader.css?inline';

export const READER_CSS = `${VIEW_CSS}\n${SOURCES_PANEL_CSS}\n${JOINED_PAGES_CSS}`;
