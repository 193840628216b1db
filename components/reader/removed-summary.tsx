/**
 * What Honbun hid, as one quiet line after the article (issue #14): "Hid 17 blocks: ads, menus,
 * rankings · Show". Show opens the list by category, each with its items (headlines, as a list)
 * and a button that puts the category's blocks back where they stood in the article, or hides
 * them again. The collapsed line names only categories: none of the removed text is rendered
 * (so assistive technology reads no clutter) until the list is opened.
 */
import { useMemo, useState } from 'preact/hooks';
import { CATEGORIES, type Category, type Removal } from '../../utils/extract/types';
import { MAX_ITEMS, removalItems } from '../../utils/reader/removal-items';
import { categoryLabel, strings, type UiLang } from '../../utils/reader/strings';

interface Props {
  removed: Removal[];
  restored: ReadonlySet<Category>;
  onToggle: (c: Category) => void;
  uiLang: UiLang;
}

export function groupRemovals(removed: Removal[]): { category: Category; items: Removal[] }[] {
  return CATEGORIES.map((category) => ({ category, items: removed.filter((r) => r.category === category) })).filter(
    (g) => g.items.length > 0,
  );
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function CategoryItems({ items }: { items: Removal[] }) {
  const lines = useMemo(() => items.flatMap((r) => removalItems(r.html, r.text)), [items]);
  const shown = lines.slice(0, MAX_ITEMS);
  return (
    <ul class="hb-items">
      {shown.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
      {lines.length > shown.length && <li class="hb-more">…</li>}
    </ul>
  );
}

export function RemovedSummary({ removed, restored, onToggle, uiLang }: Props) {
  const t = strings(uiLang);
  const [open, setOpen] = useState(false);
  const groups = groupRemovals(removed);
  if (groups.length === 0) return null;
  const labels = groups.map((g) => categoryLabel(g.category, uiLang));
  return (
    <section class="hb-removed" aria-label={t.removedTitle}>
      <p class="hb-removed-line">
        <span>{t.hidSummary(removed.length, labels)}</span>
        <span aria-hidden="true"> · </span>
        <button type="button" class="hb-link" aria-expanded={open} aria-controls="hb-removed-list" onClick={() => setOpen(!open)}>
          {open ? t.hideList : t.show}
        </button>
      </p>
      {open && (
        <ul id="hb-removed-list" class="hb-removed-list">
          {groups.map(({ category, items }) => {
            const label = categoryLabel(category, uiLang);
            const back = restored.has(category);
            return (
              <li key={category} data-category={category}>
                <div class="hb-cat">
                  <span class="hb-cat-name">
                    {uiLang === 'en' ? capitalise(label) : label} <span class="hb-count">{t.items(items.length)}</span>
                  </span>
                  {/* a saved article keeps what was removed, not its HTML: nothing to put back */}
                  {items.some((r) => r.html) && (
                    <button
                      type="button"
                      class="hb-link hb-putback-toggle"
                      aria-label={back ? t.hideAgainWhat(label) : t.putBackWhat(label)}
                      onClick={() => onToggle(category)}
                    >
                      {back ? t.hideAgain : t.putBack}
                    </button>
                  )}
                </div>
                <CategoryItems items={items} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
