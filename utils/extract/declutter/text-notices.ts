/**
 * Notices recognised by their wording (NOTICE_RULES): a cookie banner without a telling class
 * name. The matched sentence's block is climbed to the largest ancestor that is still a small,
 * link-poor box, so the banner's buttons go with it.
 */
import { NOTICE_RULES } from './rules';
import type { Pass } from './pass';

/** A notice box stays small; anything bigger is page content that mentions cookies. */
const MAX_NOTICE_WEIGHT = 700;
const MAX_NOTICE_LINKS = 6;
const COMBINED = new RegExp(NOTICE_RULES.map((r) => r.pattern.source).join('|'), 'i');

export function removeTextNotices(pass: Pass): void {
  const hits: Element[] = [];
  for (const n of pass.texts) {
    const t = n.nodeValue ?? '';
    if (t.length < 20 || !COMBINED.test(t)) continue;
    const p = n.parentElement;
    if (p && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(p.tagName)) hits.push(p);
  }
  for (const hit of hits) {
    if (!pass.alive(hit)) continue;
    const rule = NOTICE_RULES.find((r) => r.pattern.test(hit.textContent ?? ''));
    if (!rule) continue;
    let target: Element | null = null;
    for (let cur: Element | null = hit; cur && cur !== pass.root; cur = cur.parentElement) {
      const s = pass.stats(cur);
      if (s.total > MAX_NOTICE_WEIGHT || s.linkCount > MAX_NOTICE_LINKS || s.proseBlocks > 2) break;
      target = cur;
    }
    if (target) pass.remove(target, rule.category, rule.id);
  }
}
