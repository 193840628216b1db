/**
 * Paywall: whether the page says the article is cut for non-subscribers. Read on the clone
 * before declutter removes the paywall box (the reader then says "truncated").
 */
import { RE_PAYWALL_TEXT } from '../constants';
import type { PageScan } from './scan';

/**
 * True when the page says the article is cut for non-subscribers: JSON-LD isAccessibleForFree
 * false, a paywall box, or a paywall phrase in visible text. `pageText` is the body's
 * textContent (computed once by the pipeline); it gates the slower per-node check.
 */
export function detectPaywall(doc: Document, scan: PageScan, ld: Record<string, unknown> | null, pageText: string): boolean {
  const free = ld?.isAccessibleForFree;
  if (free === false || (typeof free === 'string' && /^false$/i.test(free))) return true;
  if (scan.paywallBox) return true;
  if (!RE_PAYWALL_TEXT.test(pageText)) return false;
  // The phrase may sit in a script: confirm it in a visible text node.
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length < 4 || v.length > 400) continue;
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    if (RE_PAYWALL_TEXT.test(v)) return true;
  }
  return false;
}
