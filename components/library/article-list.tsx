/**
 * The saved list: newest first, title (opens the offline copy), site, date, reading time,
 * read/unread; mark read and delete per row. Rendered in pages of `pageSize` rows so 10,000
 * entries paint as fast as 100. Keyboard: ↑/↓ (and j/k) move between rows, Home/End, Enter
 * opens, Delete removes, r toggles read.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { IndexEntry } from '../../utils/library/schema';
import { formatDate, isoTime, t } from '../../utils/library/i18n';
import { RowBoundary } from './row-boundary';

export interface ArticleListProps {
  entries: IndexEntry[];
  pageSize: number;
  onOpen(e: IndexEntry): void;
  onDelete(e: IndexEntry): void;
  onToggleRead(e: IndexEntry): void;
  /** false while only the newest entries are in: the "show more" count is not known yet */
  complete?: boolean;
  /** extra per-row actions (the library page's exports) */
  extra?: (e: IndexEntry) => ComponentChildren;
}

interface RowProps {
  e: IndexEntry;
  i: number;
  p: ArticleListProps;
}

/** One row; rendered inside its own error boundary. */
function Row({ e, i, p }: RowProps) {
  return (
    <li data-index={i} data-id={e.id} class={e.read ? 'lib-row read' : 'lib-row unread'}>
      <a
        class="lib-title"
        href={`/article.html?id=${encodeURIComponent(e.id)}`}
        lang={e.lang ?? undefined}
        onClick={(ev) => {
          ev.preventDefault();
          p.onOpen(e);
        }}
      >
        {String(e.title)}
      </a>
      <div class="lib-meta">
        <span class="lib-site">{e.siteName ?? e.site}</span>
        <span> · </span>
        <time dateTime={isoTime(e.savedAt)}>{formatDate(e.savedAt)}</time>
        {e.readingMinutes != null && <span> · {t('libMinutes', e.readingMinutes)}</span>}
        <span> · </span>
        <span class="lib-state">{e.read ? t('libRead') : t('libUnread')}</span>
        {e.bestEffort && <span class="lib-tag"> · {t('libBestEffortTag')}</span>}
      </div>
      <div class="lib-actions">
        <button type="button" onClick={() => p.onToggleRead(e)}>
          {e.read ? t('libMarkUnread') : t('libMarkRead')}
        </button>
        <button type="button" onClick={() => p.onDelete(e)}>
          {t('libDelete')}
        </button>
        {p.extra?.(e)}
      </div>
    </li>
  );
}

function focusRow(list: HTMLElement | null, index: number) {
  const links = list?.querySelectorAll<HTMLElement>('a.lib-title');
  if (!links?.length) return;
  links[Math.max(0, Math.min(links.length - 1, index))].focus();
}

export function ArticleList(p: ArticleListProps) {
  const [shown, setShown] = useState(p.pageSize);
  const rows = p.entries.slice(0, shown);

  const onKey = (ev: KeyboardEvent) => {
    const list = ev.currentTarget as HTMLElement;
    const row = (ev.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!row) return;
    const i = Number(row.dataset.index);
    const e = rows[i];
    const key = ev.key;
    if (key === 'ArrowDown' || key === 'j') focusRow(list, i + 1);
    else if (key === 'ArrowUp' || key === 'k') {
      if (i === 0) document.querySelector<HTMLElement>('input[type="search"]')?.focus();
      else focusRow(list, i - 1);
    } else if (key === 'Home') focusRow(list, 0);
    else if (key === 'End') focusRow(list, rows.length - 1);
    else if (key === 'Delete') {
      p.onDelete(e);
      setTimeout(() => focusRow(list, i), 50);
    } else if (key === 'r' && (ev.target as HTMLElement).tagName === 'A') p.onToggleRead(e);
    else return;
    ev.preventDefault();
  };

  return (
    <>
      <ul class="lib-list" aria-label={t('libListLabel')} onKeyDown={onKey}>
        {rows.map((e, i) => (
          <RowBoundary key={e.id} id={e.id} index={i} onDelete={() => p.onDelete(e)}>
            <Row e={e} i={i} p={p} />
          </RowBoundary>
        ))}
      </ul>
      {p.complete !== false && p.entries.length > shown && (
        <button type="button" class="lib-more" onClick={() => setShown(shown + p.pageSize)}>
          {t('libShowMore', p.entries.length - shown)}
        </button>
      )}
    </>
  );
}
