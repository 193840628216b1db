/**
 * The whole pipeline on one document: extraction (utils/extract: detect → page → declutter →
 * body → sanitize) then the source & quote analysis of its text (utils/analysis). The signature
 * is the contract used by the CLI, Save (offscreen document / background page) and the
 * benchmarks. Never mutates `doc`.
 *
 * The clean view does not run this: it paints what `extractArticle` gives and loads the analysis
 * afterwards as its own bundle (entrypoints/analysis.content/), so nothing in the view's bundle
 * may import this module's values — only its types.
 */
import { analyseArticle } from '../analysis';
import type { AnalysisResult } from '../analysis/types';
import { analysisInputOf } from './analysis-input';
import { extractArticle, type ExtractedArticle, type ExtractOptions } from './extract';

export type PipelineOptions = ExtractOptions;

/**
 * Every ExtractResult field but the envelope (id, ms, parseMs, error), plus the page's canonical
 * URL and lead image, plus what the analysis read (`blocks`, `captions`, `links`: joining a
 * multi-page article re-runs the analysis on all its pages' blocks). The CLI prints only the
 * contract's fields.
 */
export type PipelineResult = ExtractedArticle & AnalysisResult;

export function runPipeline(doc: Document, opts: PipelineOptions): PipelineResult {
  const extracted = extractArticle(doc, opts);
  // the publisher is the page's own (site name, byline, URL), never one of its sources
  return { ...extracted, ...analyseArticle(analysisInputOf(extracted, opts.url)) };
}
