/**
 * URL normalisation for saved articles: one article, one key, however the reader reached it.
 * The fragment and tracking parameters go. A page's rel=canonical is trusted only when it names
 * the page itself (modulo tracking parameters, scheme and a www./m./amp. host alias) or page 1
 * of the same multi-page article: a page on a shared host (blogs, note.com, Medium) must not be
 * able to overwrite another author's saved article by naming it (issue #12 F7).
 */
import { isFirstPageOf } from '../extract/page/page-number';

/** Exact tracking parameter names (lower-case). Seen on shared news links from social sites and ad networks. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'ref_src', 'ref_url',
  'cmpid', 'ncid', 'spm', 'share', 'from', 'ito', 'cid_source',
]);
/** Tracking parameter prefixes: utm_* (Google Analytics), pk_* (Matomo), hsa_* (HubSpot ads). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'hsa_', 'mtm_'];
const HTTP_PROTOCOLS = new Set(['http:', 'https:']);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** Registrable-ish site: the host without a leading "www." / "m." (good enough to compare same-site). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(?:www\d*|m|amp)\./, '');
  } catch {
    return '';
  }
}

/** Removes fragment and tracking parameters; sorts nothing (parameter order can matter to sites). */
export function cleanUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  const keep = [...u.searchParams].filter(([k]) => !isTracking(k));
  u.search = '';
  for (const [k, v] of keep) u.searchParams.append(k, v);
  u.hostname = u.hostname.toLowerCase();
  return u.toString();
}

/** The same document: same site (host aliases aside), same path and parameters once cleaned. */
function sameDocument(a: URL, b: URL): boolean {
  const ca = new URL(cleanUrl(a.href));
  const cb = new URL(cleanUrl(b.href));
  return siteOf(ca.href) === siteOf(cb.href) && ca.port === cb.port && ca.pathname.replace(/\/+$/, '') === cb.pathname.replace(/\/+$/, '') && ca.search === cb.search;
}

/**
 * The key URL of an article: its canonical when the canonical names this very page or page 1 of
 * the same multi-page article, else the tab URL; always cleaned. Throws on a tab URL that is
 * not http(s).
 */
export function normaliseArticleUrl(tabUrl: string, canonical?: string | null): string {
  const tab = new URL(tabUrl);
  if (!HTTP_PROTOCOLS.has(tab.protocol)) throw new Error(`not a web page: ${tab.protocol}`);
  if (canonical) {
    try {
      const c = new URL(canonical, tab);
      if (HTTP_PROTOCOLS.has(c.protocol) && (sameDocument(c, tab) || (c.origin === tab.origin && isFirstPageOf(c, tab)))) {
        return cleanUrl(c.href);
      }
    } catch {
      // a malformed canonical is ignored: the tab URL is the fallback
    }
  }
  return cleanUrl(tab.href);
}
