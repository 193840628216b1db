/**
 * The clean view's side of multi-page articles (issue #13): once page 1 is painted, fetch and
 * join the later pages (when the reader's setting allows), reporting each step so the view can
 * stream them in; cancel() aborts the fetch in flight when the view closes. Later pages are
 * extracted without the analysis: the view runs the analysis bundle on the joined article as
 * it grows. The view's Save waits for `done` and stores the joined article as it is.
 */
import type { ExtractedArticle } from './extract';
import { joinPages, type JoinedArticle } from './join-pages';
import { joinPagesEnabled } from './join-setting';

export interface PagesJob {
  cancel(): void;
  /** the joined article once joining has ended, or null when it was cancelled or failed outright */
  done: Promise<JoinedArticle | null>;
}

export interface FollowOptions {
  window: Window & typeof globalThis;
  /** the page's encoding, for later pages that declare none */
  charset?: string | null;
  /** the page itself (its headings tell later pages' repeated header) */
  document?: Document | null;
  onUpdate(a: JoinedArticle): void;
  /** injectable for tests */
  enabled?: () => Promise<boolean>;
}

/** Whether `a` is a whole extracted article with a next page worth following. */
function followable(a: object): a is ExtractedArticle & { url: string } {
  const r = a as Partial<ExtractedArticle> & { url?: unknown };
  return typeof r.nextPage === 'string' && !!r.html && typeof r.text === 'string' && typeof r.url === 'string' && Array.isArray(r.blocks);
}

/** Starts joining `article`'s later pages; null when it has none (nothing is fetched). */
export function followPages(article: object, opts: FollowOptions): PagesJob | null {
  if (!followable(article)) return null;
  const ctl = new AbortController();
  const done = (async () => {
    if (!(await (opts.enabled ?? joinPagesEnabled)()) || ctl.signal.aborted) return null;
    try {
      const { article: joined } = await joinPages(article, {
        window: opts.window,
        signal: ctl.signal,
        charset: opts.charset,
        firstDocument: opts.document,
        onProgress: (a) => {
          if (!ctl.signal.aborted) opts.onUpdate(a);
        },
      });
      return ctl.signal.aborted ? null : joined;
    } catch {
      return null;
    }
  })();
  return { cancel: () => ctl.abort(), done };
}
