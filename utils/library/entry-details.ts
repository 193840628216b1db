/**
 * Excerpts and publication times for entries saved before the index kept them (issue #14): the
 * background reads their records and fills them in, one shard per queue task so that saves and
 * deletes go in between, once per profile (a marker item says it is done). Until then the
 * library page shows such an entry without an excerpt and sorts it as "no publication date".
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { ALL_SHARD_KEYS } from './read';
import { excerptOf, publishedAtOf } from './excerpt';
import { KEY_RECENT, articleKey, type ArticleRecord, type IndexEntry, type IndexShard, type RecentList } from './schema';

export const detailsFilled = storage.defineItem<boolean>('local:lib.details', { fallback: false });

const lacksDetails = (e: IndexEntry) => e.excerpt === undefined;

/** Fills one shard's entries that lack details (one get of their records, one set). Returns how many. */
export async function fillShardDetails(key: string): Promise<number> {
  const got = await browser.storage.local.get([key, KEY_RECENT]);
  const shard = got[key] as IndexShard | undefined;
  if (!shard?.entries) return 0;
  const ids = Object.values(shard.entries).filter(lacksDetails).map((e) => e.id);
  if (!ids.length) return 0;
  const records = await browser.storage.local.get(ids.map(articleKey));
  for (const id of ids) {
    const r = records[articleKey(id)] as Partial<ArticleRecord> | undefined;
    const e = shard.entries[id];
    e.excerpt = typeof r?.text === 'string' ? excerptOf(r.text, typeof r.lang === 'string' ? r.lang : null) : '';
    e.publishedAt = publishedAtOf(r?.publishedTime);
  }
  const out: Record<string, unknown> = { [key]: shard };
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
