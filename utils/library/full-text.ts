/**
 * The library page's whole-text search reads (components/library/use-full-text.ts). Its own
 * module, loaded on the page's first search: the popup never needs the record builder it uses.
 */
import { browser } from 'wxt/browser';
import { foldedFullText } from './record';
import { articleKey, type ArticleRecord } from './schema';

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
