/**
 * Source & quote analysis on an extracted article (issue #4). STUB — contract fixed here.
 */
import type { Quote, Source } from '../extract/types';

export interface AnalysisInput {
  /** the article's blocks, exactly the blank-line-separated blocks of `text`; index = data-p */
  blocks: string[];
  /** figure captions and photo credits (not part of `text`) */
  captions: string[];
  /** outbound links in the article body with the block they sit in (-1 if not in a block) */
  links: { href: string; text: string; paragraph: number }[];
  lang: string | null;
}

export interface AnalysisResult {
  sources: Source[];
  quotes: Quote[];
  anonymousSources: number;
}

export function analyseArticle(_input: AnalysisInput): AnalysisResult {
  return { sources: [], quotes: [], anonymousSources: 0 };
}
