/**
 * Turns a document into a SavePayload: the extraction pipeline when it yields an article body
 * (with the article's later pages joined on when asked, issue #13), else a best-effort body built
 * from the page's visible text (marked `bestEffort`). Runs where Save extracts: Chrome's
 * offscreen document, Firefox's background page (save-worker.ts), on an inert parsed snapshot.
 */
import { analyseArticle } from '../analysis';
import { type PipelineResult } from '../article/pipeline';
import { runPipelineOnPage } from '../article/run-page';
import { joinPages } from '../article/join-pages';
import { readingMinutes } from '../extract/page/metadata';
import { payloadFromArticle } from './article-payload';
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

function pipelineOrNull(doc: Document, win: Window & typeof globalThis, url: string): PipelineResult | null {
  try {
    return runPipelineOnPage(doc, { url, window: win });
  } catch {
    return null; // the pipeline failed on this page: fall back to best effort, still save
  }
}

export interface SaveExtractOptions {
  /** follow the article's own pagination (the reader's setting) */
  join: boolean;
  /** the page's encoding, for later pages that declare none */
  charset?: string | null;
}

/** The article of `doc` for Save, later pages joined on when `join` and the page has them. */
export async function extractForSaveJoined(doc: Document, win: Window & typeof globalThis, url: string, opts: SaveExtractOptions): Promise<SavePayload> {
  const r = pipelineOrNull(doc, win, url);
  if (!opts.join || !r?.nextPage || !r.html || !r.text) return extractForSave(doc, win, url, r);
  // the analysis runs once more, on every page's blocks, when joining ends
  const { article } = await joinPages({ ...r, url }, { window: win, charset: opts.charset, firstDocument: doc, analyse: analyseArticle });
  return payloadFromArticle(article, url, doc.title);
}

export function extractForSave(doc: Document, win: Window & typeof globalThis, url: string, pipelined?: PipelineResult | null): SavePayload {
  const r = pipelined === undefined ? pipelineOrNull(doc, win, url) : pipelined;
  const hasBody = !!r?.html && !!r.text;
  if (hasBody && r) return payloadFromArticle(r, url, doc.title);
  // no article body: the page's visible text, plain paragraphs, marked best effort
  const fallback = bestEffortBody(doc);
  const lang = r?.lang ?? (doc.documentElement.getAttribute('lang') || null);
  return {
    ...payloadFromArticle({ ...r, html: fallback.html, text: fallback.text, lang }, url, doc.title),
    readingMinutes: fallback.text ? readingMinutes(fallback.text, lang) : null,
    bestEffort: true,
    extractorVersion: EXTRACTOR_VERSION,
  };
}
