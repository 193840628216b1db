/**
 * The whole pipeline on one document: extraction (utils/extract: detect → page → declutter →
 * body → sanitize) then the source & quote analysis of its text (utils/analysis). The signature
 * is the contract used by the CLI, the clean view, Save and the benchmarks. Never mutates `doc`.
 */
import { analyseArticle } from '../analysis';
import { extractArticle, type ExtractedArticle, type ExtractOptions } from './extract';
import type { ExtractResult } from './types';

export type PipelineOptions = ExtractOptions;

/** Every ExtractResult field but the envelope (id, ms, parseMs, error), plus the page's canonical URL and lead image. */
export type PipelineResult = Omit<ExtractResult, 'id' | 'ms' | 'parseMs' | 'error'> & Pick<ExtractedArticle, 'canonicalUrl' | 'leadImage'>;

/** The source & quote analysis of an extracted article; the publisher is the page's own (site name, byline, URL), never one of its sources. */
function withAnalysis(extracted: ExtractedArticle, url: string | null): PipelineResult {
  const { blocks, captions, links, ...article } = extracted;
  const analysis = analyseArticle({ blocks, captions, links, lang: article.lang, siteName: article.siteName, byline: article.byline, url: url ?? article.canonicalUrl ?? null });
  return { ...article, ...analysis };
}

export function runPipeline(doc: Document, opts: PipelineOptions): PipelineResult {
  return withAnalysis(extractArticle(doc, opts), opts.url);
}

/**
 * The same pipeline in two steps, `between()` awaited after extraction: the browser yields to
 * the page there and checks its time budget (entrypoints/reader.content/build-article.ts); a
 * `between` that throws stops the work before the analysis.
 */
export async function runPipelineInSteps(doc: Document, opts: PipelineOptions, between: () => Promise<void>): Promise<PipelineResult> {
  const extracted = extractArticle(doc, opts);
  await between();
  return withAnalysis(extracted, opts.url);
}
