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
}

export interface DetectResult {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** short machine-readable signal names with their weight, e.g. "jsonld:NewsArticle(+0.35)" */
  reasons: string[];
}
