/**
 * Live view of the saved library for a page: the index (newest first), kept current from
 * storage.onChanged (so a save shows within a second), and the search texts, loaded on the
 * first search (cold) then kept and patched (warm).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadIndex, loadRecent, loadSearchTexts, sortEntries } from '../../utils/library/read';
import { KEY_RECENT, KEY_SEARCH, KEY_SHARD, type IndexEntry, type IndexShard, type RecentList, type SearchRecord } from '../../utils/library/schema';

export interface LibraryState {
  /** null until the first (recent) list is read; then the newest entries, then all of them */
  entries: IndexEntry[] | null;
  /** the full index has been read (counts, empty state and site filter are final) */
  complete: boolean;
  texts: Map<string, string> | null;
  /** bumped when texts change in place (a save while the popup is open) */
  textsVersion: number;
  ensureTexts(): Promise<Map<string, string>>;
}

export function useLibrary(): LibraryState {
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [texts, setTexts] = useState<Map<string, string> | null>(null);
  const [textsVersion, setTextsVersion] = useState(0);
  const byShard = useRef(new Map<string, IndexEntry[]>());
  const textsRef = useRef<Map<string, string> | null>(null);
  const loading = useRef<Promise<Map<string, string>> | null>(null);

  useEffect(() => {
    let alive = true;
    // First paint from the small recent list, then the whole index (a few MB at 10,000).
    let full = false;
    /** ids any shard change mentioned: the bulk read may predate those changes */
    const changedIds = new Set<string>();
    const rebuild = () => {
      if (full) setEntries(sortEntries([...byShard.current.values()].flat()));
    };
    void loadRecent().then((recent) => {
      if (!alive || full || !recent) return;
      setEntries(recent);
    });
    void loadIndex().then((list) => {
      if (!alive) return;
      full = true;
      // changes that arrived meanwhile are already keyed by shard; the bulk list goes under '*'
      byShard.current.set('*', list.filter((e) => !changedIds.has(e.id)));
      rebuild();
      setComplete(true);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      let touched = false;
      for (const [key, ch] of Object.entries(changes)) {
        if (key.startsWith(KEY_SHARD)) {
          const shard = ch.newValue as IndexShard | undefined;
          const fresh = shard?.entries ? Object.values(shard.entries).filter((e) => e.deletedAt == null) : [];
          const old = ch.oldValue as IndexShard | undefined;
          const ids = new Set([...Object.keys(shard?.entries ?? {}), ...Object.keys(old?.entries ?? {})]);
          // drop this shard's ids from wherever they are, then add its live entries
          for (const [k, list] of byShard.current) byShard.current.set(k, list.filter((e) => !ids.has(e.id)));
          for (const id of ids) changedIds.add(id);
          byShard.current.set(key, fresh);
          touched = true;
        } else if (key === KEY_RECENT && !full) {
          // before the full index is in, the recent list is what the popup shows
          const recent = ch.newValue as RecentList | undefined;
          if (recent?.entries) setEntries(recent.entries);
        } else if (key.startsWith(KEY_SEARCH) && textsRef.current) {
          const rec = ch.newValue as SearchRecord | undefined;
          if (rec) textsRef.current.set(rec.id, rec.folded);
          else textsRef.current.delete(key.slice(KEY_SEARCH.length));
          setTextsVersion((v) => v + 1);
        }
      }
      if (touched) rebuild();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const ensureTexts = () => {
    if (textsRef.current) return Promise.resolve(textsRef.current);
    loading.current ??= loadIndex().then(async (list) => {
      const m = await loadSearchTexts(list.map((e) => e.id));
      textsRef.current = m;
      setTexts(m);
      performance.mark('honbun:search-texts-loaded');
      return m;
    });
    return loading.current;
  };

  return { entries, complete, texts, textsVersion, ensureTexts };
}
