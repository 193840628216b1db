/**
 * Readability's `isProbablyReaderable` (Readerable.js, @mozilla/readability 0.6.0), on the
 * candidates the shape walk already met instead of two querySelectorAll runs over the whole page:
 * the same test (visible p outside li, pre, article and div-with-br blocks; no "unlikely" class
 * or id; each block's text past `minContentLength` adds the square root of the excess; readerable
 * once the sum passes `minScore`), bounded by the walk's node cap and the candidate cap, and read
 * through live-dom.ts so no form control can shadow what it reads. Stock Readability runs over
 * every paragraph of the page: 20,000 <p> cost it over a second on every load.
 */
import type { LiveDom } from '../live-dom';

/** Readability 0.6.0's REGEXPS.unlikelyCandidates and okMaybeItsACandidate. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

export interface ReaderableOptions {
  minContentLength: number;
  minScore: number;
}

export function isReaderable(dom: LiveDom, candidates: readonly Element[], opts: ReaderableOptions): boolean {
  let score = 0;
  for (const el of candidates) {
    const match = `${dom.getAttribute(el, 'class') ?? ''} ${dom.getAttribute(el, 'id') ?? ''}`;
    if (UNLIKELY.test(match) && !MAYBE.test(match)) continue;
    const length = dom.textContent(el).trim().length;
    if (length < opts.minContentLength) continue;
    score += Math.sqrt(length - opts.minContentLength);
    if (score > opts.minScore) return true;
  }
  return false;
}
