/**
 * The library's DOM work, done where a DOM exists but the page is not: Chrome's offscreen
 * document (reason DOM_PARSER), Firefox's background page, jsdom in tests. The background (the
 * only writer) asks for it through dom-host.ts:
 *  - extract: a tab's HTML and URL → the article to save, later pages joined (issue #13);
 *  - prepare: a payload from a client (the clean view) → the same payload with every HTML
 *    string sanitized here, at the writer's side, not only at render (issue #12 "Also");
 *  - sanitize-records: imported records → their HTML sanitized again.
 * Each answer also lists the photos Save may store (image-candidates.ts).
 */
import { sanitizeArticleHtml } from '../sanitize/sanitize';
import { parseSnapshot } from './snapshot';
import { extractForSaveJoined } from './extract-for-save';
import { collectImages, type ImageCandidate } from './image-candidates';
import type { ArticleRecord, SavePayload } from './schema';
import type { DomRequest } from './messages';
import { removals } from './validate';

export type { DomRequest } from './messages';

export interface PreparedSave {
  payload: SavePayload;
  images: ImageCandidate[];
  trackers: string[];
}

export type DomResult =
  | { ok: true; save: PreparedSave }
  | { ok: true; records: ArticleRecord[] }
  | { ok: false; error: string };

type Win = Window & typeof globalThis;

/** Every HTML string of a payload through the sanitizer, each against its own page's URL. */
export function sanitizePayload(p: SavePayload, win: Win): SavePayload {
  const html = sanitizeArticleHtml(String(p.html ?? ''), { window: win, baseUrl: p.pageUrl });
  const pages = (Array.isArray(p.pages) ? p.pages : [])
    .filter((pg) => pg && typeof pg.url === 'string' && typeof pg.html === 'string')
    .map((pg) => ({ url: pg.url, html: sanitizeArticleHtml(pg.html, { window: win, baseUrl: pg.url }) }));
  return { ...p, html, pages, removed: removals(p.removed) };
}

export function prepareSave(p: SavePayload, win: Win): PreparedSave {
  const payload = sanitizePayload(p, win);
  const { candidates, trackers } = collectImages([payload.html, ...(payload.pages ?? []).map((pg) => pg.html)], payload.leadImage ?? null, win);
  return { payload, images: candidates, trackers };
}

export async function runDomWork(req: DomRequest, win: Win): Promise<DomResult> {
  try {
    switch (req.op) {
      case 'extract': {
        const doc = parseSnapshot({ url: req.url, html: req.html, contentType: req.contentType ?? 'text/html' }, win);
        const payload = await extractForSaveJoined(doc, win, req.url, { join: req.join, charset: req.charset });
        return { ok: true, save: prepareSave(payload, win) };
      }
      case 'prepare':
        return { ok: true, save: prepareSave(req.payload, win) };
      case 'sanitize-records':
        return {
          ok: true,
          records: req.records.map((r) => ({
            ...r,
            html: sanitizeArticleHtml(r.html, { window: win, baseUrl: r.url }),
            ...(r.pages ? { pages: r.pages.map((pg) => ({ url: pg.url, html: sanitizeArticleHtml(pg.html, { window: win, baseUrl: pg.url }) })) } : {}),
          })),
        };
      default:
        return { ok: false, error: 'unknown request' };
    }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
