/**
 * Live changes to the saved library, decoded from storage.onChanged: pages that show the list
 * (popup, library page) learn what changed without knowing the storage layout.
 */
import { browser } from 'wxt/browser';
import { KEY_RECENT, KEY_SEARCH, KEY_SHARD, type IndexEntry, type IndexShard, type RecentList, type SearchRecord } from './schema';

export interface LibraryChanges {
  /** index shards that changed: every id the shard held before or after, and its live entries now */
  shards: { shard: string; ids: Set<string>; live: IndexEntry[] }[];
  /** the new recent list, when it changed */
  recent: IndexEntry[] | null;
  /** search texts that changed: the new folded text, or null when removed */
  texts: { id: string; folded: string | null }[];
}

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

export function decodeLibraryChanges(changes: StorageChanges): LibraryChanges {
  const out: LibraryChanges = { shards: [], recent: null, texts: [] };
  for (const [key, ch] of Object.entries(changes)) {
    if (key.startsWith(KEY_SHARD)) {
      const shard = ch.newValue as IndexShard | undefined;
      const old = ch.oldValue as IndexShard | undefined;
      const live = shard?.entries ? Object.values(shard.entries).filter((e) => e.deletedAt == null) : [];
      const ids = new Set([...Object.keys(shard?.entries ?? {}), ...Object.keys(old?.entries ?? {})]);
      out.shards.push({ shard: key, ids, live });
    } else if (key === KEY_RECENT) {
      const recent = ch.newValue as RecentList | undefined;
      if (recent?.entries) out.recent = recent.entries;
    } else if (key.startsWith(KEY_SEARCH)) {
      const rec = ch.newValue as SearchRecord | undefined;
      out.texts.push({ id: key.slice(KEY_SEARCH.length), folded: rec ? rec.folded : null });
    }
  }
  return out;
}

/** Calls `onChange` for every change to the library in local storage; returns the unsubscribe. */
export function watchLibrary(onChange: (changes: LibraryChanges) => void): () => void {
  const listener = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    const c = decodeLibraryChanges(changes);
    if (c.shards.length || c.recent || c.texts.length) onChange(c);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
