/**
 * Read side of the library (any context may read; only the background queue writes).
 */
import { browser } from 'wxt/browser';
import { shardOf } from './ids';
import {
  KEY_RECENT,
  SHARD_COUNT,
  articleKey,
  positionKey,
  searchKey,
  shardKey,
  type ArticleRecord,
  type IndexEntry,
  type IndexShard,
  type RecentList,
  type SearchRecord,
} from './schema';

export const ALL_SHARD_KEYS = Array.from({ length: SHARD_COUNT }, (_, i) => shardKey(i));

/** Every live (not deleted) entry, newest first. Reads only the small index shards. */
export async function loadIndex(opts: { includeDeleted?: boolean } = {}): Promise<IndexEntry[]> {
  const got = await browser.storage.local.get(ALL_SHARD_KEYS);
  const out: IndexEntry[] = [];
  for (const key of ALL_SHARD_KEYS) {
    const shard = got[key] as IndexShard | undefined;
    if (!shard?.entries) continue;
    for (const e of Object.values(shard.entries)) if (opts.includeDeleted || e.deletedAt == null) out.push(e);
  }
  return sortEntries(out);
}

/** The newest entries only (one small key): enough for a first paint. */
export async function loadRecent(): Promise<IndexEntry[] | null> {
  const got = await browser.storage.local.get(KEY_RECENT);
  const r = got[KEY_RECENT] as RecentList | undefined;
  return Array.isArray(r?.entries) ? r.entries : null;
}

export function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  return entries.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
}

/** One index entry (deleted ones included), or null. */
export async function loadEntry(id: string): Promise<IndexEntry | null> {
  const k = shardKey(shardOf(id, SHARD_COUNT));
  const shard = (await browser.storage.local.get(k))[k] as IndexShard | undefined;
  return shard?.entries?.[id] ?? null;
}

export async function loadArticle(id: string): Promise<ArticleRecord | null> {
  const k = articleKey(id);
  const got = await browser.storage.local.get(k);
  return (got[k] as ArticleRecord | undefined) ?? null;
}

/** Folded search texts by id (one get for all ids). */
export async function loadSearchTexts(ids: string[]): Promise<Map<string, string>> {
  const keys = ids.map(searchKey);
  const got = keys.length ? await browser.storage.local.get(keys) : {};
  const out = new Map<string, string>();
  for (const id of ids) {
    const r = got[searchKey(id)] as SearchRecord | undefined;
    if (r) out.set(id, r.folded);
  }
  return out;
}

/** Excerpts by id, from the search records (one get); ids without one are left out. */
export async function loadExcerpts(ids: string[]): Promise<Map<string, string>> {
  const got = ids.length ? await browser.storage.local.get(ids.map(searchKey)) : {};
  const out = new Map<string, string>();
  for (const id of ids) {
    const r = got[searchKey(id)] as SearchRecord | undefined;
    if (typeof r?.excerpt === 'string') out.set(id, r.excerpt);
  }
  return out;
}

/**
 * Saved articles with their reading positions, read in batches (an export of 10,000 articles
 * must not be one storage get of hundreds of MB). Entries whose record is gone are skipped.
 */
export async function loadArticlesWithPositions(
  entries: IndexEntry[],
  batch = 200,
): Promise<{ record: ArticleRecord; position: number; entry: IndexEntry }[]> {
  const out: { record: ArticleRecord; position: number; entry: IndexEntry }[] = [];
  for (let i = 0; i < entries.length; i += batch) {
    const slice = entries.slice(i, i + batch);
    const got = await browser.storage.local.get(slice.flatMap((e) => [articleKey(e.id), positionKey(e.id)]));
    for (const entry of slice) {
      const record = got[articleKey(entry.id)] as ArticleRecord | undefined;
      const pos = got[positionKey(entry.id)];
      if (record) out.push({ record, entry, position: typeof pos === 'number' ? pos : 0 });
    }
  }
  return out;
}

/** Bytes the whole extension's local storage uses, or null where the API is missing (Firefox). */
export async function bytesInUse(): Promise<number | null> {
  const area = browser.storage.local as { getBytesInUse?: (keys?: null) => Promise<number> };
  if (typeof area.getBytesInUse !== 'function') return null;
  try {
    return await area.getBytesInUse(null);
  } catch {
    return null;
  }
}
