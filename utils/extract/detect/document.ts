/**
 * Detect, part 1: is this an HTML document at all? Chrome and Firefox show plain text, JSON,
 * images and PDFs in viewer documents that content scripts can still see; none is an article.
 */

import { liveDom } from '../live-dom';

/** The content types a reader view can handle (what `document.contentType` reports). */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Sole-child tags of the browsers' viewer bodies (Chrome: text/JSON in `<pre>`, images in `<img>`,
 * PDFs in `<embed type="application/pdf">`; Firefox: text in `<pre>`, images in `<img>`). */
const VIEWER_TAGS: Record<string, string> = {
  PRE: 'text',
  IMG: 'image',
  EMBED: 'embed',
  OBJECT: 'embed',
  VIDEO: 'media',
  AUDIO: 'media',
};

/** Elements that can sit next to the viewer element without making it a page (Chrome's JSON
 * viewer adds a `<div class="json-formatter-container">`; scripts and styles are injected). */
const VIEWER_COMPANIONS = new Set(['DIV', 'SCRIPT', 'STYLE', 'LINK']);

/** Returns a reason ("not-html:text/plain", "viewer:pdf") when `doc` is no HTML page, else null.
 * Reads the page through live-dom.ts (a body child may be a form with shadowing controls). */
export function nonHtmlReason(doc: Document): string | null {
  const dom = liveDom(doc);
  const type = (dom.contentType(doc) || 'text/html').toLowerCase();
  if (!HTML_TYPES.has(type)) return `not-html:${type}`;
  const body = dom.body(doc);
  if (!body) return 'no-body';
  const kids: Element[] = [];
  const w = dom.walker(body, 0x1 /* SHOW_ELEMENT */);
  for (let c = w.firstChild() as Element | null; c; c = w.nextSibling() as Element | null) {
    if (kids.push(c) > 3) return null;
  }
  if (kids.length === 0) return null;
  let viewer: string | null = null;
  for (let i = 0; i < kids.length && !viewer; i++) {
    const el = kids[i];
    const kind = VIEWER_TAGS[dom.tagName(el)];
    if (kind) viewer = kind === 'embed' && /pdf/i.test(dom.getAttribute(el, 'type') || '') ? 'pdf' : kind;
  }
  if (!viewer) return null;
  for (const el of kids) {
    const tag = dom.tagName(el);
    if (VIEWER_TAGS[tag]) continue;
    if (!VIEWER_COMPANIONS.has(tag) || (tag === 'DIV' && dom.query(el, 'p, article, h1, h2'))) return null;
  }
  return viewer ? `viewer:${viewer}` : null;
}
