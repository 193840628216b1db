/**
 * The removed blocks' html, kept for the reader's "put back" and item lists. Sanitizing it is
 * most of the pipeline's time in Chromium: navigation, footers and sidebars are big, and on the
 * heaviest fixture pages the removals' sanitizer runs took ~40 ms of ~80 ms a page (measured with
 * the pipeline's profile in Chromium, 7 pages). The view needs them only once the reader opens
 * the list, so the clean view asks for them `'later'`: the raw html stays out of the result, in a
 * WeakMap keyed by the removal object (nothing can read, render or serialise it from there), and
 * `sanitizePendingRemovals` sanitizes it after the article has painted.
 */
import { sanitizeHtmlList } from '../sanitize/batch';
import type { SanitizeOptions } from '../sanitize/sanitize';
import type { Removal } from '../extract/types';

/**
 * true (the default): sanitized html on each removal; false: none (the CLI); 'later': none yet,
 * sanitized on demand by `sanitizePendingRemovals` (the clean view).
 */
export type RemovedHtmlMode = boolean | 'later';

/** Raw html of removals asked for 'later', with the base URL their links resolve against. */
const pending = new WeakMap<Removal, { html: string; baseUrl: string | null }>();

/** Each removal's html through the sanitizer (all in one run), dropped, or set aside for later. */
export function sanitizeRemovals(removed: Removal[], mode: RemovedHtmlMode, opts: SanitizeOptions): void {
  if (mode !== true) {
    for (const r of removed) {
      if (mode === 'later' && r.html) pending.set(r, { html: r.html, baseUrl: opts.baseUrl });
      delete r.html;
    }
    return;
  }
  const withHtml = removed.filter((r) => r.html);
  const clean = sanitizeHtmlList(
    withHtml.map((r) => r.html as string),
    opts,
  );
  withHtml.forEach((r, i) => (r.html = clean[i]));
}

/**
 * Sanitizes the html set aside for any of `removed` (in one run per base URL) and puts it on
 * each removal. Returns whether any removal gained its html. When the sanitizer cannot run
 * safely the html is dropped: the reader then lists the removal by its text, without put-back.
 */
export function sanitizePendingRemovals(removed: readonly Removal[], window: SanitizeOptions['window']): boolean {
  const byBase = new Map<string | null, Removal[]>();
  for (const r of removed) {
    const p = pending.get(r);
    if (!p) continue;
    byBase.set(p.baseUrl, [...(byBase.get(p.baseUrl) ?? []), r]);
  }
  let gained = false;
  for (const [baseUrl, list] of byBase) {
    const raw = list.map((r) => pending.get(r)!.html);
    for (const r of list) pending.delete(r);
    let clean: string[];
    try {
      clean = sanitizeHtmlList(raw, { window, baseUrl });
    } catch {
      continue;
    }
    list.forEach((r, i) => (r.html = clean[i]));
    gained = true;
  }
  return gained;
}
