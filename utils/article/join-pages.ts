/**
 * Follows a multi-page article's own pagination and joins its pages (issue #13). Runs where the
 * reader asked for it: the clean view (content script), and Save (the offscreen document in
 * Chrome, the background page in Firefox). Every fetched page is parsed INERTLY (DOMParser: no
 * scripts run, nothing loads) and extracted like page 1. The source & quote analysis is not run
 * per page: it runs on the whole joined article (its blocks numbered across pages), so the panel
 * covers every page and coreference works across them — here once joining ends when the caller
 * gives `analyse` (Save), in the clean view by its controller as pages stream in.
 *
 * Stops (the pages already read are always kept):
 *  - at MAX_PAGES pages, page 1 included;
 *  - on a cycle (a URL, or a redirect target, already read);
 *  - on a page that is not a continuation (another headline, or a body read before);
 *  - on a network error, an HTTP error, a non-HTML answer, a too-large page, or a redirect
 *    off the origin: these are shown to the reader as "page N could not be fetched";
 *  - when cancelled (the view closed): the fetch in flight is aborted.
 */
import type { DetectResult } from '../extract/types';
import type { AnalysisInput, AnalysisResult } from '../analysis/types';
import { extractArticle, type ExtractedArticle } from './extract';
import { analysisInputOf } from './analysis-input';
import { fetchArticlePage, type FetchPageOptions } from './fetch-page';
import { SeenBlocks, sameHeadline } from './continuation';
import { appendPage, startJoin, type JoinedArticle } from './merge-pages';
import { deeperThan, flattenedCopy, MAX_DEPTH, tooManyElements } from '../extract/page/bounds';
import { headerTexts, headingTexts, trimRepeatedHeader } from './page-header';

export type { ArticlePage, JoinNote, JoinedArticle } from './merge-pages';

/** Pages joined at most, page 1 included (issue #13). */
export const MAX_PAGES = 10;

export type JoinEnd = 'done' | 'limit' | 'cycle' | 'not-continuation' | 'failed' | 'cancelled';

export interface JoinOptions {
  window: Window & typeof globalThis;
  signal?: AbortSignal;
  /** called with the article after each joined page (and once when joining ends) */
  onProgress?: (a: JoinedArticle) => void;
  maxPages?: number;
  /** injectable for tests; the default fetches with the page's cookies */
  fetchPage?: typeof fetchArticlePage;
  /** the first page's encoding, for later pages that declare none */
  charset?: string | null;
  /** page 1's document: its headings are the header later pages repeat (page-header.ts) */
  firstDocument?: Document | null;
  /**
   * The source & quote analysis (utils/analysis `analyseArticle`), run once on the whole joined
   * article when joining ends. Save passes it; the clean view does not (its bundle carries no
   * analysis: the view runs the analysis bundle on the article itself).
   */
  analyse?: (input: AnalysisInput) => AnalysisResult;
}

/** URL identity for cycle checks: no fragment. */
function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** An inert document for fetched HTML, relative URLs resolving against the page's own URL. */
export function parsePageInertly(html: string, url: string, win: Window & typeof globalThis): Document {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}

/**
 * A later page is read as a page of the article page 1 is (whether it is a continuation at all
 * is decided by continuation.ts on what it holds, not by the detector's view of its shape).
 */
const CONTINUATION: DetectResult = { isArticle: true, confidence: 1, reasons: ['continuation'] };

/** Extraction on one fetched page, within the same bounds as the live page; no analysis. */
function extractFetched(html: string, url: string, win: Window & typeof globalThis, firstHeadings: Set<string>): ExtractedArticle | 'too-large' {
  const doc = parsePageInertly(html, url, win);
  if (tooManyElements(doc)) return 'too-large';
  const source = deeperThan(doc, MAX_DEPTH) ? flattenedCopy(doc, MAX_DEPTH) : doc;
  const page = extractArticle(source, { url, window: win, detect: CONTINUATION });
  const trimmed = trimRepeatedHeader(page, headerTexts(doc, new Set(firstHeadings)), win);
  if (trimmed === page) return page;
  // the header blocks left the html and the text: the analysis does not read them either (their
  // places stay, empty, so every block index is still its data-p mark)
  const dropped = page.blocks.length - (trimmed.text ? trimmed.text.split('\n\n').length : 0);
  return { ...trimmed, blocks: page.blocks.map((b, i) => (i < dropped ? '' : b)), links: page.links.filter((l) => l.paragraph < 0 || l.paragraph >= dropped) };
}

/** Joining has ended: no page loading, and (when the caller gives it) the analysis of every page joined. */
function finish(a: JoinedArticle, nextPage: string | null, analyse: JoinOptions['analyse']): JoinedArticle {
  const ended: JoinedArticle = { ...a, nextPage, joinNote: a.joinNote ? { ...a.joinNote, loading: false } : null };
  // page 1 alone keeps the analysis it came with
  if (!analyse || !a.pages.length) return ended;
  return { ...ended, ...analyse(analysisInputOf(ended, ended.url)) };
}

/**
 * Joins the later pages of `first` (page 1's extracted article, with or without its analysis, and
 * its URL). Resolves with the whole article and how joining ended; rejects only with the
 * AbortError of a cancel.
 */
export async function joinPages(first: ExtractedArticle & Partial<AnalysisResult> & { url: string }, opts: JoinOptions): Promise<{ article: JoinedArticle; end: JoinEnd }> {
  const max = opts.maxPages ?? MAX_PAGES;
  const fetchPage = opts.fetchPage ?? fetchArticlePage;
  const fetchOpts: FetchPageOptions = { signal: opts.signal, fallbackCharset: opts.charset };
  let a = startJoin(first, !!first.nextPage && !!first.html && max > 1);
  const done = (end: JoinEnd, next: string | null = null) => {
    a = finish(a, next, opts.analyse);
    opts.onProgress?.(a);
    return { article: a, end };
  };
  if (!a.joinNote) return { article: a, end: 'done' };
  opts.onProgress?.(a);
  const seen = new Set([pageKey(first.url)]);
  const firstHeadings = opts.firstDocument ? headingTexts(opts.firstDocument) : new Set<string>();
  const blocks = new SeenBlocks();
  blocks.add(first.text);
  let next: string | null = first.nextPage;
  while (next) {
    if (a.pages.length + 1 >= max) return done('limit', next);
    if (opts.signal?.aborted) return done('cancelled', next);
    const key = pageKey(next);
    if (seen.has(key)) return done('cycle');
    seen.add(key);
    let fetched;
    try {
      fetched = await fetchPage(next, fetchOpts);
    } catch (err) {
      if (opts.signal?.aborted) return done('cancelled', next);
      throw err;
    }
    const failed = (reason: 'network' | 'not-html' | 'too-large' | 'other-origin', url: string) => {
      a = { ...a, joinNote: { joined: a.pages.length + 1, loading: false, failed: { page: a.pages.length + 2, url, reason } } };
      return done('failed', url);
    };
    if (!fetched.ok) return failed(fetched.reason, next);
    // a redirect back to a page already read is a cycle
    const landed = pageKey(fetched.url);
    if (landed !== key && seen.has(landed)) return done('cycle');
    seen.add(landed);
    if (opts.signal?.aborted) return done('cancelled', next);
    const page = extractFetched(fetched.html, fetched.url, opts.window, firstHeadings);
    if (page === 'too-large') return failed('too-large', next);
    if (!sameHeadline(first.title, page.title) || !page.html || blocks.repeats(page.text)) return done('not-continuation');
    blocks.add(page.text);
    a = appendPage(a, page, fetched.url, opts.window);
    opts.onProgress?.(a);
    next = page.nextPage;
  }
  return done('done');
}
