/**
 * The article's own headline repeated in a list: latest/ranking/related lists on the article's
 * page often include the article itself (buzzap's latest list, zdnet-japan's category ranking at
 * rank 1, chinadaily's 最热新闻, he-xinhuanet's related news). A link whose text is the title
 * marks its list as clutter, even when the list is too short or too wordy for the link-list
 * stage.
 */
import { STRUCTURE_RULES } from './rules';
import { collapseSpace } from './measure';
import { normaliseHeading } from './heading-blocks';
import { classifyList, MIN_LINKS } from './link-lists';
import type { Pass } from './pass';

/** Truncated teaser titles ("…") still match when this many leading characters agree. */
const MIN_PREFIX_CHARS = 15;
/** How far up from the link we look for its list. */
const MAX_CLIMB = 6;

function sameTitle(linkText: string, title: string): boolean {
  const t = normaliseHeading(linkText);
  if (!t) return false;
  if (t === title) return true;
  return t.length >= MIN_PREFIX_CHARS && (title.startsWith(t) || t.startsWith(title));
}

export function removeOwnHeadlineLists(pass: Pass): void {
  if (!pass.title) return;
  const title = normaliseHeading(pass.title);
  if (title.length < 6) return;
  for (const a of pass.all) {
    if (a.tagName !== 'A') continue;
    const raw = collapseSpace(a.textContent ?? '');
    // cheap length test first: most links are short menu items
    if (raw.length < Math.min(MIN_PREFIX_CHARS, title.length) || !pass.alive(a) || !sameTitle(raw, title)) continue;
    if (a.closest('h1')) continue;
    let cur: Element = a;
    for (let i = 0; i < MAX_CLIMB && cur.parentElement && cur.parentElement !== pass.root; i++) {
      cur = cur.parentElement;
      const m = pass.stats(cur);
      if (m.linkCount < MIN_LINKS) continue;
      if (m.proseBlocks > 0 || m.links < 0.5 * m.total || !pass.removable(cur)) break;
      const c = classifyList(cur, m);
      const generic = c.id === STRUCTURE_RULES.linkList.id || c.id === STRUCTURE_RULES.navList.id;
      const { id, category } = generic ? STRUCTURE_RULES.ownHeadline : c;
      pass.remove(cur, category, id);
      break;
    }
  }
}
