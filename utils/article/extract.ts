/**
 * Extraction: one page's document → its article, in the order the code runs the stages (each
 * stage's folder is under utils/extract/):
 *
 *  1. detect     (detect/)     is it an article? The caller gives the verdict: the clean view
 *                              takes the per-page script's (its detector is not bundled twice),
 *                              Node and the background run it (run-page.ts).
 *  2. page       (page/)       one inert clone, depth capped; everything read from the page
 *                              before anything changes it: metadata, headline, language, lead
 *                              image, paywall, next page.
 *  3. declutter  (declutter/)  clutter out of the whole clone (phase "pre"), each removal
 *                              traced to a rule id and category.
 *  4. body       (body/)       Readability on the decluttered clone; declutter again inside
 *                              the article (phase "post"); post-process; the lead image put
 *                              back; the text blocks, captions and links (data-p marks).
 *  5. sanitize   (utils/sanitize) the body and every removed block, DOMPurify, strict profile.
 *
 * Never mutates `doc` (unless the caller hands it over, `ownsDocument`): every stage that changes
 * the DOM works on the clone. The analysis of sources and quotes runs on the result (pipeline.ts
 * joins the two).
 */
import { sanitizeArticleHtml } from '../sanitize/sanitize';
import { postProcess, keepSameDocumentLinks, removeTail, stripSiteAttributes } from '../extract/body/post-process';
import { siteNames } from '../extract/body/site-box';
import { runReadability } from '../extract/body/readability';
import { removeTeaserLinkLines } from '../extract/body/teaser-links';
import { extractText, type TextResult } from '../extract/body/text';
import { STRIP_BEFORE_TEXT } from '../extract/constants';
import { declutter } from '../extract/declutter';
import { placeRemovals } from '../extract/declutter/anchor';
import { elementsByTags } from '../extract/declutter/dom';
import { liveDom } from '../extract/live-dom';
import { capDepth } from '../extract/page/bounds';
import { workingDocument } from '../extract/page/clone';
import { resolveDir, resolveLang } from '../extract/page/lang';
import { findLeadImage, restoreLeadImage } from '../extract/page/lead-image';
import { bylineOf, canonicalUrlOf, datesOf, declaredTitles, leadImageOf, readPageMeta, readingMinutes, siteNameBeside, siteNameOf } from '../extract/page/metadata';
import { findNextPage } from '../extract/page/next-page';
import { detectPaywall } from '../extract/page/paywall';
import { scanPage } from '../extract/page/scan';
import { findStandfirst, restoreStandfirst } from '../extract/page/standfirst';
import { findHeadline } from '../extract/page/title';
import type { DetectResult, Removal } from '../extract/types';
import { sanitizeRemovals, type RemovedHtmlMode } from './removal-html';
import type { ExtractResult } from './types';

/** STRIP_BEFORE_TEXT's type names: a walk finds them without jsdom's selector engine. */
const STRIP_TAGS = STRIP_BEFORE_TEXT.split(',');

export interface ExtractOptions {
  /** the page URL (resolves relative links; URL-shape signals), or null when unknown */
  url: string | null;
  /** the window that owns `doc`'s realm: DOMPurify is bound to it (jsdom's or the browser's) */
  window: Window & typeof globalThis;
  /**
   * Keep each removal's (sanitized) html, for "put back" in the reader. Default true. The CLI,
   * whose output has no removal html, passes false and saves one sanitizer run per page; the
   * clean view passes 'later' and sanitizes it after the paint (removal-html.ts).
   */
  removedHtml?: RemovedHtmlMode;
  /** the detector's verdict on this document (utils/extract/detect; run-page.ts runs it for callers that have none) */
  detect: DetectResult;
  /**
   * The caller hands `doc` over: the pipeline works on it in place instead of on a copy. Only for
   * a document nothing else reads (the CLI and the bench parse one per page); never the live page.
   * Default false: `doc` is never mutated.
   */
  ownsDocument?: boolean;
  /** when given, each stage's time (ms) is added to it under the stage's name (`npm run bench`) */
  profile?: StageProfile;
}

/** Milliseconds per stage name, summed (see ExtractOptions.profile). */
export type StageProfile = Record<string, number>;

/**
 * A stopwatch that adds each lap to `profile` (a no-op without one); `lap(null)` starts a new
 * lap without recording one (the sanitizer records its own passes).
 */
function stopwatch(profile: StageProfile | undefined): (stage: string | null) => void {
  if (!profile) return () => {};
  let t = performance.now();
  return (stage) => {
    const now = performance.now();
    if (stage) profile[stage] = (profile[stage] ?? 0) + (now - t);
    t = now;
  };
}

/** The contract's page fields (types.ts), then what only the pipeline's own callers read. */
export interface ExtractedArticle
  extends Pick<
    ExtractResult,
    | 'isArticle' | 'confidence' | 'title' | 'byline' | 'siteName' | 'lang' | 'dir'
    | 'publishedTime' | 'modifiedTime' | 'readingMinutes' | 'truncated' | 'nextPage'
  > {
  /** the page's canonical URL (rel=canonical, og:url), else its own URL; null when unknown */
  canonicalUrl: string | null;
  /** the lead picture's URL (the one shown above the body, else the page's declared share image) */
  leadImage: string | null;
  text: string | null;
  /** sanitized article body: no headline; lead figure included; blocks carry data-p="N" */
  html: string | null;
  removed: Removal[];
  /** what the analysis reads: the text's blocks (index = data-p), captions and body links */
  blocks: TextResult['blocks'];
  captions: TextResult['captions'];
  links: TextResult['links'];
}

export function extractArticle(doc: Document, opts: ExtractOptions): ExtractedArticle {
  const { url, window } = opts;
  const lap = stopwatch(opts.profile);
  // The live page is read only through unshadowable getters (live-dom.ts), the rest from the clone.
  const live = liveDom(doc);
  const pageUrl = live.url(doc);
  // the document's base only when no URL is given: under jsdom the first baseURI read runs a
  // selector query over the whole page (~5 ms on a news page)
  const baseUri = url ? null : live.baseUri(doc);
  const baseUrl = url ?? (baseUri && baseUri !== 'about:blank' ? baseUri : null);
  const { detect } = opts;

  // 2. page: the one clone (or the document itself when handed over). Everything read from the
  // page is read from it before anything changes it.
  const clone = workingDocument(doc, opts.ownsDocument === true);
  // absurd nesting (past any real page's) would make Readability's cleaning cubic: flatten it
  capDepth(clone);
  lap('clone');
  const root = clone.documentElement;
  const pageDir = root?.getAttribute('dir') ?? clone.body?.getAttribute('dir') ?? null;
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
  const headline = findHeadline(scan, { declared: declaredTitles(clone, pm), siteName, bodyText: () => pageText });
  const title = headline.title;
  const declaredImage = leadImageOf(pm, url);
  const lead = findLeadImage(headline.element, declaredImage);
  const truncatedByPage = detectPaywall(clone, scan, pm.ld, pageText);
  const nextPage = findNextPage(scan, url, baseUrl, pageText);
  const canonicalUrl = canonicalUrlOf(scan, pm, url);
  lap('metadata');

  // 3. declutter the whole clone
  const removed: Removal[] = declutter(clone, { phase: 'pre', title, lang: preLang, description: pm.metas.get('og:description') ?? pm.metas.get('description') ?? null });
  lap('declutter pre');

  // the lead paragraph under the headline, read before Readability changes the clone
  const standfirst = findStandfirst(headline.element, title);
  lap('metadata');

  // 4. body
  const rd = runReadability(clone, preLang);
  lap('readability');
  const byline = bylineOf(pm, rd?.byline ?? null, title);
  let html: string | null = null;
  let body: TextResult = { text: '', blocks: [], captions: [], links: [] };
  if (rd) {
    const article = rd.content;
    // Clutter first: a banner above the headline would hide the headline from the top check.
    removed.push(...declutter(article, { phase: 'post', title, lang: preLang }));
    lap('declutter post');
    removed.push(...postProcess(article, title, byline, siteNames(siteName ?? rd.siteName, baseUrl)));
    const teasers = removeTeaserLinkLines(article, baseUrl);
    removed.push(...teasers);
    // a teaser list at the end may have been all that stood after a label or a heading
    if (teasers.length) removed.push(...removeTail(article));
    keepSameDocumentLinks(article, pageUrl);
    restoreLeadImage(article, lead);
    restoreStandfirst(article, standfirst);
    for (const el of elementsByTags(article, STRIP_TAGS)) el.remove();
    stripSiteAttributes(article);
    lap('post-process');
    body = extractText(article);
    // where each removal stood among the text blocks, so the reader can put it back in place
    if (opts.removedHtml !== false) placeRemovals(removed, body.blocks);
    lap('text');
    // 5. sanitize
    const raw = article.innerHTML;
    lap('serialise');
    html = sanitizeArticleHtml(raw, { window, baseUrl, profile: opts.profile });
    lap(null);
  }
  sanitizeRemovals(removed, opts.removedHtml ?? true, { window, baseUrl, profile: opts.profile });
  lap(null);

  const { text } = body;
  const lang = text ? resolveLang(declaredLangs, text) : preLang;
  const { published, modified } = datesOf(scan, pm, lang);
  lap('metadata');
  return {
    isArticle: detect.isArticle,
    confidence: detect.confidence,
    title,
    byline,
    siteName: siteNameBeside(siteName ?? rd?.siteName ?? null, title),
    lang,
    dir: resolveDir(pageDir ?? rd?.dir, lang),
    publishedTime: published,
    modifiedTime: modified,
    readingMinutes: text ? readingMinutes(text, lang) : null,
    truncated: truncatedByPage || removed.some((r) => r.category === 'paywall'),
    nextPage,
    canonicalUrl,
    leadImage: lead?.src ?? declaredImage,
    text: text || null,
    html,
    removed,
    blocks: body.blocks,
    captions: body.captions,
    links: body.links,
  };
}
