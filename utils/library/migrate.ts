/**
 * Record migrations, run by the background queue at start-up before any other write.
 * Idempotent and resumable: each step looks at what is stored (schemaVersion on every record
 * and shard) and converts only what is older, one article per set; the shard is rewritten last,
 * rebuilt from the (already migrated) records, so an interrupted run simply continues next time.
 */
import { browser } from 'wxt/browser';
import { buildSearch } from './record';
import {
  LIBRARY_SCHEMA_VERSION,
  articleKey,
  searchKey,
  type ArticleRecord,
  type ArticleRecordV1,
  type IndexEntry,
  type IndexShard,
  type IndexShardV1,
} from './schema';
import { ALL_SHARD_KEYS, loadIndex } from './read';
import { EXTRACTOR_VERSION, KEY_RECENT, RECENT_COUNT, type RecentList } from './schema';

/** v1 → v2: add the fields v1 lacked; the search text moves to its own key (built by the caller). */
export function migrateRecordV1(r: ArticleRecordV1): ArticleRecord {
  return {
    schemaVersion: 2,
    id: r.id,
    url: r.url,
    pageUrl: r.url,
    title: r.title,
    byline: r.byline,
    siteName: r.siteName,
    site: r.site,
    lang: r.lang,
    dir: null,
    publishedTime: r.publishedTime,
    modifiedTime: null,
    readingMinutes: r.readingMinutes,
    truncated: false,
    nextPage: null,
    html: r.html,
    text: r.text,
    sources: r.sources ?? [],
    quotes: r.quotes ?? [],
    anonymousSources: 0,
    isArticle: r.isArticle,
    bestEffort: !r.isArticle,
    capped: false,
    savedAt: r.savedAt,
    updatedAt: r.savedAt,
    extractorVersion: `${EXTRACTOR_VERSION} (migrated from v1)`,
  };
}

type AnyRecord = ArticleRecord | ArticleRecordV1;

export function migrateRecord(r: AnyRecord): ArticleRecord {
  return r.schemaVersion === 1 ? migrateRecordV1(r) : r;
}

/** lib:recent is derived from the shards; (re)build it when absent (first start, older layouts). */
async function rebuildRecentIfMissing(): Promise<void> {
  const got = await browser.storage.local.get(KEY_RECENT);
  if (got[KEY_RECENT]) return;
  const all = await loadIndex();
  if (!all.length) return;
  const recent: RecentList = { schemaVersion: 2, entries: all.slice(0, RECENT_COUNT) };
  await browser.storage.local.set({ [KEY_RECENT]: recent });
}

/** Brings every shard and record up to LIBRARY_SCHEMA_VERSION. Returns how many records changed. */
export async function migrateLibrary(): Promise<number> {
  const shards = await browser.storage.local.get(ALL_SHARD_KEYS);
  let changed = 0;
  for (const key of ALL_SHARD_KEYS) {
    const shard = shards[key] as IndexShard | IndexShardV1 | undefined;
    if (!shard?.entries || shard.schemaVersion === LIBRARY_SCHEMA_VERSION) continue;
    const ids = Object.keys(shard.entries);
    const got = await browser.storage.local.get(ids.map(articleKey));
    const next: IndexShard = { schemaVersion: 2, entries: {} };
    for (const id of ids) {
      const old = shard.entries[id] as Partial<IndexEntry> & { read: boolean };
      const stored = got[articleKey(id)] as AnyRecord | undefined;
      if (!stored) continue; // index pointed at nothing: drop the dangling entry
      const rec = migrateRecord(stored);
      const search = buildSearch(rec);
      if (stored.schemaVersion !== LIBRARY_SCHEMA_VERSION) {
        await browser.storage.local.set({ [articleKey(id)]: rec, [searchKey(id)]: search });
        changed++;
      }
      next.entries[id] = {
        id,
        url: rec.url,
        title: rec.title,
        site: rec.site,
        siteName: rec.siteName,
        lang: rec.lang,
        savedAt: rec.savedAt,
        updatedAt: rec.updatedAt,
        readingMinutes: rec.readingMinutes,
        isArticle: rec.isArticle,
        bestEffort: rec.bestEffort,
        capped: rec.capped,
        read: !!old.read,
        deletedAt: old.deletedAt ?? null,
        size: rec.html.length + rec.text.length + search.folded.length,
      };
    }
    await browser.storage.local.set({ [key]: next });
  }
  await rebuildRecentIfMissing();
  return changed;
}
