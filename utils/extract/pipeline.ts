/**
 * The whole extraction pipeline on one document: detect → declutter (pre) → extract
 * (Readability on a clone) → declutter (post) → sanitize → metadata → text → analysis.
 * STUB — owned by the pipeline work; the signature is the contract used by the CLI,
 * the content script and the benchmarks.
 */
import type { ExtractResult } from './types';

export interface PipelineOptions {
  /** the page URL (resolves relative links; URL-shape signals), or null when unknown */
  url: string | null;
  /** the window that owns `doc`'s realm: DOMPurify is bound to it (jsdom's or the browser's) */
  window: Window & typeof globalThis;
}

/** Everything in ExtractResult but the envelope fields the caller fills (id, ms, parseMs, error). */
export type PipelineResult = Omit<ExtractResult, 'id' | 'ms' | 'parseMs' | 'error'>;

/** Never mutates `doc`: every stage that changes the DOM works on a clone. */
export function runPipeline(doc: Document, _opts: PipelineOptions): PipelineResult {
  return {
    isArticle: false,
    confidence: 0,
    title: doc.title || null,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    modifiedTime: null,
    readingMinutes: null,
    truncated: false,
    nextPage: null,
    text: null,
    html: null,
    removed: [],
    sources: [],
    quotes: [],
    anonymousSources: 0,
  };
}
