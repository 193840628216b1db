/**
 * One page's whole result: the extracted article with its source & quote analysis. The CLI
 * prints exactly `ExtractResult` as JSON (its contract), the clean view renders an
 * `ArticleResult`, the library stores one. Plain JSON only (no Date, no Map).
 */
import type { Quote, Source } from '../analysis/types';
import type { Removal } from '../extract/types';

export type ErrorCode = 'empty-input' | 'not-html' | 'too-large' | 'too-deep' | 'timeout' | 'decode-failed' | 'internal';

export interface ExtractError {
  code: ErrorCode;
  message: string;
}

/** Exactly the CLI contract's fields (issue #2), always present. */
export interface ExtractResult {
  id: string | null;
  isArticle: boolean;
  confidence: number;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  readingMinutes: number | null;
  truncated: boolean;
  nextPage: string | null;
  text: string | null;
  /** sanitized article body: no headline; lead figure included; blocks carry data-p="N" */
  html: string | null;
  removed: Removal[];
  sources: Source[];
  /** every quote carries `role` (string or null) */
  quotes: Quote[];
  anonymousSources: number;
  /** the page's own publisher (site name, byline outlet, domain, copyright line); never one of `sources` */
  publisher: string | null;
  ms: number;
  parseMs: number;
  error: ExtractError | null;
}
