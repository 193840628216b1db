/**
 * Ordered lists whose items carry their own number as text (Springer's references: <ol><li><span
 * class="…counter">1.</span><p>Shear NH…</p>): the clean view numbers an <ol> itself, so each item
 * read "1. 1." with the reference on the next line. The item's own number goes when it is exactly
 * the number the list gives it, so a list that counts otherwise ("a)", "12.") keeps its labels.
 */
import { foldSpace } from '../fold-space';

const RE_COUNTER = /^(\d{1,4})[.)]?$/;

export function removeOwnListCounters(article: Element): void {
  for (const ol of Array.from(article.getElementsByTagName('ol'))) {
    if (ol.hasAttribute('reversed')) continue;
    const start = Number.parseInt(ol.getAttribute('start') ?? '1', 10) || 1;
    const items = Array.from(ol.children).filter((c) => c.tagName === 'LI');
    const counters = items.map((li, i) => {
      // the item's first thing that shows text (Springer puts empty <meta> tags before it)
      let first: ChildNode | null = li.firstChild;
      while (first && !foldSpace(first.textContent ?? '')) first = first.nextSibling;
      const rest = first && foldSpace(li.textContent ?? '').length > foldSpace(first.textContent ?? '').length;
      const m = first && first.nodeType === 1 && rest ? RE_COUNTER.exec(foldSpace(first.textContent ?? '')) : null;
      return m && Number(m[1]) === start + i ? (first as Element) : null;
    });
    // every item, or it is the list's own content (a table of numbers, a year list)
    if (items.length && counters.every(Boolean)) for (const c of counters) c!.remove();
  }
}
