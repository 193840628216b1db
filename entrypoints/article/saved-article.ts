/**
 * A stored record as the clean view renders it (issue #13): every page sanitized again, the
 * removal summary as it was when saved, links only when they are http(s); and the step that
 * points its photos at their stored copies. Kept apart from main.tsx (which renders on load) so
 * it is tested under jsdom.
 */
import type { ReaderArticle } from '../../components/reader/reader-view';
import { sanitizeArticleHtml } from '../../utils/sanitize/sanitize';
import { imageUrlOf } from '../../utils/library/image-candidates';
import { httpUrl } from '../../utils/library/validate';
import type { ArticleRecord } from '../../utils/library/schema';

const win = () => window as Window & typeof globalThis;

function sanitize(html: string, baseUrl: string): string | null {
  try {
    return sanitizeArticleHtml(html, { window: win(), baseUrl });
  } catch {
    return null; // fail closed: the sanitizer cannot run here, show no body rather than unsafe HTML
  }
}

export function toReaderArticle(r: ArticleRecord): ReaderArticle {
  return {
    isArticle: r.isArticle || !r.bestEffort,
    title: r.title,
    byline: r.byline,
    siteName: r.siteName ?? r.site,
    lang: r.lang,
    dir: r.dir,
    publishedTime: r.publishedTime,
    readingMinutes: r.readingMinutes,
    truncated: r.truncated || r.capped,
    // a stored value never becomes a javascript: link on an extension page (issue #12 F3)
    nextPage: httpUrl(r.nextPage),
    html: sanitize(r.html, r.url),
    pages: (r.pages ?? []).flatMap((p) => {
      const html = sanitize(p.html, p.url);
      return html == null || !httpUrl(p.url) ? [] : [{ url: p.url, html }];
    }),
    joinNote: r.joinNote ? { joined: r.joinNote.joined, loading: false, failed: r.joinNote.failed } : null,
    removed: (r.removed ?? []).map((x) => ({ category: x.category, rule: x.rule, text: x.text })),
    sources: r.sources,
    quotes: r.quotes,
    anonymousSources: r.anonymousSources,
    publisher: r.publisher ?? null,
    url: httpUrl(r.url),
  };
}

/**
 * Points each <img> at its stored copy (a blob: URL) while the body is still inert, or replaces
 * it with a visible "photo not saved" placeholder: the remote original is never requested. An
 * image Save found to be a tracking pixel (`trackers`) simply goes: it was never a photo.
 */
export function storedPhotos(urls: Map<string, string>, label: (alt: string) => string, trackers: ReadonlySet<string> = new Set()): (body: HTMLElement) => void {
  return (body) => {
    for (const img of Array.from(body.querySelectorAll('img'))) {
      const key = imageUrlOf(img);
      const local = key ? urls.get(key) : undefined;
      const box: Element = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
      if (key && trackers.has(key)) {
        box.remove();
        continue;
      }
      if (local) {
        for (const s of Array.from(box === img ? [] : box.querySelectorAll('source'))) s.remove();
        img.removeAttribute('srcset');
        img.removeAttribute('sizes');
        img.setAttribute('src', local);
        continue;
      }
      const note = img.ownerDocument.createElement('span');
      note.className = 'hb-photo-missing';
      note.setAttribute('role', 'img');
      note.textContent = label((img.getAttribute('alt') ?? '').trim());
      note.setAttribute('aria-label', note.textContent);
      box.replaceWith(note);
    }
  };
}

/** The URLs Save judged to be tracking pixels. */
export function trackersOf(r: ArticleRecord): Set<string> {
  return new Set((r.images ?? []).filter((i) => i.reason === 'tracker').map((i) => i.url));
}
