/**
 * Ordered lists whose items carry their own number as text (Springer's references: <ol><li><span
 * class="…counter">1.</span><p>Shear NH…</p>): the clean view numbers an <ol> itself, so each item
 * read "1. 1." with the reference on the next line. The item's own number goes when it is exactly
 * the number the list gives it, so a list that counts otherwise ("a)", "12.") keeps its labels.
 */
import { foldSpace } from '../fold-space';
import { childElements, elementsByTags } from '../declutter/dom';

const RE_COUNTER = /^(\d{1,4})[.)]?$/;

/** The item's own number: its first node that shows text, when that is an element holding only the number and more text follows. */
function leadingCounter(li: Element): { el: Element; n: number } | null {
  // Springer puts empty <meta> tags before it
  let first: ChildNode | null = li.firstChild;
  let text = '';
  for (; first; first = first.nextSibling) if ((text = foldSpace(first.textContent ?? ''))) break;
  if (!first || first.nodeType !== 1 || foldSpace(li.textContent ?? '').length <= text.length) return null;
  const m = RE_COUNTER.exec(text);
  return m ? { el: first as Element, n: Number(m[1]) } : null;
}

export function removeOwnListCounters(article: Element): void {
  // tree walks, not getElementsByTagName / children: see dom.ts on jsdom's HTMLCollection
  for (const ol of elementsByTags(article, ['ol'])) {
    if (ol.hasAttribute('reversed')) continue;
    const start = Number.parseInt(ol.getAttribute('start') ?? '1', 10) || 1;
    const items = childElements(ol).filter((c) => c.tagName === 'LI');
    const counters = items.map((li, i) => {
      const c = leadingCounter(li);
      return c && c.n === start + i ? c.el : null;
    });
    // every item, or it is the list's own content (a table of numbers, a year list)
    if (items.length && counters.every(Boolean)) for (const c of counters) c!.remove();
  }
}
