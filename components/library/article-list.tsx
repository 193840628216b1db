/**
 * The saved list: title (opens the offline copy; the whole row is its click target), site,
 * date, reading time, an unread dot, and one action menu per row (issue #14) instead of a row
 * of buttons. The library page (`detailed`) adds each article's excerpt (read for the shown
 * rows, use-excerpts.ts) and publication date.
 * Rendered in pages of `pageSize` rows so 10,000 entries paint as fast as 100. Keyboard on a
 * title: ↑/↓ (and j/k) move between rows, Home/End, Enter opens, Delete removes, r toggles read.
 */
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { IndexEntry } from '../../utils/library/schema';
import { formatDate, isoTime, t } from '../../utils/library/i18n';
import { RowBoundary } from './row-boundary';
import { RowMenu, type MenuItem } from './row-menu';
import { useExcerpts } from './use-excerpts';

export interface ArticleListProps {
  entries: IndexEntry[];
  pageSize: number;
  onOpen(e: IndexEntry): void;
  onDelete(e: IndexEntry): void;
  onToggleRead(e: IndexEntry): void;
  /** opens the page the article was saved from (only offered for http(s) URLs) */
  onOpenOriginal?(e: IndexEntry): void;
  /** false while only the newest entries are in: the "show more" count is not known yet */
  complete?: boolean;
  /** the library page: excerpts, and the publication date beside the saved one */
  detailed?: boolean;
  /** more menu items for a row (the library page's exports), placed before Delete */
  extraActions?: (e: IndexEntry) => MenuItem[];
}

interface RowProps {
  e: IndexEntry;
  i: number;
  p: ArticleListProps;
  /** the start of its text (library page), once read */
  excerpt?: string;
  onDelete(e: IndexEntry, i: number): void;
}

const isWebUrl = (url: unknown) => typeof url === 'string' && /^https?:\/\//i.test(url);

/** A message with one $1, as the text before and after it: the date inside becomes a <time>. */
function around(key: string): [string, string] {
  const [before = '', after = ''] = t(key, '\u0001').split('\u0001');
  return [before, after];
}

function Meta({ e, detailed }: { e: IndexEntry; detailed?: boolean }) {
  const published = detailed && typeof e.publishedAt === 'number' ? e.publishedAt : null;
  const saved = <time dateTime={isoTime(e.savedAt)}>{formatDate(e.savedAt)}</time>;
  const [pubBefore, pubAfter] = around('libPublishedOn');
  const [savedBefore, savedAfter] = around('libSavedOnDate');
  // each part stays on one line; lines break at the separators between them
  const parts = [
    <span class="lib-site">{e.siteName ?? e.site}</span>,
    published != null && (
      <span class="lib-published">
        {pubBefore}
        <time dateTime={isoTime(published)}>{formatDate(published)}</time>
        {pubAfter}
      </span>
    ),
    <span class="lib-saved">
      {detailed ? (
        <>
          {savedBefore}
          {saved}
          {savedAfter}
        </>
      ) : (
        saved
      )}
    </span>,
    e.readingMinutes != null && <span>{t('libMinutes', e.readingMinutes)}</span>,
    e.bestEffort && <span class="lib-tag">{t('libBestEffortTag')}</span>,
  ].filter(Boolean);
  return (
    <div class="lib-meta">
      {parts.map((part, k) => (
        <Fragment key={k}>
          {k > 0 && ' · '}
          {part}
        </Fragment>
      ))}
      <span class="visually-hidden"> · {e.read ? t('libRead') : t('libUnread')}</span>
    </div>
  );
}

/** One row; rendered inside its own error boundary. */
function Row({ e, i, p, excerpt, onDelete }: RowProps) {
  const title = String(e.title);
  const lang = e.lang ?? undefined;
  const items: MenuItem[] = [
    { id: 'toggle-read', label: e.read ? t('libMarkUnread') : t('libMarkRead'), onSelect: () => p.onToggleRead(e) },
    ...(p.onOpenOriginal && isWebUrl(e.url) ? [{ id: 'original', label: t('libOpenOriginal'), onSelect: () => p.onOpenOriginal?.(e) }] : []),
    ...(p.extraActions?.(e) ?? []),
    { id: 'delete', label: t('libDelete'), danger: true, onSelect: () => onDelete(e, i) },
  ];
  return (
    <li data-index={i} data-id={e.id} class={e.read ? 'lib-row read' : 'lib-row unread'}>
      <span class="lib-dot" aria-hidden="true" />
      <div class="lib-main">
        <a
          class="lib-title"
          href={`/article.html?id=${encodeURIComponent(e.id)}`}
          lang={lang}
          title={title}
          onClick={(ev) => {
            ev.preventDefault();
            p.onOpen(e);
          }}
        >
          {title}
        </a>
        {p.detailed && excerpt && (
          <p class="lib-excerpt" lang={lang}>
            {excerpt}
          </p>
        )}
        <Meta e={e} detailed={p.detailed} />
      </div>
      <RowMenu label={t('libRowActions', title)} tip={t('libRowActionsTip')} items={items} />
    </li>
  );
}

function focusRow(list: HTMLElement | null, index: number): boolean {
  const links = list?.querySelectorAll<HTMLElement>('a.lib-title');
  if (!links?.length) return false;
  links[Math.max(0, Math.min(links.length - 1, index))].focus();
  return true;
}

const searchBox = () => document.querySelector<HTMLElement>('input[type="search"]');

export function ArticleList(p: ArticleListProps) {
  const [shown, setShown] = useState(p.pageSize);
  const rows = useMemo(() => p.entries.slice(0, shown), [p.entries, shown]);
  const excerptOf = useExcerpts(rows, !!p.detailed);
  const list = useRef<HTMLUListElement>(null);
  /** a row being deleted: once it has left the list, focus goes to the row now in its place */
  const leaving = useRef<{ id: string; index: number } | null>(null);

  useEffect(() => {
    const l = leaving.current;
    if (!l || p.entries.some((e) => e.id === l.id)) return;
    leaving.current = null;
    const active = document.activeElement;
    // only when focus was lost with the row (it may have moved on since)
    if (active && active !== document.body && list.current?.contains(active)) return;
    if (!focusRow(list.current, l.index)) searchBox()?.focus();
  }, [p.entries]);

  const onDelete = (e: IndexEntry, i: number) => {
    leaving.current = { id: e.id, index: i };
    p.onDelete(e);
  };

  const onKey = (ev: KeyboardEvent) => {
    const target = ev.target as HTMLElement;
    // the keys belong to the titles; the row menu handles its own
    if (!target.matches('a.lib-title')) return;
    const row = target.closest<HTMLElement>('li[data-index]');
    if (!row) return;
    const i = Number(row.dataset.index);
    const e = rows[i];
    const key = ev.key;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (key === 'ArrowDown' || key === 'j') focusRow(list.current, i + 1);
    else if (key === 'ArrowUp' || key === 'k') {
      if (i === 0) searchBox()?.focus();
      else focusRow(list.current, i - 1);
    } else if (key === 'Home') focusRow(list.current, 0);
    else if (key === 'End') focusRow(list.current, rows.length - 1);
    else if (key === 'Delete') onDelete(e, i);
    else if (key === 'r') p.onToggleRead(e);
    else return;
    ev.preventDefault();
  };

  return (
    <>
      <ul ref={list} class={p.detailed ? 'lib-list detailed' : 'lib-list'} aria-label={t('libListLabel')} onKeyDown={onKey}>
        {rows.map((e, i) => (
          <RowBoundary key={e.id} id={e.id} index={i} onDelete={() => onDelete(e, i)}>
            <Row e={e} i={i} p={p} excerpt={excerptOf(e.id)} onDelete={onDelete} />
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
