/**
 * Blocks recognised by what their links or controls do, whatever their class names (the dense
 * seed markup has hashed classes only): share bars (links to "share this" endpoints), skip
 * links (in-page links saying "skip to content") and comment forms (a textarea).
 */
import { SHARE_HREF, SKIP_LINK_TEXT, STRUCTURE_RULES } from './rules';
import { collapseSpace, weight } from './measure';
import { expandToWrapper } from './selector-rules';
import type { Pass } from './pass';
import { elementsByTags } from './dom';

/** A share bar's non-share text stays short (labels, counters). */
const SHARE_MAX_OTHER_WEIGHT = 60;
/** A comment box may hold a handful of short comments, not an article. */
const COMMENT_BOX_MAX_WEIGHT = 3000;

/** Smallest ancestor of `el` (inside root) holding at least `n` of the marked links. */
function groupOf(pass: Pass, el: Element, marked: Set<Element>, n: number): Element | null {
  for (let p = el.parentElement; p && p !== pass.root; p = p.parentElement) {
    let count = 0;
    for (const a of marked) if (p.contains(a)) count++;
    if (count >= n) return p;
  }
  return null;
}

/** Links with an href still under the root, from the run's element list (no walk of the tree). */
function liveLinks(pass: Pass): Element[] {
  return pass.all.filter((e) => e.tagName === 'A' && e.hasAttribute('href') && pass.alive(e));
}

export function removeShareGroups(pass: Pass): void {
  const shareLinks = new Set(liveLinks(pass).filter((a) => SHARE_HREF.test(a.getAttribute('href') ?? '')));
  const { id, category } = STRUCTURE_RULES.shareLinks;
  for (const a of shareLinks) {
    if (!pass.root.contains(a)) continue;
    const group = groupOf(pass, a, shareLinks, 2);
    if (!group) continue;
    let shareWeight = 0;
    for (const s of shareLinks) if (group.contains(s)) shareWeight += weight(collapseSpace(s.textContent ?? ''));
    const m = pass.stats(group);
    if (m.total - shareWeight > SHARE_MAX_OTHER_WEIGHT || m.proseBlocks > 0) continue;
    const target = expandToWrapper(pass, group);
    pass.remove(target, category, id);
  }
}

export function removeSkipLinks(pass: Pass): void {
  const { id, category } = STRUCTURE_RULES.skipLinks;
  const skips = new Set(
    liveLinks(pass).filter((a) => a.getAttribute('href')!.startsWith('#') && SKIP_LINK_TEXT.test(collapseSpace(a.textContent ?? ''))),
  );
  for (const a of skips) {
    if (!pass.root.contains(a)) continue;
    // take the wrapper when it holds nothing but skip links
    let target: Element = a;
    for (let p = a.parentElement; p && p !== pass.root; p = p.parentElement) {
      const links = elementsByTags(p, ['a']);
      if (!links.every((l) => skips.has(l))) break;
      const rest = links.reduce((t, l) => t.replace(collapseSpace(l.textContent ?? ''), ''), collapseSpace(p.textContent ?? ''));
      if (rest.trim()) break;
      target = p;
    }
    pass.remove(target, category, id);
  }
}

export function removeCommentForms(pass: Pass): void {
  const { id, category } = STRUCTURE_RULES.commentForm;
  for (const ta of pass.all.filter((e) => e.tagName === 'TEXTAREA')) {
    if (!pass.root.contains(ta)) continue;
    const target = ta.closest('form') ?? ta.parentElement ?? ta;
    const m = pass.stats(target);
    if (m.total > COMMENT_BOX_MAX_WEIGHT) continue;
    pass.remove(target, category, id);
  }
}
