/**
 * Live view of the saved library for a page: the newest entries first (one small key), the
 * whole index only after that first paint, kept current from storage.onChanged (so a save shows
 * within a second), and the search texts, streamed in chunks on the first search (cold) then
 * kept and patched (warm).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadIndex, loadRecent, loadSearchTexts, sortEntries } from '../../utils/library/read';
import { metaOf } from '../../utils/library/search';
import type { IndexEntry } from '../../utils/library/schema';
import { watchLibrary } from '../../utils/library/watch';

/**
 * Search texts per storage get. One get of all 10,000 (~15 MB) holds the page for seconds and
 * shows nothing until the end; 1,000 (~1.5 MB, ~150 ms here) lets body-text matches stream in
 * while keeping each response's parse short enough not to stall typing.
 */
const TEXT_CHUNK = 1_000;

export interface LibraryState {
  /** null until the first (recent) list is read; then the newest entries, then all of them */
  entries: IndexEntry[] | null;
  /** the full index has been read (counts, empty state and site filter are final) */
  complete: boolean;
  /** search texts read so far (they stream in; entries without one match on title/site) */
  texts: Map<string, string> | null;
  /** bumped when texts change in place (a chunk arrived, or a save while the page is open) */
  textsVersion: number;
  ensureTexts(): Promise<Map<string, string>>;
}

/** Runs `f` after the next frame has painted (rAF fires before paint; the timeout after it). */
function afterPaint(f: () => void) {
  requestAnimationFrame(() => setTimeout(f, 0));
}

/** After the first paint, once the page is idle (the list's paint mark and input come first). */
function whenIdle(f: () => void) {
  afterPaint(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 100 }) : setTimeout(f, 0)));
}

/** Entries whose folded title/site one idle slice prepares when requestIdleCallback is missing. */
const WARM_SLICE = 500;

/**
 * Folds every entry's title and site in idle time once the index is in, so the first keystroke
 * only runs substring checks (folding 10,000 titles at that keystroke costs tens of ms).
 */
function warmSearch(list: IndexEntry[], from = 0) {
  if (from >= list.length) return;
  if (typeof requestIdleCallback !== 'function') {
    for (let i = from; i < Math.min(list.length, from + WARM_SLICE); i++) metaOf(list[i]);
    return void setTimeout(() => warmSearch(list, from + WARM_SLICE), 0);
  }
  requestIdleCallback((deadline) => {
    let i = from;
    // at least a few per slice, so a page that is never quite idle still gets there
    do metaOf(list[i++]);
    while (i < list.length && (i - from < 50 || deadline.timeRemaining() > 1));
    warmSearch(list, i);
  });
}

let recentPrefetch: Promise<IndexEntry[] | null> | null = null;

/**
 * Starts reading lib:recent before the first render: Preact runs effects only after a frame has
 * painted, so a read started in useLibrary's effect would wait one empty frame. Call it first
 * thing in a page's entry module; useLibrary takes the read over (once).
 */
export function prefetchRecent(): void {
  recentPrefetch ??= loadRecent().catch(() => null);
}

function takeRecent(): Promise<IndexEntry[] | null> {
  const p = recentPrefetch ?? loadRecent().catch(() => null);
  recentPrefetch = null;
  return p;
}

export function useLibrary(): LibraryState {
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [texts, setTexts] = useState<Map<string, string> | null>(null);
  const [textsVersion, setTextsVersion] = useState(0);
  const byShard = useRef(new Map<string, IndexEntry[]>());
  const textsRef = useRef<Map<string, string> | null>(null);
  /** ids whose search text onChanged delivered: an older chunk read must not overwrite them */
  const patchedTexts = useRef(new Set<string>());
  const loading = useRef<Promise<Map<string, string>> | null>(null);
  /** the full index read, started after the first paint (or by the first search, if sooner) */
  const indexLoad = useRef<(() => Promise<IndexEntry[]>) | null>(null);

  useEffect(() => {
    let alive = true;
    let full = false;
    /** ids any shard change mentioned: the bulk read may predate those changes */
    const changedIds = new Set<string>();
    const rebuild = () => {
      if (full) setEntries(sortEntries([...byShard.current.values()].flat()));
    };
    let started: Promise<IndexEntry[]> | null = null;
    const startIndex = () =>
      (started ??= loadIndex().then((list) => {
        if (alive) {
          full = true;
          // changes that arrived meanwhile are already keyed by shard; the bulk list goes under '*'
          byShard.current.set('*', list.filter((e) => !changedIds.has(e.id)));
          rebuild();
          setComplete(true);
          performance.mark('honbun:index-loaded');
          warmSearch(list);
        }
        return list;
      }));
    indexLoad.current = startIndex;
    // First paint from the small recent list; the whole index (a few MB at 10,000) is read only
    // once that frame is on screen, so its parse never delays the list.
    void takeRecent().then((recent) => {
      performance.mark('honbun:recent-read');
      if (!alive) return;
      if (!recent || full) return void startIndex();
      setEntries(recent);
      whenIdle(() => void startIndex());
    });
    const unwatch = watchLibrary((c) => {
      for (const { shard, ids, live } of c.shards) {
        // drop this shard's ids from wherever they are, then add its live entries
        for (const [k, list] of byShard.current) byShard.current.set(k, list.filter((e) => !ids.has(e.id)));
        for (const id of ids) changedIds.add(id);
        byShard.current.set(shard, live);
      }
      // before the full index is in, the recent list is what the popup shows
      if (c.recent && !full) setEntries(c.recent);
      const texts = textsRef.current;
      if (texts && c.texts.length) {
        for (const { id, folded } of c.texts) {
          patchedTexts.current.add(id);
          if (folded != null) texts.set(id, folded);
          else texts.delete(id);
        }
        setTextsVersion((v) => v + 1);
      }
      if (c.shards.length) rebuild();
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const ensureTexts = () => {
    if (loading.current) return loading.current;
    const m = new Map<string, string>();
    textsRef.current = m;
    setTexts(m);
    loading.current = (async () => {
      // the keystroke's title/site matches paint first; the reads and their parses come after
      await new Promise<void>((ok) => afterPaint(ok));
      const list = await (indexLoad.current?.() ?? loadIndex());
      for (let i = 0; i < list.length; i += TEXT_CHUNK) {
        const got = await loadSearchTexts(list.slice(i, i + TEXT_CHUNK).map((e) => e.id));
        for (const [id, folded] of got) if (!patchedTexts.current.has(id)) m.set(id, folded);
        setTextsVersion((v) => v + 1);
      }
      performance.mark('honbun:search-texts-loaded');
      return m;
    })();
    return loading.current;
  };

  return { entries, complete, texts, textsVersion, ensureTexts };
}
