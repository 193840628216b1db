/**
 * Extracts the article of the live page within a budget like the CLI's (issue #12, F2): the page
 * gets a "preparing…" notice once the work has taken 300 ms (at once on a big page, where it
 * surely will), and past 5 s the work stops at the next step with an "article too complex"
 * notice instead of a frozen tab. The steps (flatten, extract) cannot be cut short, so the page
 * is yielded to between them: the notice paints and the budget is checked there.
 *
 * Extraction only: the view paints this, and the source & quote analysis (its own bundle) runs
 * on the extracted blocks after the paint (controller.tsx), as does the sanitizing of the
 * removed blocks' html, which only the list of what was hidden and "put back" need.
 */
import { extractArticle, type ExtractedArticle } from '../../utils/article/extract';
import { deeperThan, flattenedCopy, MAX_DEPTH } from '../../utils/extract/page/bounds';
import type { PageDetector } from '../../utils/reader/view/reader-api';
import type { ReaderArticle } from '../../components/reader/reader-view';

/** What the view opens with: the extracted article (what the analysis reads included), or the failed view. */
export type BuiltArticle = ReaderArticle & Partial<ExtractedArticle> & { url?: string | null };

/** The progress notice shows once the work has taken this long. */
export const WORKING_NOTICE_MS = 300;
/** Past this the clean view gives up (the CLI's limit is 10 s on a machine with no page to run). */
export const BUDGET_MS = 5000;
/** Pages with more elements get the progress notice before the work starts: the pipeline takes
 * roughly 40 ms per thousand elements here (19,000 took 0.8 s), so these would pass 300 ms anyway. */
const BIG_PAGE_ELEMENTS = 8_000;
/** A hidden tab paints no frame: wait this long at most for one. */
const PAINT_WAIT_MS = 100;

export class TooComplex extends Error {
  constructor() {
    super('too-complex');
  }
}

export interface Progress {
  show(): void;
  hide(): void;
}

const pause = () => new Promise<void>((ok) => setTimeout(ok, 0));
/** Resolves once the next frame has been painted (or after PAINT_WAIT_MS in a hidden tab, which paints none). */
export function nextPaint(): Promise<void> {
  return new Promise((ok) => {
    const done = () => setTimeout(ok, 0);
    const t = setTimeout(done, PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(t);
      done();
    });
  });
}

/** Shown when the pipeline throws: the view still opens, with the page title and a notice. */
export function failedArticle(doc: Document): ReaderArticle {
  return {
    isArticle: false,
    title: doc.title || null,
    byline: null,
    siteName: null,
    lang: doc.documentElement.lang || null,
    dir: null,
    publishedTime: null,
    readingMinutes: null,
    truncated: false,
    nextPage: null,
    html: null,
    removed: [],
  };
}

/** The article of `doc`, or TooComplex thrown past the budget. `now` is injectable for tests. */
export async function buildArticle(
  doc: Document,
  win: Window & typeof globalThis,
  detector: PageDetector,
  progress: Progress,
  now: () => number = () => performance.now(),
): Promise<BuiltArticle> {
  const start = now();
  let shown = false;
  let painted = false;
  const show = () => {
    if (shown) return;
    shown = true;
    progress.show();
  };
  const timer = setTimeout(show, WORKING_NOTICE_MS);
  const checkpoint = async () => {
    await pause();
    if (now() - start > BUDGET_MS) throw new TooComplex();
    if (now() - start > WORKING_NOTICE_MS) show();
    if (shown && !painted) {
      await nextPaint();
      painted = true;
    }
  };
  try {
    if (doc.getElementsByTagName('*').length > BIG_PAGE_ELEMENTS) show();
    await checkpoint();
    // Script-built nesting deeper than any parser makes overflows cloneNode and Readability.
    const source = deeperThan(doc, MAX_DEPTH) ? flattenedCopy(doc, MAX_DEPTH) : doc;
    await checkpoint();
    const url = doc.location?.href ?? doc.URL;
    let r: ExtractedArticle;
    try {
      // the per-page script's verdict (its detector runs now if the press came before detection);
      // the removed blocks' html is sanitized after the paint (controller.tsx, removal-html.ts)
      r = extractArticle(source, { url, window: win, detect: detector.known ?? detector.now(), removedHtml: 'later' });
    } catch {
      return { ...failedArticle(doc), url };
    }
    // past the budget by now: the notice, not a view that took this long
    if (now() - start > BUDGET_MS) throw new TooComplex();
    return { ...r, url };
  } finally {
    clearTimeout(timer);
    if (shown) progress.hide();
  }
}
