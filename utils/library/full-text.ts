/**
 * The library page's whole-text search reads (components/library/use-full-text.ts). Its own
 * module, loaded on the page's first search: the popup never needs the record builder it uses.
 */
import { browser } from 'wxt/browser';
import { foldedFullText } from './record';
import { articleKey, type ArticleRecord } from './schema';

/** Records per storage get: each carries its HTML (tens of kB), so a get stays around a megabyte. */
export const FULL_TEXT_BATCH = 40;
/** Folded characters kept in memory (two bytes each): about 40 MB, some 3,000 long articles. */
export const FULL_TEXT_BUDGET = 20_000_000;

/**
 * Whole-text search strings by id (one get): the records themselves, folded as the search records
 * are but without their cap. Records carry their HTML too, so callers read a few dozen at a time.
 */
export async function loadFullTexts(ids: string[]): Promise<Map<string, string>> {
  const got = ids.length ? await browser.storage.local.get(ids.map(articleKey)) : {};
  const out = new Map<string, string>();
  for (const id of ids) {
    const r = got[articleKey(id)] as ArticleRecord | undefined;
    if (r && typeof r.text === 'string' && typeof r.title === 'string') out.set(id, foldedFullText(r));
  }
  return out;
}

export interface ScanProgress {
  /** articles read so far, in the order given (newest first on the library page) */
  scanned: number;
  total: number;
  done: boolean;
  /** the budget ran out: the articles after `scanned` stay matched on their stored opening only */
  capped: boolean;
  /** articles whose read failed twice: they stay matched on their stored opening */
  failed: number;
}

export interface ScanOptions {
  load?: (ids: string[]) => Promise<Map<string, string>>;
  batch?: number;
  budget?: number;
  /** false stops the pass (the page went away) */
  alive?: () => boolean;
}

/**
 * Reads the whole texts of `ids` into `texts`, a batch per read, reporting after each batch.
 * A failed read is tried once more, then its articles are skipped (counted in `failed`), so one
 * bad read never ends the search of the rest. Stops past `budget` characters.
 */
export async function scanFullTexts(
  ids: string[],
  texts: Map<string, string>,
  onProgress: (p: ScanProgress) => void,
  { load = loadFullTexts, batch = FULL_TEXT_BATCH, budget = FULL_TEXT_BUDGET, alive = () => true }: ScanOptions = {},
): Promise<ScanProgress> {
  let chars = 0;
  let failed = 0;
  let progress: ScanProgress = { scanned: 0, total: ids.length, done: ids.length === 0, capped: false, failed: 0 };
  for (let i = 0; i < ids.length && alive(); i += batch) {
    const slice = ids.slice(i, i + batch);
    const got = await load(slice).catch(() => load(slice)).catch(() => {
      failed += slice.length;
      return new Map<string, string>();
    });
    for (const [id, text] of got) {
      texts.set(id, text);
      chars += text.length;
    }
    const scanned = Math.min(ids.length, i + batch);
    const capped = chars > budget && scanned < ids.length;
    progress = { scanned, total: ids.length, done: capped || scanned === ids.length, capped, failed };
    if (alive()) onProgress(progress);
    if (capped) break;
  }
  return progress;
}
