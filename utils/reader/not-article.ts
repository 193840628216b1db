/**
 * When the shortcut should ask before stripping a page (issue #14): the per-page detector has
 * run and says "not an article" with confidence (a front page, a 404). Its confidence is the
 * probability that the page is an article, so a low one is a confident "no". Vetoes (not an
 * HTML page, too large) and detector errors say nothing about the page's shape: the view opens
 * as before, as it does when detection has not run yet or is unsure.
 */
import type { DetectResult } from '../extract/types';

/** At most this probability of being an article: the not-article fixtures score 0.04, articles 0.8+. */
export const NOT_ARTICLE_MAX_CONFIDENCE = 0.2;

export function confidentlyNotArticle(detect: DetectResult | null | undefined): boolean {
  if (!detect || detect.isArticle || detect.confidence > NOT_ARTICLE_MAX_CONFIDENCE) return false;
  return !detect.reasons.some((r) => r.endsWith('(veto)') || r.startsWith('error:'));
}
