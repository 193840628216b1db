/**
 * The extract stage's data: clutter categories and removals, and the detector's verdict. The
 * whole article result (the CLI contract) is in utils/article/types.ts. Plain JSON only.
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
  /**
   * Where it stood in the article: the index (data-p) of the text block it stood before, the
   * number of blocks when after the last; absent when it stood outside the article (a sidebar).
   * Set only with the html (the reader's "put back"); see declutter/anchor.ts.
   */
  at?: number;
}

export interface DetectResult {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** short machine-readable signal names with their weight, e.g. "jsonld:NewsArticle(+0.35)" */
  reasons: string[];
}
