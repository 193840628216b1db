/**
 * The next page of a multi-page article: rel=next, or a "次のページへ"-style link, same host.
 */
import { RE_NEXT_PAGE_ANYWHERE, RE_NEXT_PAGE_LINK } from '../constants';
import { resolveUrl } from './metadata';
import { foldSpace } from '../fold-space';
import type { PageScan } from './scan';

/** The next page of a multi-page article (rel=next, or a "次のページへ"-style link). */
export function findNextPage(scan: PageScan, pageUrl: string | null, baseUri: string | null, pageText: string): string | null {
  const here = pageUrl ? resolveUrl(pageUrl, null) : null;
  const base = pageUrl ?? baseUri;
  const sameSite = (u: string | null): u is string => {
    if (!u || u === here) return false;
    if (!here) return true;
    return new URL(u).host === new URL(here).host;
  };
  const relUrl = resolveUrl(scan.relNext, base);
  if (sameSite(relUrl)) return relUrl;
  if (!RE_NEXT_PAGE_ANYWHERE.test(pageText)) return null;
  for (const a of scan.anchors) {
    const text = foldSpace(a.textContent ?? '');
    if (text.length > 20 || !RE_NEXT_PAGE_LINK.test(text)) continue;
    const u = resolveUrl(a.getAttribute('href'), base);
    if (sameSite(u)) return u;
  }
  return null;
}
