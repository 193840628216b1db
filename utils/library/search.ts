/**
 * Filtering the saved list: folded substring match (NFKC + case) over title, site and the
 * stored search text. Texts load lazily on the first keystroke (cold), then stay in memory (warm).
 */
import { foldForSearch } from './fold';
import type { IndexEntry } from './schema';

/**
 * Folded title + site per entry, kept while the entry object lives: until the search texts are
 * in, every keystroke matches on these, and folding 10,000 titles (NFKC) each time costs ~20 ms.
 * An entry's title and site never change in place (a re-save builds a new entry object), so a
 * cached value cannot go stale.
 */
const foldedMeta = new WeakMap<IndexEntry, string>();

export function metaOf(e: IndexEntry): string {
  let m = foldedMeta.get(e);
  if (m === undefined) foldedMeta.set(e, (m = foldForSearch(`${e.title} ${e.siteName ?? ''} ${e.site}`)));
  return m;
}

export interface SearchFilter {
  query: string;
  site: string | null;
}

/** Search text by id: the stored search records, or the library page's whole texts over them. */
export type SearchTexts = Pick<Map<string, string>, 'get'>;

export function filterEntries(entries: IndexEntry[], texts: SearchTexts, f: SearchFilter): IndexEntry[] {
  const q = foldForSearch(f.query);
  const out: IndexEntry[] = [];
  for (const e of entries) {
    if (f.site && e.site !== f.site) continue;
    if (q) {
      const t = texts.get(e.id);
      if (!(t ?? metaOf(e)).includes(q)) continue;
    }
    out.push(e);
  }
  return out;
}

/** Sites with how many articles each, most first (the site filter's options). */
export function siteCounts(entries: IndexEntry[]): [string, number][] {
  const m = new Map<string, number>();
  for (const e of entries) m.set(e.site, (m.get(e.site) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
