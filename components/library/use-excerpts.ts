/**
 * The excerpts of the rows a list shows (the library page, issue #14). They live in each
 * article's search record, not in the index every list reads whole, so they are read here for
 * the shown rows only: the first screenful at once, the rest of the page in larger gets. A
 * re-saved article (a new updatedAt) has its excerpt read again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadExcerpts } from '../../utils/library/read';
import type { IndexEntry } from '../../utils/library/schema';

/** Rows in the first read (a screenful and a bit), then per read after it. */
const FIRST_READ = 40;
const NEXT_READS = 100;

export function useExcerpts(rows: IndexEntry[], enabled: boolean): (id: string) => string | undefined {
  const [, setVersion] = useState(0);
  const cache = useRef(new Map<string, { updatedAt: number; text: string }>());
  const reading = useRef(new Set<string>());

  useEffect(() => {
    if (!enabled) return;
    const need = rows.filter((e) => cache.current.get(e.id)?.updatedAt !== e.updatedAt && !reading.current.has(e.id));
    if (!need.length) return;
    let alive = true;
    void (async () => {
      let size = FIRST_READ;
      for (let i = 0; i < need.length && alive; i += size, size = NEXT_READS) {
        const slice = need.slice(i, i + size);
        for (const e of slice) reading.current.add(e.id);
        try {
          const got = await loadExcerpts(slice.map((e) => e.id));
          for (const e of slice) cache.current.set(e.id, { updatedAt: e.updatedAt, text: got.get(e.id) ?? '' });
        } catch {
          // storage unreadable: the rows simply show no excerpt
        } finally {
          for (const e of slice) reading.current.delete(e.id);
        }
        if (alive) setVersion((v) => v + 1);
      }
    })();
    return () => {
      alive = false;
    };
  }, [rows, enabled]);

  return (id) => cache.current.get(id)?.text;
}
