/**
 * Search box (always visible, above the list), site filter, the list, undo after delete, and
 * storage used — shared by the popup and the library page.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleList } from './article-list';
import type { LibraryState } from './use-library';
import { filterEntries, siteCounts } from '../../utils/library/search';
import { bytesInUse } from '../../utils/library/read';
import { storedImageBytes } from '../../utils/library/image-store';
import { deleteEntry, markRead, restoreEntry } from '../../utils/library/client';
import { formatBytes, t } from '../../utils/library/i18n';
import type { IndexEntry } from '../../utils/library/schema';

export interface LibraryBrowserProps {
  lib: LibraryState;
  pageSize: number;
  extra?: (e: IndexEntry) => ComponentChildren;
  onError(message: string): void;
  /** ask the browser for the exact bytes in use (library page); else estimate from the index */
  exactBytes?: boolean;
}

export function openArticle(id: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/article.html?id=${id}` as never) });
}

export function LibraryBrowser({ lib, pageSize, extra, onError, exactBytes }: LibraryBrowserProps) {
  const [query, setQuery] = useState('');
  const [site, setSite] = useState<string | null>(null);
  const [undo, setUndo] = useState<IndexEntry | null>(null);
  const [bytes, setBytes] = useState<number | null>(null);
  const entries = lib.entries ?? [];

  // getBytesInUse walks the whole store (hundreds of ms at 10,000 articles, and it holds up
  // writes queued behind it): the popup shows the index's own size sum, the library page the real figure.
  useEffect(() => {
    // the library page's figure includes the saved photos (IndexedDB)
    if (exactBytes && lib.complete) {
      void Promise.all([bytesInUse(), storedImageBytes().catch(() => 0)]).then(([records, photos]) => setBytes(records == null ? null : records + photos));
    }
  }, [exactBytes, lib.complete]);
  const approxBytes = useMemo(() => entries.reduce((n, e) => n + e.size * 2, 0), [entries]);
  // marks for scripts/bench-library.ts: first painted list, and each search result paint
  const painted = lib.entries !== null;
  useEffect(() => {
    if (painted) requestAnimationFrame(() => performance.mark('honbun:list-painted'));
  }, [painted]);

  // Typing on narrows the previous result: each keystroke then scans only what still matches.
  const last = useRef<{ entries: IndexEntry[]; texts: unknown; textsVersion: number; query: string; site: string | null; out: IndexEntry[] } | null>(null);
  const filtered = useMemo(() => {
    const texts = lib.texts ?? new Map<string, string>();
    const prev = last.current;
    const narrow =
      prev && prev.entries === entries && prev.texts === lib.texts && prev.textsVersion === lib.textsVersion && prev.site === site && query.startsWith(prev.query);
    const out = filterEntries(narrow ? prev.out : entries, texts, { query, site });
    last.current = { entries, texts: lib.texts, textsVersion: lib.textsVersion, query, site, out };
    return out;
  }, [entries, lib.texts, lib.textsVersion, query, site]);
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

  return (
    <section class="lib-browser">
      <div class="lib-search">
        <input
          type="search"
          aria-label={t('libSearchLabel')}
          placeholder={t('libSearchPlaceholder')}
          value={query}
          onInput={onInput}
          onKeyDown={onSearchKey}
        />
        <label class="lib-site-filter">
          <span class="visually-hidden">{t('libSiteFilter')}</span>
          <select
            aria-label={t('libSiteFilter')}
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
        </label>
      </div>
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
      {lib.complete && entries.length > 0 && filtered.length === 0 && <p class="lib-empty">{t('libNoMatch')}</p>}
      {lib.complete && entries.length > 0 && (query || site) && (
        <p class="lib-count" aria-live="polite">
          {t('libCount', filtered.length, entries.length)}
        </p>
      )}
      <ArticleList
        entries={filtered}
        pageSize={pageSize}
        complete={lib.complete}
        onOpen={(e) => openArticle(e.id)}
        onDelete={onDelete}
        onToggleRead={onToggleRead}
        extra={extra}
      />
      {lib.complete && (
        <p class="lib-usage">{t('libStorageUsed', entries.length, formatBytes(bytes ?? approxBytes))}</p>
      )}
    </section>
  );
}
