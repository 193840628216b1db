/**
 * The library page's whole-text search. A stored search record holds an article's first 1,500
 * characters (SEARCH_TEXT_CAP: the popup's search must stay quick at 10,000 articles), so a word
 * from the middle of a long or multi-page article was not found. On the page's first search this
 * reads the saved records themselves, newest first, a batch per storage get, and keeps their
 * folded texts for the page's life; results grow as batches arrive. Memory is bounded: past
 * FULL_TEXT_BUDGET characters the older articles stay searched by title and opening only, and the
 * page says so. The reading loop itself is scanFullTexts (utils/library/full-text.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../../utils/library/schema';
// a type only: the module itself is imported when the pass starts
import type { ScanProgress } from '../../utils/library/full-text';

export interface FullTextState extends ScanProgress {
  texts: Map<string, string>;
  /** bumped per batch (the list re-filters) */
  version: number;
}

/** Starts the pass once `active` (a query is typed and the whole index is in); null until then. */
export function useFullText(entries: IndexEntry[] | null, active: boolean): FullTextState | null {
  const [state, setState] = useState<FullTextState | null>(null);
  const started = useRef(false);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  useEffect(() => {
    // once: a save or a deletion while the pass runs changes `entries` but must not restart it
    if (!active || started.current || !entries) return;
    started.current = true;
    const list = entries.slice();
    const texts = new Map<string, string>();
    setState({ texts, version: 0, scanned: 0, total: list.length, done: false, capped: false, failed: 0 });
    performance.mark('honbun:full-texts-started');
    void (async () => {
      // loaded here, not at start-up: the popup shares this component and never searches whole texts
      const { scanFullTexts } = await import('../../utils/library/full-text');
      let version = 0;
      await scanFullTexts(list.map((e) => e.id), texts, (p) => setState({ texts, version: ++version, ...p }), { alive: () => alive.current });
      performance.mark('honbun:full-texts-loaded');
    })();
  }, [active, entries]);
  return state;
}
