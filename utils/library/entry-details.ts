/**
 * Publication times and excerpts for articles saved before the library kept them (issue #14):
 * the background reads their records and fills in the index entry's `publishedAt` and the
 * search record's `excerpt`, one shard per queue task so that saves and deletes go in between,
 * once per profile (a marker item says it is done). Until then the library page shows such an
 * article without an excerpt and sorts it as one without a publication date.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { ALL_SHARD_KEYS } from './read';
import { excerptOf, publishedAtOf } from './excerpt';
import { KEY_RECENT, articleKey, searchKey, type ArticleRecord, type IndexEntry, type IndexShard, type RecentList, type SearchRecord } from './schema';

export const detailsFilled = storage.defineItem<boolean>('local:lib.details', { fallback: false });

/** Entries written before issue #14 have no publishedAt key at all (null means "none"). */
const lacksDetails = (e: IndexEntry) => e.publishedAt === undefined;

/** Fills one shard's entries that lack details (one get of their records, one set). Returns how many. */
export async function fillShardDetails(key: string): Promise<number> {
  const got = await browser.storage.local.get([key, KEY_RECENT]);
  const shard = got[key] as IndexShard | undefined;
  if (!shard?.entries) return 0;
  const ids = Object.values(shard.entries).filter(lacksDetails).map((e) => e.id);
  if (!ids.length) return 0;
  const stored = await browser.storage.local.get(ids.flatMap((id) => [articleKey(id), searchKey(id)]));
  const out: Record<string, unknown> = { [key]: shard };
  for (const id of ids) {
    const r = stored[articleKey(id)] as Partial<ArticleRecord> | undefined;
    shard.entries[id].publishedAt = publishedAtOf(r?.publishedTime);
    const search = stored[searchKey(id)] as SearchRecord | undefined;
    if (search && typeof r?.text === 'string') out[searchKey(id)] = { ...search, excerpt: excerptOf(r.text, typeof r.lang === 'string' ? r.lang : null) };
  }
  const recent = got[KEY_RECENT] as RecentList | undefined;
  if (recent?.entries?.some((e) => ids.includes(e.id))) out[KEY_RECENT] = { ...recent, entries: recent.entries.map((e) => shard.entries[e.id] ?? e) };
  await browser.storage.local.set(out);
  return ids.length;
}

/** Queues the fill of every shard that needs it, then the marker. Resolves when all ran. */
export async function backfillEntryDetails(enqueue: <T>(task: () => Promise<T>) => Promise<T>): Promise<number> {
  if (await detailsFilled.getValue()) return 0;
  const got = await browser.storage.local.get(ALL_SHARD_KEYS);
  const stale = ALL_SHARD_KEYS.filter((k) => Object.values((got[k] as IndexShard | undefined)?.entries ?? {}).some(lacksDetails));
  const filled = await Promise.all(stale.map((k) => enqueue(() => fillShardDetails(k))));
  await enqueue(() => detailsFilled.setValue(true));
  return filled.reduce((a, b) => a + b, 0);
}
