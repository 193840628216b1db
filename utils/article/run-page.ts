/**
 * The pipeline on a page whose detector verdict the caller does not have yet (the CLI, the
 * benchmarks, Save in the background or offscreen document, tests): detect first, then
 * runPipeline. The clean view does not use this: it takes the per-page script's detector, which
 * already runs in the same isolated world, so the reader bundle does not carry a second copy.
 */
import { detectArticle } from '../extract/detect';
import type { DetectResult } from '../extract/types';
import { runPipeline, type PipelineOptions, type PipelineResult } from './pipeline';

export type PageOptions = Omit<PipelineOptions, 'detect'> & { detect?: DetectResult | null };

export function runPipelineOnPage(doc: Document, opts: PageOptions): PipelineResult {
  const t0 = opts.profile ? performance.now() : 0;
  const detect = opts.detect ?? detectArticle(doc, opts.url);
  if (opts.profile) opts.profile.detect = (opts.profile.detect ?? 0) + performance.now() - t0;
  return runPipeline(doc, { ...opts, detect });
}
