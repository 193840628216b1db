import type { ExtractResult } from '../../utils/article/types';

/**
 * What `ReaderView` renders: the pipeline's result (live page) or a saved article (library).
 * `url` is the original page, for the "original page" link.
 */
export type ReaderArticle = Pick<
  ExtractResult,
  | 'isArticle'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'lang'
  | 'dir'
  | 'publishedTime'
  | 'readingMinutes'
  | 'truncated'
  | 'nextPage'
  | 'html'
  | 'removed'
> &
  Partial<Pick<ExtractResult, 'sources' | 'quotes' | 'anonymousSources' | 'publisher'>> & { url?: string | null };
