/**
 * Detect, URL shape: article pages carry an id, a date or a headline slug in their path;
 * front, section, tag, search, ranking and product pages have recognisable paths. A hint only:
 * the URL never decides alone.
 */

import type { AddSignal } from './metadata';

const LISTING = -1;
const FRONT = -1.2;
const SEARCH = -1.2;
const PRODUCT = -1.2;
const QA = -1.2;
const FORUM = -1;
const CODE = -1.2;
const DATE_ARCHIVE = -0.6;
const SECTION = -0.6;
const ARTICLE = 0.6;
const ARTICLE_PATH = 0.4;

/** Path segments of listing pages. Seen on: WordPress (/tag/, /category/, /author/, /page/2/),
 * Yahoo!ニュース (/ranking/, /topics/), Nikkei/Asahi (/search), Livedoor/Naver (/list), Blogger
 * (/search/label/), BBC/Guardian (/topics/, /section/), Xinhua (/index.htm roots). */
const LISTING_SEGMENT =
  /^(tags?|categor(y|ies)|topics?|search|rankings?|access[-_]?ranking|popular|most[-_]?read|authors?|writers?|sections?|keywords?|label|hashtag)$/i;
/** Segments of listings only when no id, date or slug follows (getnews.jp/archives/2146078 and
 * /features/a-long-headline-slug are articles; /archives/, /page/2/ and /index.html are not). */
const WEAK_LISTING_SEGMENT = /^(page|list|lists|archives?|series|features?|latest|newest|index\.(s?html?|php|aspx?))$/i;

/** Product pages. Seen on: Amazon (/dp/, /gp/product/), Rakuten (/item/), Shopify (/products/),
 * Yahoo!ショッピング (/store/), JD.com (item.jd.com/123.html is caught by the host below). */
const PRODUCT_SEGMENT = /^(dp|product|products|item|items|goods|shop|store|cart|sku)$/i;
const PRODUCT_HOST = /^(item|shop|store|goods)\./i;

/** Question pages: Stack Exchange (/questions/75501234/slug), Quora-like /question/, Yahoo!知恵袋
 * (/qa/question_detail/q123). A bare /qa/ is left alone: news sites file Q&A explainers there. */
const QA_SEGMENT = /^(questions?|question_detail)$/i;
/** Forum threads: XenForo (/threads/slug.21877/), vBulletin (showthread.php), phpBB (viewtopic.php),
 * Discourse (/t/slug/123), many boards (/topic/, /forum/, /forums/). */
const FORUM_SEGMENT = /^(threads?|topics?|forums?|t|viewtopic\.php|showthread\.php)$/i;
/** Code hosts: a repository page is owner/name (github.com/octo-dev/fastgrid). */
const CODE_HOST = /^(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sourceforge\.net|gitee\.com)$/i;

/** Query parameters of search result pages (q: Google-style and most CMSs, s: WordPress,
 * wd/kw: Baidu and Chinese CMSs, keyword: Japanese CMSs, query: Naver). */
const SEARCH_PARAM = /^(q|s|query|keyword|keywords|kw|wd|search|searchword|term)$/i;

/** Segments that name an article page when followed by an id or slug (news.mynavi.jp/article/…,
 * getnews.jp/archives/2146078, /story/, /entry/ on Hatena, /a/ on China Daily, /p/ on Medium). */
const ARTICLE_SEGMENT = /^(articles?|story|stories|news|post|posts|entry|entries|blog|a|p|doc|detail|content|view|column|interview|review|report)$/i;

/** Dates in paths: /2019/04/…, 20190411, 2019-04-11, 2012-06/04 (Xinhua), 202311/17 (China Daily). */
const DATE_IN_PATH = /(?:^|[^\d])(?:19|20)\d\d(?:[-/_]?(?:0[1-9]|1[0-2]))(?:[-/_]?(?:0[1-9]|[12]\d|3[01]))?(?:[^\d]|$)/;
const DATE_ARCHIVE_END = /\/(?:19|20)\d\d(?:\/(?:0[1-9]|1[0-2]))?(?:\/(?:0[1-9]|[12]\d|3[01]))?\/?$/;

/** An id: 5+ digits (afpbb /3178894, ITmedia news089 excluded) or a long mixed token
 * (Asahi ASM2Q5HKNM2QUCVL02D, Nikkei DGXMZO…, China Daily WS6557…). */
const NUMERIC_ID = /\d{5,}/;
const MIXED_ID = /^(?=[^/]*\d)(?=[^/]*[a-z])[a-z\d_]{10,}(?:\.\w+)?$/i;

/** A headline slug: three or more words joined by hyphens or underscores. */
const SLUG = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){2,}(?:\.s?html?|\.php)?$/u;

/** Query parameters that carry an article id (kangnamtimes idxno=, ossnews oid=, KBS Seq_Code=). */
const ID_PARAM = /^(id|idx|idxno|oid|aid|nid|no|seq_code|article_?id|story_?id|p)$/i;

/** Adds at most one URL-shape signal for `url`; nothing when the URL says nothing. */
export function urlSignal(url: string | null, add: AddSignal): void {
  let u: URL;
  try {
    u = new URL(url || '');
  } catch {
    return;
  }
  if (!/^https?:$/.test(u.protocol)) return;
  // web.archive.org wraps the original URL in its own path: judge the original.
  const wrapped = /^\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/.exec(u.pathname + u.search);
  if (u.hostname === 'web.archive.org' && wrapped) return urlSignal(wrapped[1], add);

  const segments = u.pathname.split('/').filter(Boolean).map(safeDecode);
  const last = segments[segments.length - 1] ?? '';
  const query = queryPairs(u.search);
  const params = query.map(([k]) => k);
  const param = (name: string) => query.find(([k]) => k === name)?.[1] ?? null;

  if (params.some((k) => SEARCH_PARAM.test(k) && param(k)) || segments.some((s) => /^search(?:$|[-_.]|results?)/i.test(s))) {
    return add('url:search', SEARCH);
  }
  if (PRODUCT_HOST.test(u.hostname) || segments.some((s) => PRODUCT_SEGMENT.test(s))) {
    return add('url:product', PRODUCT);
  }
  if (CODE_HOST.test(u.hostname) && segments.length >= 2) return add('url:code-repository', CODE);
  // a question or thread id after the segment ("topic" alone is a listing, see LISTING_SEGMENT)
  const at = (re: RegExp) => segments.findIndex((s, i) => re.test(s) && i < segments.length - 1 && /\d/.test(segments.slice(i + 1).join('/')));
  if (at(QA_SEGMENT) >= 0) return add('url:question', QA);
  if (at(FORUM_SEGMENT) >= 0 || /(?:viewtopic|showthread)\.php$/i.test(last)) return add('url:forum-thread', FORUM);
  const hasId = NUMERIC_ID.test(last) || MIXED_ID.test(last) || params.some((k) => ID_PARAM.test(k) && /\d/.test(param(k) ?? ''));
  const slug = SLUG.test(last) && last.replace(/\.\w+$/, '').split(/[-_]/).filter((w) => /\p{L}/u.test(w)).length >= 2;
  const dated = DATE_IN_PATH.test(u.pathname);
  const listing = segments.find((s) => LISTING_SEGMENT.test(s)) ?? (hasId || slug || dated ? undefined : segments.find((s) => WEAK_LISTING_SEGMENT.test(s)));
  if (listing) return add(`url:listing(${listing.toLowerCase()})`, LISTING);
  if (!segments.length && !hasId) return add('url:front', FRONT);
  if (DATE_ARCHIVE_END.test(u.pathname)) return add('url:date-archive', DATE_ARCHIVE);
  if (hasId || slug || dated) {
    const why = [hasId && 'id', dated && 'date', slug && 'slug'].filter(Boolean).join('+');
    return add(`url:article(${why})`, ARTICLE);
  }
  if (segments.some((s) => ARTICLE_SEGMENT.test(s)) && segments.length >= 2 && /\d|\.s?html?$/.test(last)) {
    return add('url:article(path)', ARTICLE_PATH);
  }
  // One or two short plain words and nothing else: a section front (/sports/, /news/world/).
  // Hyphenated words are left alone: "/classificacao-nascar/" and "/about-bugs/" were articles.
  if (segments.length <= 2 && segments.every((s) => /^[a-z]{2,20}$/i.test(s))) {
    add('url:section', SECTION);
  }
}

/**
 * The query's [name, value] pairs, read from the string as URLSearchParams would ('+' is a space).
 * Not `[...u.searchParams.keys()]`: in a Firefox content script that iterator comes from another
 * compartment and is not iterable, so detection threw on every page and no page was an article.
 */
export function queryPairs(search: string): [string, string][] {
  const plus = (s: string) => safeDecode(s.replace(/\+/g, ' '));
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [plus(pair), ''] : [plus(pair.slice(0, eq)), plus(pair.slice(eq + 1))];
    });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
