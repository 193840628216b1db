/**
 * The extraction pipeline's data contract. The CLI prints `ExtractResult` as JSON, the clean
 * view renders it, the library stores it. Plain JSON only (no Date, no Map).
 */

/** The fixed list of clutter categories (issue #2). Order is the order the reader lists them. */
export const CATEGORIES = [
  'ranking',
  'related',
  'recommended',
  'trending',
  'comments',
  'share',
  'ads',
  'navigation',
  'footer',
  'paywall',
  'author-bio',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One block the declutter stage took out. `html` (sanitized) lets the reader restore it. */
export interface Removal {
  category: Category;
  /** id of the rule in the declutter rule table that matched */
  rule: string;
  /** the removed block's visible text, whitespace-folded (may be truncated for huge blocks) */
  text: string;
  /** sanitized HTML of the removed block, for "restore" in the reader; absent in CLI output */
  html?: string;
}

export interface DetectResult {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** short machine-readable signal names with their weight, e.g. "jsonld:NewsArticle(+0.35)" */
  reasons: string[];
}

export type SourceKind =
  | 'newspaper'
  | 'news agency'
  | 'broadcaster'
  | 'magazine'
  | 'online outlet'
  | 'government'
  | 'company'
  | 'organisation'
  | 'document'
  | 'social media'
  | 'anonymous'
  | 'other';

export interface Source {
  name: string;
  kind: SourceKind;
  mentions: number;
  /** 0-based article block indexes (see `data-p` in html); [] when only in a caption/credit */
  paragraphs: number[];
}

export interface Quote {
  speaker: string | null;
  text: string;
  paragraph: number;
  via: string | null;
}

export type ErrorCode =
  | 'empty-input'
  | 'not-html'
  | 'too-large'
  | 'too-deep'
  | 'timeout'
  | 'decode-failed'
  | 'internal';

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
  quotes: Quote[];
  anonymousSources: number;
  ms: number;
  parseMs: number;
  error: ExtractError | null;
}
