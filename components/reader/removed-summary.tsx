/**
 * The "taken out of this page" summary: one line per category (in the UI's language, with a
 * count), collapsed. A category's removed text is rendered only while it is expanded, so the
 * collapsed summary gives assistive technology no clutter to read. "Put back" restores it.
 */
import { useState } from 'preact/hooks';
import { CATEGORIES, type Category, type Removal } from '../../utils/extract/types';
import { categoryLabel, strings, type UiLang } from '../../utils/reader/strings';

interface Props {
  removed: Removal[];
  restored: ReadonlySet<Category>;
  onRestore: (c: Category) => void;
  uiLang: UiLang;
}

export function groupRemovals(removed: Removal[]): { category: Category; items: Removal[] }[] {
  return CATEGORIES.map((category) => ({ category, items: removed.filter((r) => r.category === category) })).filter(
    (g) => g.items.length > 0,
  );
}

export function RemovedSummary({ removed, restored, onRestore, uiLang }: Props) {
  const t = strings(uiLang);
  const [open, setOpen] = useState<Category | null>(null);
  const groups = groupRemovals(removed);
  return (
    <section class="hb-removed" aria-labelledby="hb-removed-h">
      <h2 id="hb-removed-h">{t.removedTitle}</h2>
      {groups.length === 0 ? (
        <p>{t.removedNone}</p>
      ) : (
        <ul>
          {groups.map(({ category, items }) => {
            const id = `hb-removed-${category}`;
            const expanded = open === category;
            return (
              <li key={category} data-category={category}>
                <button
                  type="button"
                  class="hb-disclosure"
                  aria-expanded={expanded}
                  aria-controls={id}
                  onClick={() => setOpen(expanded ? null : category)}
                >
                  {categoryLabel(category, uiLang)} <span class="hb-count">({t.items(items.length)})</span>
                </button>{' '}
                {/* a saved article keeps what was removed, not its HTML: nothing to put back */}
                {!restored.has(category) && items.some((r) => r.html) && (
                  <button
                    type="button"
                    class="hb-restore"
                    aria-label={`${t.restore}: ${categoryLabel(category, uiLang)}`}
                    onClick={() => onRestore(category)}
                  >
                    {t.restore}
                  </button>
                )}
                <div id={id} class="hb-removed-items">
                  {expanded && (
                    <ul>
                      {items.map((r, i) => (
                        <li key={i}>{r.text}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
