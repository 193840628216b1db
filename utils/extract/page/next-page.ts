/**
 * The next page of a multi-page article, same origin only. In order of trust:
 *  1. rel=next on <link> or <a>;
 *  2. a link whose whole text says "next page" (次のページへ, 下一页, Next page…);
 *  3. a numbered pager link: text "N+1" pointing at page N+1 of this URL (?page=N, ?p=N,
 *     _N.html, -N.html, /N/; see page-number.ts);
 *  4. a bare "next" link (次へ, 다음, Next) only when its URL is page N+1 of this one: the same
 *     words also lead to the next article.
 * The joining of pages (utils/article/join-pages.ts) calls this again on every fetched page.
 */
import { resolveUrl } from './metadata';
import { foldSpace } from '../fold-space';
import { pageNumberRelativeTo, pageReadings } from './page-number';
import type { PageScan } from './scan';

/**
 * "Next page" link texts, whole (after folding space; trailing arrows and brackets allowed).
 * `explicit` texts name a page; the others also mean "next article". Where each was seen:
 */
const NEXT_LINK_TEXTS: readonly { text: RegExp; explicit: boolean }[] = [
  { text: /^次の?ページ(?:へ|を読む)?$/u, explicit: true }, // ITmedia 次のページへ, 東洋経済 次ページ
  { text: /^次へ$/u, explicit: false }, // 現代ビジネス, プレジデント pagers
  { text: /^下一?[页頁]$/u, explicit: true }, // 新浪/网易/新华网 下一页, 下页; 繁體 下一頁
  { text: /^다음\s?페이지$/u, explicit: true }, // 한국 news pagers
  { text: /^다음$/u, explicit: false }, // 네이버 블로그-style pagers
  { text: /^next\s?page$/iu, explicit: true }, // English magazines (Ars Technica "Next page")
  { text: /^next$/iu, explicit: false }, // WordPress wp_link_pages "Next"
  { text: /^nächste\s?seite$/iu, explicit: true }, // German news sites (Spiegel, Zeit)
];
/** Arrows, guillemets and brackets around pager labels ("次のページへ ›", "[2]", "» Next"). */
const LINK_DECOR = /^[\s[(（［【<«‹←]+|[\s\])）］】>»›→]+$/gu;
/** Longer link texts are headlines, not pager labels. */
const MAX_LINK_TEXT = 20;
const NUMBER = /^\d{1,2}$/;
/** Anchors examined at most: a pager is among the first thousands on any real page. */
const MAX_ANCHORS = 5_000;

type Kind = 'explicit' | 'numbered' | 'bare';

function linkLabel(a: Element): string {
  return foldSpace(a.textContent ?? '').replace(LINK_DECOR, '');
}

function kindOf(label: string): Kind | null {
  if (!label || label.length > MAX_LINK_TEXT) return null;
  if (NUMBER.test(label)) return 'numbered';
  const rule = NEXT_LINK_TEXTS.find((r) => r.text.test(label));
  return rule ? (rule.explicit ? 'explicit' : 'bare') : null;
}

/** The next page of a multi-page article, or null. Same origin as the page, never the page itself. */
export function findNextPage(scan: PageScan, pageUrl: string | null, baseUri: string | null, _pageText?: string): string | null {
  const here = pageUrl ? resolveUrl(pageUrl, null) : null;
  const base = pageUrl ?? baseUri;
  const hereUrl = here ? new URL(here) : null;
  const hereBare = hereUrl ? `${hereUrl.origin}${hereUrl.pathname}${hereUrl.search}` : null;
  const sameOrigin = (u: string | null): u is string => {
    if (!u) return false;
    const c = new URL(u);
    if (`${c.origin}${c.pathname}${c.search}` === hereBare) return false;
    return !hereUrl || c.origin === hereUrl.origin;
  };
  const isNextOfHere = (u: string): boolean => {
    if (!hereUrl) return false;
    const rel = pageNumberRelativeTo(u, hereUrl);
    return !!rel && rel.candidate === rel.current + 1;
  };
  const relUrl = resolveUrl(scan.relNext, base);
  if (sameOrigin(relUrl)) {
    // the scan keeps the first rel=next in document order, <link> or <a>: which one was it?
    const fromAnchor = scan.anchors.some((a) => a.getAttribute('href') === scan.relNext && / next /i.test(` ${a.getAttribute('rel') ?? ''} `));
    if (!fromAnchor || isNextOfHere(relUrl)) return relUrl;
  }

  const current = hereUrl ? pageReadings(hereUrl) : [];
  let numbered: string | null = null;
  let bare: string | null = null;
  const anchors = scan.anchors.length > MAX_ANCHORS ? scan.anchors.slice(0, MAX_ANCHORS) : scan.anchors;
  for (const a of anchors) {
    const label = linkLabel(a);
    const kind = kindOf(label);
    if (!kind) continue;
    const u = resolveUrl(a.getAttribute('href'), base);
    if (!sameOrigin(u)) continue;
    if (kind === 'explicit') return u;
    if (kind === 'numbered') {
      if (numbered || !current.length) continue;
      const rel = pageNumberRelativeTo(u, hereUrl!);
      if (rel && rel.candidate === rel.current + 1 && Number(label) === rel.candidate) numbered = u;
    } else if (!bare && isNextOfHere(u)) bare = u;
  }
  return numbered ?? bare;
}
