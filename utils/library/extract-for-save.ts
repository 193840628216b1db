/**
 * Turns a document into a SavePayload: the extraction pipeline when it yields an article body,
 * else a best-effort body built from the page's visible text (marked `bestEffort`). Runs on a
 * parsed snapshot in the popup, and is the one call the clean view's Save needs:
 *   browser.runtime.sendMessage({ type: 'library:save', article: extractForSave(document, window, location.href) })
 */
import { runPipeline, type PipelineResult } from '../article/pipeline';
import { readingMinutes } from '../extract/page/metadata';
import { EXTRACTOR_VERSION, type SavePayload } from './schema';

/** Elements whose text is never article text. */
const NON_TEXT = 'script, style, noscript, template, nav, header, footer, aside, form, button, select, svg, iframe';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';
const BEST_EFFORT_MAX_BLOCKS = 2_000;

/** Best effort: the page's text blocks as plain paragraphs, built with DOM APIs (no HTML parsing). */
function bestEffortBody(doc: Document): { html: string; text: string } {
  const root = (doc.querySelector('main, article, [role="main"]') ?? doc.body)?.cloneNode(true) as HTMLElement | undefined;
  const out = doc.createElement('div');
  if (!root) return { html: '', text: '' };
  root.querySelectorAll(NON_TEXT).forEach((n) => n.remove());
  const texts: string[] = [];
  const blocks = root.querySelectorAll(BLOCKS);
  const source = blocks.length ? Array.from(blocks).slice(0, BEST_EFFORT_MAX_BLOCKS) : [root];
  for (const b of source) {
    if (b.querySelector(BLOCKS)) continue; // the innermost block carries the text
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const p = doc.createElement('p');
    p.setAttribute('data-p', String(texts.length));
    p.textContent = t;
    out.append(p);
    texts.push(t);
  }
  return { html: out.innerHTML, text: texts.join('\n\n') };
}

export function extractForSave(doc: Document, win: Window & typeof globalThis, url: string): SavePayload {
  let r: PipelineResult | null = null;
  try {
    r = runPipeline(doc, { url, window: win });
  } catch {
    r = null; // the pipeline failed on this page: fall back to best effort, still save
  }
  const hasBody = !!r?.html && !!r.text;
  const fallback = hasBody ? null : bestEffortBody(doc);
  const text = hasBody ? (r!.text as string) : fallback!.text;
  const lang = r?.lang ?? (doc.documentElement.getAttribute('lang') || null);
  return {
    pageUrl: url,
    canonicalUrl: r?.canonicalUrl ?? null,
    title: r?.title || doc.title || url,
    byline: r?.byline ?? null,
    siteName: r?.siteName ?? null,
    lang,
    dir: r?.dir ?? null,
    publishedTime: r?.publishedTime ?? null,
    modifiedTime: r?.modifiedTime ?? null,
    readingMinutes: r?.readingMinutes ?? (text ? readingMinutes(text, lang) : null),
    truncated: !!r?.truncated,
    nextPage: r?.nextPage ?? null,
    html: hasBody ? (r!.html as string) : fallback!.html,
    text,
    sources: r?.sources ?? [],
    quotes: r?.quotes ?? [],
    anonymousSources: r?.anonymousSources ?? 0,
    isArticle: !!r?.isArticle,
    bestEffort: !hasBody || !r?.isArticle,
    capped: false,
    extractorVersion: EXTRACTOR_VERSION,
    incognito: false,
  };
}
