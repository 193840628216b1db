/**
 * Hidden blocks: text a browser never shows (display:none metadata, collapsed share sheets)
 * but that sits in textContent (yomiuri's full-width English caption, chinadaily's WeChat
 * block repeating the headline). Inline styles and attributes only: no getComputedStyle.
 * Runs on the whole page before Readability, which would drop most of them too, but only
 * after they had skewed its scores.
 */
import { STRUCTURE_RULES } from './rules';
import { isHidden } from './dom';
import type { Pass } from './pass';


export function removeHidden(pass: Pass): void {
  const { id, category } = STRUCTURE_RULES.hidden;
  // attribute checks on each element: faster in jsdom than case-insensitive attribute selectors
  for (const el of pass.all) {
    // an element with no attributes at all is not hidden: one cheap test before three reads
    if (!el.hasAttributes() || !isHidden(el) || !pass.removable(el)) continue;
    const m = pass.stats(el);
    // empty icons and spacers are not worth a line in the reader's list; Readability drops them
    if (m.total === 0) continue;
    pass.remove(el, category, id);
  }
}
