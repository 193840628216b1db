/**
 * Where a multi-page article's URL carries its page number. Pure URL work (no DOM, no imports),
 * so the library's key rules (utils/library/url.ts) and the popup can use it without pulling in
 * the extraction code. A URL can be read several ways (`/2020/04/slug/2/` is "page 2 of
 * /2020/04/slug"); every reading is returned and callers compare readings.
 */

/** Page numbers above this are ids or years, not pages (no article runs to 100 pages). */
export const MAX_PAGE_NUMBER = 99;

/**
 * Page-number markers, as data. Each entry names where it was seen:
 *  - query `page`: WordPress-style and many CMS article pagers (東洋経済 ?page=2, 現代ビジネス ?page=2)
 *  - query `p`: Ameba/PHP pagers (?p=2), the issue's `?p=N`
 *  - `_N.html`: ITmedia (news089_2.html), 新浪/网易/新华网 (c_1130_2.htm)
 *  - `-N.html`: older Chinese CMS (article-2.html), Japanese static sites
 *  - `/N/`: Ars Technica (slug/2/), プレジデント (/articles/-/12345?page=2 is the query form)
 */
const QUERY_PARAMS = ['page', 'p'] as const;
const PATH_MARKERS: readonly RegExp[] = [
  /^(.*)_(\d{1,2})(\.s?html?)$/i,
  /^(.*)-(\d{1,2})(\.s?html?)$/i,
  /^(.*?)\/(\d{1,2})\/?$/,
];
const DIGITS = /^\d{1,2}$/;

export interface PageReading {
  /** the URL without its page marker (and without fragment, trailing slash) */
  stem: string;
  /** the page number: 1 when the URL carries none */
  n: number;
}

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

function stemOf(u: URL, path: string, search: string): string {
  return `${u.origin}${trimSlash(path)}${search}`;
}

/** Every way `url` can be read as page N of an article; the first is "page 1 of itself". */
export function pageReadings(url: string | URL): PageReading[] {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return [];
  }
  const out: PageReading[] = [{ stem: stemOf(u, u.pathname, u.search), n: 1 }];
  for (const name of QUERY_PARAMS) {
    const v = u.searchParams.get(name);
    if (v == null || !DIGITS.test(v)) continue;
    const n = Number(v);
    if (n < 1 || n > MAX_PAGE_NUMBER) continue;
    const rest = new URLSearchParams(u.search);
    rest.delete(name);
    const q = rest.toString();
    out.push({ stem: stemOf(u, u.pathname, q ? `?${q}` : ''), n });
  }
  for (const re of PATH_MARKERS) {
    const m = re.exec(u.pathname);
    if (!m) continue;
    const n = Number(m[2]);
    if (n < 1 || n > MAX_PAGE_NUMBER) continue;
    out.push({ stem: stemOf(u, `${m[1]}${m[3] ?? ''}`, u.search), n });
  }
  return out;
}

/**
 * The page number `candidate` has as a page of the same article as `current`, or null when no
 * reading of the two shares a stem. Page 1 of an article has no marker (`news089.html`), later
 * pages do (`news089_2.html`): the unmarked reading of one meets a marked reading of the other.
 */
export function pageNumberRelativeTo(candidate: string | URL, current: string | URL): { candidate: number; current: number } | null {
  const a = pageReadings(candidate);
  const b = pageReadings(current);
  let best: { candidate: number; current: number } | null = null;
  for (const x of a) {
    for (const y of b) {
      if (x.stem !== y.stem || (x.n === 1 && y.n === 1)) continue;
      // prefer the reading where the pages are adjacent (a pager's "next")
      if (!best || Math.abs(x.n - y.n - 1) < Math.abs(best.candidate - best.current - 1)) best = { candidate: x.n, current: y.n };
    }
  }
  return best;
}

/** Whether `first` is page 1 of the article `page` belongs to (same origin, same stem). */
export function isFirstPageOf(first: string | URL, page: string | URL): boolean {
  const rel = pageNumberRelativeTo(first, page);
  return !!rel && rel.candidate === 1 && rel.current > 1;
}
