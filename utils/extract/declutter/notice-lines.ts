/**
 * Lines recognised by their wording inside the article (LINE_NOTICE_RULES, post phase only): a
 * call to subscribe or follow, a "needs JavaScript" placeholder between the
 * story's paragraphs or after them. Each is one short block: the block goes, with its wrapper
 * only when the wrapper holds nothing else; running text that merely mentions a newsletter is
 * longer than a line and stays.
 */
import { LINE_NOTICE_RULES } from './rules';
import { collapseSpace, inRunningText } from './measure';
import type { Pass } from './pass';

/** A line: this much text at most (weight, see measure.ts), and few links. */
const MAX_LINE_WEIGHT = 240;
const MAX_LINE_LINKS = 3;
/** A line a whole-line rule matches may be all links (bewegliche-lettern's "Abgelegt unter: <a>…</a>, …" over six). */
const MAX_ANCHORED_LINKS = 12;
// SMALL: bibliothek2null's "<small>Tags:<a>Uncategorized</a></small>" under the post
const LINE_TAGS = /^(?:P|DIV|H[2-6]|SPAN|STRONG|EM|B|I|SMALL)$/;
/** A list item is a line only when a rule matches all of it (dw's "Permalink https://…" item). */
const ANCHORED = LINE_NOTICE_RULES.filter((r) => r.pattern.source.startsWith('^'));
const COMBINED = new RegExp(LINE_NOTICE_RULES.map((r) => r.pattern.source).join('|'), 'iu');

export function removeNoticeLines(pass: Pass): void {
  for (const el of pass.all) {
    const item = el.tagName === 'LI';
    if ((!item && !LINE_TAGS.test(el.tagName)) || !pass.alive(el)) continue;
    const s = pass.stats(el);
    if (s.total === 0 || s.total > MAX_LINE_WEIGHT || s.linkCount > MAX_ANCHORED_LINKS) continue;
    const wholeLineOnly = item || s.linkCount > MAX_LINE_LINKS;
    // the outermost element holding just this line (the strong inside the p, the p inside a div)
    const parent = el.parentElement;
    if (parent && parent !== pass.root && LINE_TAGS.test(parent.tagName) && pass.stats(parent).total === s.total) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (!COMBINED.test(text) || inRunningText(el)) continue;
    const rule = (wholeLineOnly ? ANCHORED : LINE_NOTICE_RULES).find((r) => r.pattern.test(text));
    if (rule) pass.remove(el, rule.category, rule.id);
  }
}
