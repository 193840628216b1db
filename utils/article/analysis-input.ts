/**
 * What the source & quote analysis reads of an extracted article (one page, or the pages of a
 * multi-page article joined: merge-pages.ts keeps their blocks numbered as the html's data-p
 * marks). Types only from utils/analysis: the clean view's bundle imports this file and must
 * not carry the analysis itself.
 */
import type { AnalysisInput } from '../analysis/types';
import type { ExtractedArticle } from './extract';

export type AnalysisSource = Pick<ExtractedArticle, 'blocks' | 'captions' | 'links' | 'lang' | 'siteName' | 'byline' | 'canonicalUrl'>;

/** `url`: the page's own URL (page 1's for a joined article), else its canonical URL. */
export function analysisInputOf(a: AnalysisSource, url: string | null): AnalysisInput {
  return {
    blocks: a.blocks,
    captions: a.captions,
    links: a.links,
    lang: a.lang,
    siteName: a.siteName,
    byline: a.byline,
    url: url ?? a.canonicalUrl ?? null,
  };
}
