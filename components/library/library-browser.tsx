/**
 * Search box (always visible, above the list), site filter, the list, undo after delete, and
 * storage used — shared by the popup and the library page. The library page (`detailed`) also
 * filters by read state and sorts by the date saved or published (issue #14).
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from './article-list';
import type { MenuItem } from './row-menu';
import { byReadState, readCounts, sortEntriesBy, type ReadFilter, type SortKey } from './list-order';
import type { ListFiltersProps } from './list-filters';
import type { LibraryState } from './use-library';
import { filterEntries, siteCounts, type SearchTexts } from '../../utils/library/search';
import { useFullText } from './use-full-text';
import { bytesInUse } from '../../utils/library/read';
import { storedImageBytes } from '../../utils/library/image-store';
import { deleteEntry, markRead, restoreEntry } from '../../utils/library/client';
import { formatBytes, t, tn } from '../../utils/library/i18n';
import type { IndexEntry } from '../../utils/library/schema';

export interface LibraryBrowserProps {
  lib: LibraryState;
  pageSize: number;
  /** more row menu items (the library page's exports) */
  extraActions?: (e: IndexEntry) => MenuItem[];
  onError(message: string): void;
  /** the library page: excerpts and both dates in the rows */
  detailed?: boolean;
  /** the library page's filter bar (read state, site, order) in place of the popup's site menu */
  filters?: (p: ListFiltersProps) => JSX.Element;
  /** ask the browser for the exact bytes in use (library page); else estimate from the index */
  exactBytes?: boolean;
  /** search every saved article's whole text, not only its opening (the library page) */
  fullText?: boolean;
  /** the search box's text when the page opens (the popup's "search whole articles" link) */
  initialQuery?: string;
}

/** Quiet time after the last change in the count before the library page measures storage again. */
const BYTES_SETTLE_MS = 400;

export function openArticle(id: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/article.html?id=${id}` as never) });
}

export function openOriginal(url: string) {
  if (/^https?:\/\//i.test(url)) void browser.tabs.create({ url });
}

export function openLibrary(query = '') {
  const q = query.trim() ? `?q=${encodeURIComponent(query.trim())}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${q}` as never) });
}

export function LibraryBrowser({ lib, pageSize, extraActions, onError, exactBytes, detailed, filters, fullText, initialQuery = '' }: LibraryBrowserProps) {
  const [query, setQuery] = useState(initialQuery);
  const [site, setSite] = useState<string | null>(null);
  const [readFilter, setReadFilter] = useState<ReadFilter>('all');
  const [sort, setSort] = useState<SortKey>('saved');
  const [undo, setUndo] = useState<IndexEntry | null>(null);
  const [bytes, setBytes] = useState<number | null>(null);
  const entries = lib.entries ?? [];
  // the library page's whole-text search, for a typed query
  const wholeText = !!fullText && !!query.trim();
  const full = useFullText(lib.complete ? lib.entries : null, wholeText);
  // from the keystroke on: the pass starts on the render after it, and "no match" must wait for it
  const scanning = wholeText && !full?.done;
  useEffect(() => {
    if (initialQuery) void lib.ensureTexts();
  }, []);

  // getBytesInUse walks the whole store (hundreds of ms at 10,000 articles, and it holds up
  // writes queued behind it): the popup shows the index's own size sum, the library page the real figure.
  // Measured again when the count changes (a save or a delete in another tab while this page is
  // open showed the figure from when the page opened), once a burst of changes has settled.
  useEffect(() => {
    // the library page's figure includes the saved photos (IndexedDB)
    if (!exactBytes || !lib.complete) return;
    const timer = setTimeout(() => {
      void Promise.all([bytesInUse(), storedImageBytes().catch(() => 0)]).then(([records, photos]) => setBytes(records == null ? null : records + photos));
    }, BYTES_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [exactBytes, lib.complete, entries.length]);
  const approxBytes = useMemo(() => entries.reduce((n, e) => n + e.size * 2, 0), [entries]);
  // marks for scripts/bench-library.ts: first painted list, and each search result paint
  const painted = lib.entries !== null;
  useEffect(() => {
    if (painted) requestAnimationFrame(() => performance.mark('honbun:list-painted'));
  }, [painted]);

  // the index is already newest-saved first; another order is one sort per change of order or list
  const sorted = useMemo(() => sortEntriesBy(entries, sort), [entries, sort]);
  // Typing on narrows the previous result: each keystroke then scans only what still matches.
  const last = useRef<{ entries: IndexEntry[]; texts: unknown; textsVersion: number; fullVersion: number; query: string; site: string | null; out: IndexEntry[] } | null>(null);
  const fullVersion = full?.version ?? -1;
  const matching = useMemo(() => {
    const stored = lib.texts ?? new Map<string, string>();
    // an article's whole text, once the library page's pass has read it; else its stored opening
    const fullTexts = full?.texts;
    const texts: SearchTexts = fullTexts ? { get: (id) => fullTexts.get(id) ?? stored.get(id) } : stored;
    const prev = last.current;
    const narrow =
      prev &&
      prev.entries === sorted &&
      prev.texts === lib.texts &&
      prev.textsVersion === lib.textsVersion &&
      prev.fullVersion === fullVersion &&
      prev.site === site &&
      query.startsWith(prev.query);
    const out = filterEntries(narrow ? prev.out : sorted, texts, { query, site });
    last.current = { entries: sorted, texts: lib.texts, textsVersion: lib.textsVersion, fullVersion, query, site, out };
    return out;
  }, [sorted, lib.texts, lib.textsVersion, fullVersion, query, site]);
  const counts = useMemo(() => readCounts(matching), [matching]);
  const filtered = useMemo(() => byReadState(matching, readFilter), [matching, readFilter]);
  const sites = useMemo(() => siteCounts(entries), [entries]);

  const onInput = (ev: Event) => {
    const q = (ev.currentTarget as HTMLInputElement).value;
    setQuery(q);
    if (q) void lib.ensureTexts();
  };
  const onSearchKey = (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown') {
      document.querySelector<HTMLElement>('.lib-list a.lib-title')?.focus();
      ev.preventDefault();
    }
  };
  const onDelete = async (e: IndexEntry) => {
    const r = await deleteEntry(e.id).catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (!r.ok) onError(t('libErrStorage', r.message));
    else setUndo(e);
  };
  const onUndo = async () => {
    if (!undo) return;
    const r = await restoreEntry(undo.id).catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (!r.ok) onError(t('libErrStorage', r.message));
    setUndo(null);
  };
  const onToggleRead = async (e: IndexEntry) => {
    const r = await markRead(e.id, !e.read).catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (!r.ok) onError(t('libErrStorage', r.message));
  };

  const siteSelect = (id?: string) => (
    <select
      id={id}
      aria-label={id ? undefined : t('libSiteFilter')}
      value={site ?? ''}
      onChange={(ev) => setSite((ev.currentTarget as HTMLSelectElement).value || null)}
    >
      <option value="">{t('libAllSites')}</option>
      {sites.map(([s, n]) => (
        <option key={s} value={s}>
          {s} ({n})
        </option>
      ))}
    </select>
  );
  const narrowed = !!query || !!site || readFilter !== 'all';

  return (
    <section class={detailed ? 'lib-browser detailed' : 'lib-browser'}>
      <div class="lib-search">
        <input
          type="search"
          aria-label={t('libSearchLabel')}
          placeholder={t('libSearchPlaceholder')}
          value={query}
          onInput={onInput}
          onKeyDown={onSearchKey}
        />
        {!filters && siteSelect()}
      </div>
      {filters?.({
        readFilter,
        onReadFilter: setReadFilter,
        counts,
        siteSelect,
        sort,
        onSort: setSort,
      })}
      {undo && (
        <div class="lib-undo" role="status">
          <span>{t('libDeleted', undo.title)}</span>
          <button type="button" onClick={onUndo}>
            {t('libUndo')}
          </button>
        </div>
      )}
      {lib.complete && entries.length === 0 && <p class="lib-empty">{t('libEmpty')}</p>}
      {/* until the whole index is in, "no match" and the count would speak of the newest few only */}
      {/* nor while the whole-text pass is still reading: a match may be on its way */}
      {lib.complete && entries.length > 0 && filtered.length === 0 && !scanning && (
        <p class="lib-empty">{t(query ? 'libNoMatch' : 'libNoFilterMatch')}</p>
      )}
      {/* said once, when the whole-text pass is done: a live count that changed with every batch
          of 40 articles would have a screen reader read out hundreds of counts */}
      {lib.complete && entries.length > 0 && narrowed && (
        <p class="lib-count" aria-live="polite">
          {scanning ? '' : tn('libCount', entries.length, filtered.length, entries.length)}
        </p>
      )}
      {wholeText && full && !full.done && <p class="lib-fulltext">{t('libFullTextScanning', full.scanned, full.total)}</p>}
      {wholeText && full?.capped && <p class="lib-fulltext">{t('libFullTextCapped', full.scanned)}</p>}
      {wholeText && !!full?.failed && <p class="lib-fulltext">{t('libFullTextFailed', full.failed)}</p>}
      {query.trim() && !fullText && lib.complete && entries.length > 0 && (
        <p class="lib-fulltext">
          <button type="button" class="link-button" onClick={() => openLibrary(query)}>
            {t('libSearchWhole')}
          </button>
        </p>
      )}
      <ArticleList
        entries={filtered}
        pageSize={pageSize}
        complete={lib.complete}
        detailed={detailed}
        onOpen={(e) => openArticle(e.id)}
        onOpenOriginal={(e) => openOriginal(e.url)}
        onDelete={onDelete}
        onToggleRead={onToggleRead}
        extraActions={extraActions}
      />
      {lib.complete && (
        <p class="lib-usage">{t('libStorageUsed', tn('libArticles', entries.length, entries.length), formatBytes(bytes ?? approxBytes))}</p>
      )}
    </section>
  );
}
