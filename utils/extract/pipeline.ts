/**
 * The whole extraction pipeline on one document: detect → declutter (pre) → extract
 * (Readability on a clone) → declutter (post) → sanitize → metadata → text → analysis.
 * The signature is the contract used by the CLI, the content script and the benchmarks.
 */
import { analyseArticle } from '../analysis';
import { STRIP_BEFORE_TEXT } from './constants';
import { declutter } from './declutter';
import { detectArticle } from './detect';
import { cloneForExtraction } from './extract-clone';
import { capDepth } from './extract-depth';
import { findLeadImage, restoreLeadImage } from './extract-lead-image';
import { detectPaywall, findNextPage, keepSameDocumentLinks, postProcess, stripSiteAttributes } from './extract-post-process';
import { runReadability } from './extract-readability';
import {
  bylineOf,
  datesOf,
  declaredTitles,
  leadImageOf,
  readPageMeta,
  readingMinutes,
  siteNameOf,
} from './metadata';
import { resolveDir, resolveLang } from './metadata-lang';
import { findHeadline } from './metadata-title';
import { scanPage } from './page-scan';
import { sanitizeRemovals } from './extract-removals';
import { sanitizeArticleHtml } from './sanitize';
import { extractText } from './text';
import type { ExtractResult, Removal } from './types';

export interface PipelineOptions {
  /** the page URL (resolves relative links; URL-shape signals), or null when unknown */
  url: string | null;
  /** the window that owns `doc`'s realm: DOMPurify is bound to it (jsdom's or the browser's) */
  window: Window & typeof globalThis;
  /**
   * Keep each removal's (sanitized) html, for "restore" in the reader. Default true. The CLI,
   * whose output has no removal html, passes false and saves one sanitizer run per page.
   */
  removedHtml?: boolean;
}

/** Everything in ExtractResult but the envelope fields the caller fills (id, ms, parseMs, error). */
export type PipelineResult = Omit<ExtractResult, 'id' | 'ms' | 'parseMs' | 'error'>;

/** Never mutates `doc`: every stage that changes the DOM works on a clone. */
export function runPipeline(doc: Document, opts: PipelineOptions): PipelineResult {
  const { url, window } = opts;
  const baseUrl = url ?? (doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : null);
  const detect = detectArticle(doc, url);
  const root = doc.documentElement;
  // The one clone. Everything read from the page is read from it before anything changes it.
  const clone = cloneForExtraction(doc);
  // absurd nesting (past any real page's) would make Readability's cleaning cubic: flatten it
  capDepth(clone);
  const scan = scanPage(clone);
  const pageText = clone.body?.textContent ?? '';
  const pm = readPageMeta(scan);
  const declaredLangs = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    pm.metas.get('content-language'),
    typeof pm.ld?.inLanguage === 'string' ? pm.ld.inLanguage : null,
    pm.metas.get('og:locale'),
  ];
  const preLang = resolveLang(declaredLangs, scan.sample.length > 200 ? scan.sample : `${scan.sample} ${pageText.slice(0, 4000)}`);
  const siteName = siteNameOf(pm);
  const headline = findHeadline(scan, { declared: declaredTitles(clone, pm), siteName });
  const title = headline.title;
  const lead = findLeadImage(headline.element, leadImageOf(pm, url));
  const truncatedByPage = detectPaywall(clone, scan, pm.ld, pageText);
  const nextPage = findNextPage(scan, url, baseUrl, pageText);

  const removed: Removal[] = declutter(clone, { phase: 'pre', title, lang: preLang });
  const rd = runReadability(clone, preLang);
  const byline = bylineOf(pm, rd?.byline ?? null, title);

  let html: string | null = null;
  let text = '';
  let blocks: string[] = [];
  let captions: string[] = [];
  let links: { href: string; text: string; paragraph: number }[] = [];
  if (rd) {
    const article = rd.content;
    // Clutter first: a banner above the headline would hide the headline from the top check.
    removed.push(...declutter(article, { phase: 'post', title, lang: preLang }));
    removed.push(...postProcess(article, title, byline));
    keepSameDocumentLinks(article, doc.URL);
    restoreLeadImage(article, lead);
    for (const el of article.querySelectorAll(STRIP_BEFORE_TEXT)) el.remove();
    stripSiteAttributes(article);
    ({ text, blocks, captions, links } = extractText(article));
    html = sanitizeArticleHtml(article.innerHTML, { window, baseUrl });
  }
  if (opts.removedHtml === false) for (const r of removed) delete r.html;
  else sanitizeRemovals(removed, window, baseUrl);

  const lang = text ? resolveLang(declaredLangs, text) : preLang;
  const { published, modified } = datesOf(scan, pm, lang);
  const truncated = truncatedByPage || removed.some((r) => r.category === 'paywall');
  const analysis = analyseArticle({ blocks, captions, links, lang });

  return {
    isArticle: detect.isArticle,
    confidence: detect.confidence,
    title,
    byline,
    siteName: siteName ?? rd?.siteName ?? null,
    lang,
    dir: resolveDir(root?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? rd?.dir, lang),
    publishedTime: published,
    modifiedTime: modified,
    readingMinutes: text ? readingMinutes(text, lang) : null,
    truncated,
    nextPage,
    text: text || null,
    html,
    removed,
    sources: analysis.sources,
    quotes: analysis.quotes,
    anonymousSources: analysis.anonymousSources,
  };
}
