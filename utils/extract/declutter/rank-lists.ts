/**
 * Numbered rank lists: "1. …, 2. …, 3. …" teaser lists (nikkei's アクセスランキング items start
 * with "1. ", the seed's recommended list carries <em class="number">1</em>). Decides the
 * `ranking` category for a link list that has no heading naming it.
 */
import { collapseSpace } from './measure';
import { childElements } from './dom';

/** An item's text opens with its rank: "1", "1.", "1位", "No.1", "①", "第1位". */
const RANK_PREFIX = /^(?:no\.?\s*|第)?(\d{1,2})(?:\s*[.．、)）:：位]|\s|(?=\D))/iu;
const CIRCLED = /^[\u2460-\u2473]/u;
const MIN_ITEMS = 3;

function itemsOf(list: Element): Element[] {
  return childElements(list).filter((c) => collapseSpace(c.textContent ?? '').length > 0);
}

/** True when the list's items are ranked 1, 2, 3 … in order. */
export function isRankList(list: Element): boolean {
  const items = itemsOf(list);
  if (items.length < MIN_ITEMS) return false;
  let expected = 1;
  let ranked = 0;
  for (const item of items) {
    const t = collapseSpace(item.textContent ?? '');
    const m = RANK_PREFIX.exec(t);
    if (m && Number(m[1]) === expected) {
      ranked++;
      expected++;
    } else if (CIRCLED.test(t) && t.charCodeAt(0) - 0x2460 + 1 === expected) {
      ranked++;
      expected++;
    }
  }
  return ranked >= MIN_ITEMS && ranked >= items.length * 0.8;
}
