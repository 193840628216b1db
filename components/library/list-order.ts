/**
 * The library page's view of the list (issue #14): sorted by the date saved or the date
 * published, and narrowed to read or unread articles. Pure functions over index entries; the
 * search and site filter (utils/library/search.ts) keep the order they are given.
 */
import type { IndexEntry } from '../../utils/library/schema';

export type SortKey = 'saved' | 'published';
export type ReadFilter = 'all' | 'unread' | 'read';

export const SORT_KEYS: readonly SortKey[] = ['saved', 'published'];
export const READ_FILTERS: readonly ReadFilter[] = ['all', 'unread', 'read'];

const publishedOf = (e: IndexEntry) => (typeof e.publishedAt === 'number' && Number.isFinite(e.publishedAt) ? e.publishedAt : null);
const savedOf = (e: IndexEntry) => (Number.isFinite(e.savedAt) ? e.savedAt : -Infinity);

/**
 * Newest first. By date published, articles without one (or saved before the index kept it)
 * come after every dated one, newest saved first. Returns the input itself for 'saved' (the
 * index is already in that order) so that memoised filters downstream keep their cache.
 */
export function sortEntriesBy(entries: IndexEntry[], key: SortKey): IndexEntry[] {
  if (key === 'saved') return entries;
  return [...entries].sort((a, b) => {
    const pa = publishedOf(a);
    const pb = publishedOf(b);
    if (pa != null && pb != null && pa !== pb) return pb - pa;
    if ((pa == null) !== (pb == null)) return pa == null ? 1 : -1;
    return savedOf(b) - savedOf(a) || (a.id < b.id ? -1 : 1);
  });
}

export function byReadState(entries: IndexEntry[], filter: ReadFilter): IndexEntry[] {
  if (filter === 'all') return entries;
  const read = filter === 'read';
  return entries.filter((e) => !!e.read === read);
}

/** How many entries are unread and read (the filter's counts). */
export function readCounts(entries: IndexEntry[]): Record<ReadFilter, number> {
  let read = 0;
  for (const e of entries) if (e.read) read++;
  return { all: entries.length, read, unread: entries.length - read };
}
