/**
 * Blocks repeated on the page: the same list of links twice (the seed's PC and mobile copies of
 * "also read", lifehacker-jp's ranking at the top and in the sidebar). An article never repeats
 * a link list verbatim, so every copy goes, even those too wordy for the link-list stage.
 */
import { STRUCTURE_RULES } from './rules';
import { type Stats } from './measure';
import { candidateLists, classifyList, MIN_LINKS } from './link-lists';
import type { Pass } from './pass';
import { hrefLinks } from './dom';

function signature(el: Element): string {
  return hrefLinks(el)
    .map((a) => a.getAttribute('href'))
    .join('\n');
}

export function removeRepeatedBlocks(pass: Pass): void {
  const groups = new Map<string, { el: Element; m: Stats }[]>();
  for (const el of candidateLists(pass)) {
    const m = pass.stats(el);
    if (m.linkCount < MIN_LINKS || m.proseBlocks > 0 || m.links < 0.5 * m.total) continue;
    const sig = signature(el);
    const g = groups.get(sig);
    if (g) g.push({ el, m });
    else groups.set(sig, [{ el, m }]);
  }
  for (const all of groups.values()) {
    // a list and its wrapper share their links: that is one block, not a repeat
    const g = all.filter(({ el }) => !all.some((o) => o.el !== el && o.el.contains(el)));
    if (g.length < 2) continue;
    for (const { el, m } of g) {
      if (!pass.removable(el)) continue;
      const c = classifyList(el, m);
      const generic = c.id === STRUCTURE_RULES.linkList.id || c.id === STRUCTURE_RULES.navList.id;
      const { id, category } = generic ? STRUCTURE_RULES.repeated : c;
      pass.remove(el, category, id);
    }
  }
}
