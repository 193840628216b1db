/**
 * Detect stage: is this an article page? STUB — owned by the detector work.
 * Read-only on the live document, cheap: it runs on every page load.
 */
import type { DetectResult } from './types';

export function detectArticle(doc: Document, _url: string | null): DetectResult {
  const isArticle = !!doc.querySelector('article');
  return { isArticle, confidence: isArticle ? 0.5 : 0.2, reasons: ['stub'] };
}
