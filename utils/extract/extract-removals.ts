/**
 * Sanitizes the html of every removed block in one sanitizer call instead of one per block
 * (DOMPurify's per-call cost dominated the pipeline's time on pages with dozens of removals).
 * Each block is wrapped in a numbered <div data-p> so the sanitized whole can be split again;
 * if the split does not give back exactly the blocks sent, each is sanitized on its own.
 */
import { sanitizeArticleHtml } from './sanitize';
import type { Removal } from './types';

export function sanitizeRemovals(removed: Removal[], window: Window & typeof globalThis, baseUrl: string | null): void {
  const withHtml = removed.filter((r) => r.html);
  if (!withHtml.length) return;
  const opts = { window, baseUrl };
  const joined = withHtml.map((r, i) => `<div data-p="${i}">${r.html}</div>`).join('');
  const clean = sanitizeArticleHtml(joined, opts);
  // Parsed in an inert document (DOMParser runs no scripts and loads nothing).
  const body = new window.DOMParser().parseFromString(`<!doctype html><body>${clean}`, 'text/html').body;
  const parts = [...body.children];
  const aligned = parts.length === withHtml.length && parts.every((el, i) => el.tagName === 'DIV' && el.getAttribute('data-p') === String(i));
  if (aligned) {
    parts.forEach((el, i) => {
      withHtml[i].html = el.innerHTML;
    });
    return;
  }
  for (const r of withHtml) r.html = sanitizeArticleHtml(r.html ?? '', opts);
}
