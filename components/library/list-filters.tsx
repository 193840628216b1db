/**
 * The library page's filter bar (issue #14): read state (all / unread / read, with counts),
 * site, and the order (date saved or published). Only the library page imports it; the popup
 * keeps its one-line search and site menu, and none of this code.
 */
import type { JSX } from 'preact';
import { t } from '../../utils/library/i18n';
import { READ_FILTERS, type ReadFilter, type SortKey } from './list-order';

const READ_LABELS: Record<ReadFilter, string> = { all: 'libFilterAll', unread: 'libUnread', read: 'libRead' };

export interface ListFiltersProps {
  readFilter: ReadFilter;
  onReadFilter(f: ReadFilter): void;
  /** how many of the articles matching the search and site are in each read state */
  counts: Record<ReadFilter, number>;
  /** the site menu, built by the list (its options follow the library) */
  siteSelect(id: string): JSX.Element;
  sort: SortKey;
  onSort(s: SortKey): void;
}

export function ListFilters(p: ListFiltersProps) {
  return (
    <div class="lib-filters">
      <div class="lib-field">
        <span class="lib-filter-label" id="lib-read-label">
          {t('libShowLabel')}
        </span>
        <div class="lib-segmented" role="radiogroup" aria-labelledby="lib-read-label">
          {READ_FILTERS.map((f) => (
            <label key={f} class={p.readFilter === f ? 'checked' : undefined}>
              <input type="radio" name="lib-read" value={f} checked={p.readFilter === f} onChange={() => p.onReadFilter(f)} />
              {t(READ_LABELS[f])}
              <span class="lib-filter-count">{p.counts[f]}</span>
            </label>
          ))}
        </div>
      </div>
      <div class="lib-field">
        <label class="lib-filter-label" for="lib-site">
          {t('libSiteFilter')}
        </label>
        {p.siteSelect('lib-site')}
      </div>
      <div class="lib-field">
        <label class="lib-filter-label" for="lib-sort">
          {t('libSortLabel')}
        </label>
        <select id="lib-sort" value={p.sort} onChange={(ev) => p.onSort((ev.currentTarget as HTMLSelectElement).value as SortKey)}>
          <option value="saved">{t('libSortSaved')}</option>
          <option value="published">{t('libSortPublished')}</option>
        </select>
      </div>
    </div>
  );
}
