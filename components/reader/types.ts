import type { ExtractResult } from '../../utils/article/types';
import type { ArticlePage, JoinNote } from '../../utils/article/merge-pages';

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
  Partial<Pick<ExtractResult, 'sources' | 'quotes' | 'anonymousSources' | 'publisher'>> & {
    url?: string | null;
    /** a multi-page article's later pages (issue #13), shown after `html` */
    pages?: ArticlePage[];
    /** what joining pages did: still loading, how many joined, which page failed */
    joinNote?: JoinNote | null;
  };
