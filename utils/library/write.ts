/**
 * Write side of the library. Call these ONLY through the background queue (queue.ts): each
 * reads what it needs, then makes exactly one storage.local.set (atomic) — except purge, which
 * also removes keys after the index no longer points at them.
 */
import { browser } from 'wxt/browser';
import { shardOf } from './ids';
import { buildEntry, buildRecord, buildSearch } from './record';
import { errorMessage, storageErrorCode } from './errors';
import {
  LIBRARY_SCHEMA_VERSION,
  SAVE_HARD_LIMIT_CHARS,
  SHARD_COUNT,
  TOMBSTONE_TTL_MS,
  KEY_RECENT,
  RECENT_COUNT,
  articleKey,
  positionKey,
  searchKey,
  shardKey,
  type ArticleRecord,
  type IndexEntry,
  type IndexShard,
  type RecentList,
  type SavePayload,
  type SaveResponse,
} from './schema';
import { ALL_SHARD_KEYS, sortEntries } from './read';
import { deleteArticleImages, isQuotaError, putArticleImages, type StoredImage } from './image-store';
import type { SavedImages } from './image-save';

/** Where photos go; tests pass their own (unit tests have no IndexedDB). */
export interface ImageStore {
  put(id: string, images: StoredImage[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
}

export const indexedDbImages: ImageStore = { put: putArticleImages, remove: deleteArticleImages };

const emptyShard = (): IndexShard => ({ schemaVersion: LIBRARY_SCHEMA_VERSION, entries: {} });

/** Reads one shard and the recent list together (one get). */
async function readShardAndRecent(n: number): Promise<{ shard: IndexShard; recent: RecentList }> {
  const got = await browser.storage.local.get([shardKey(n), KEY_RECENT]);
  const s = got[shardKey(n)] as IndexShard | undefined;
  const r = got[KEY_RECENT] as RecentList | undefined;
  return {
    shard: s?.entries ? s : emptyShard(),
    recent: Array.isArray(r?.entries) ? r : { schemaVersion: LIBRARY_SCHEMA_VERSION, entries: [] },
  };
}

/** Puts one entry's current state into the recent list (or takes it out when deleted). */
export function withRecent(recent: RecentList, e: IndexEntry): RecentList {
  const rest = recent.entries.filter((x) => x.id !== e.id);
  if (e.deletedAt == null) rest.push(e);
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, entries: sortEntries(rest).slice(0, RECENT_COUNT) };
}

function payloadSize(p: SavePayload): number {
  const pages = Array.isArray(p.pages) ? p.pages.reduce((n, pg) => n + (typeof pg?.html === 'string' ? pg.html.length : 0), 0) : 0;
  return (p.html?.length ?? 0) + pages + (p.text?.length ?? 0) + JSON.stringify(p.sources ?? []).length + JSON.stringify(p.quotes ?? []).length;
}

export function validatePayload(p: unknown): string | null {
  if (!p || typeof p !== 'object') return 'no article';
  const o = p as Record<string, unknown>;
  if (typeof o.pageUrl !== 'string') return 'no page URL';
  if (typeof o.html !== 'string' || typeof o.text !== 'string') return 'no article body';
  if (typeof o.title !== 'string') return 'no title';
  return null;
}

/**
 * Stores the article's photos (replacing any it had) and notes in the record which are kept.
 * The browser refusing the space (quota) or failing otherwise never stops the text being saved.
 */
async function storeImages(record: ArticleRecord, saved: SavedImages, store: ImageStore): Promise<{ stored: number; total: number; quota: boolean }> {
  const total = saved.infos.filter((i) => i.reason !== 'tracker').length;
  try {
    await store.put(record.id, saved.images);
    record.images = saved.infos;
    return { stored: saved.images.length, total, quota: false };
  } catch (err) {
    const quota = isQuotaError(err);
    record.images = saved.infos.map((i) => (i.stored ? { url: i.url, stored: false, reason: quota ? 'quota' : 'failed', ...(i.lead ? { lead: true } : {}) } : i));
    return { stored: 0, total, quota };
  }
}

/**
 * Saves (creates or updates) one article: one get of its shard, one set of record + search +
 * shard. With `images`, its photos go to IndexedDB first (same queue task, so two saves of one
 * article never interleave).
 */
export async function applySave(p: SavePayload, now = Date.now(), images?: SavedImages, store: ImageStore = indexedDbImages): Promise<SaveResponse> {
  const invalid = validatePayload(p);
  if (invalid) return { ok: false, code: 'invalid', message: invalid };
  if (payloadSize(p) > SAVE_HARD_LIMIT_CHARS) {
    return { ok: false, code: 'too-large', message: `article is larger than ${SAVE_HARD_LIMIT_CHARS} characters` };
  }
  let record: ArticleRecord;
  try {
    record = buildRecord(p, now);
  } catch (err) {
    return { ok: false, code: 'cannot-run', message: errorMessage(err) };
  }
  const n = shardOf(record.id, SHARD_COUNT);
  let imageSummary: Awaited<ReturnType<typeof storeImages>> | undefined;
  try {
    const { shard, recent } = await readShardAndRecent(n);
    const prev = shard.entries[record.id];
    const live = prev && prev.deletedAt == null ? prev : null;
    if (live) record.savedAt = live.savedAt;
    if (images) {
      // a new article without photos has none to replace: no IndexedDB transaction at all
      if (images.images.length || prev) imageSummary = await storeImages(record, images, store);
      else {
        record.images = images.infos;
        imageSummary = { stored: 0, total: images.infos.filter((i) => i.reason !== 'tracker').length, quota: false };
      }
    }
    const search = buildSearch(record);
    const entry = buildEntry(record, search, live);
    shard.entries[record.id] = entry;
    shard.schemaVersion = LIBRARY_SCHEMA_VERSION;
    await browser.storage.local.set({
      [articleKey(record.id)]: record,
      [searchKey(record.id)]: search,
      [shardKey(n)]: shard,
      [KEY_RECENT]: withRecent(recent, entry),
    });
    return { ok: true, id: record.id, created: !live, capped: record.capped, entry, images: imageSummary, pages: 1 + (record.pages?.length ?? 0) };
  } catch (err) {
    return { ok: false, code: storageErrorCode(err), message: errorMessage(err) };
  }
}

/** Changes one index entry (delete/undo/read): one get + one set of its shard. */
export async function applyEntryChange(id: string, change: (e: IndexEntry) => void): Promise<IndexEntry | null> {
  const n = shardOf(id, SHARD_COUNT);
  const { shard, recent } = await readShardAndRecent(n);
  const e = shard.entries[id];
  if (!e) return null;
  change(e);
  await browser.storage.local.set({ [shardKey(n)]: shard, [KEY_RECENT]: withRecent(recent, e) });
  return e;
}

export const applyDelete = (id: string, now = Date.now()) => applyEntryChange(id, (e) => void (e.deletedAt = now));
export const applyRestore = (id: string) => applyEntryChange(id, (e) => void (e.deletedAt = null));
export const applyMarkRead = (id: string, read: boolean) => applyEntryChange(id, (e) => void (e.read = read));

/**
 * Adds one complete record unless an entry for its id exists (imports never overwrite).
 * Returns 'added' or 'skipped'.
 */
export async function applyAddIfAbsent(record: ArticleRecord, read: boolean, images?: StoredImage[], store: ImageStore = indexedDbImages): Promise<'added' | 'skipped'> {
  const n = shardOf(record.id, SHARD_COUNT);
  const { shard, recent } = await readShardAndRecent(n);
  const prev = shard.entries[record.id];
  if (prev && prev.deletedAt == null) return 'skipped';
  if (images?.length) {
    try {
      await store.put(record.id, images);
    } catch (err) {
      const reason = isQuotaError(err) ? 'quota' : 'failed';
      record.images = (record.images ?? []).map((i) => (i.stored ? { ...i, stored: false, reason } : i));
    }
  }
  const search = buildSearch(record);
  const entry = buildEntry(record, search, { read });
  shard.entries[record.id] = entry;
  await browser.storage.local.set({
    [articleKey(record.id)]: record,
    [searchKey(record.id)]: search,
    [shardKey(n)]: shard,
    [KEY_RECENT]: withRecent(recent, entry),
  });
  return 'added';
}

/**
 * Removes entries deleted longer than the undo window. Index first (one set per shard), then
 * the records: if the worker dies in between, only unreferenced records remain, and the next
 * purge's orphan sweep is not needed for correctness (they are invisible and overwritten on re-save).
 */
export async function purgeTombstones(now = Date.now(), store: ImageStore = indexedDbImages): Promise<number> {
  const got = await browser.storage.local.get(ALL_SHARD_KEYS);
  let purged = 0;
  for (const key of ALL_SHARD_KEYS) {
    const shard = got[key] as IndexShard | undefined;
    if (!shard?.entries) continue;
    const dead = Object.values(shard.entries).filter((e) => e.deletedAt != null && now - e.deletedAt > TOMBSTONE_TTL_MS);
    if (!dead.length) continue;
    for (const e of dead) delete shard.entries[e.id];
    await browser.storage.local.set({ [key]: shard });
    await browser.storage.local.remove(dead.flatMap((e) => [articleKey(e.id), searchKey(e.id), positionKey(e.id)]));
    // deleting an article deletes its photos (issue #13)
    await store.remove(dead.map((e) => e.id)).catch(() => undefined);
    purged += dead.length;
  }
  return purged;
}
