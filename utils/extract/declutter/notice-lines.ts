/**
 * Lines recognised by their wording inside the article (LINE_NOTICE_RULES, post phase only): a
 * call to subscribe or follow, a "needs JavaScript" placeholder between the
 * story's paragraphs or after them. Each is one short block: the block goes, with its wrapper
 * only when the wrapper holds nothing else; running text that merely mentions a newsletter is
 * longer than a line and stays.
 */
import { LINE_NOTICE_RULES } from './rules';
import { collapseSpace, INLINE } from './measure';
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters or digits beside `node` in its line: siblings up to a block element or a <br>. */
function textBeside(node: Node): boolean {
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    for (let sib = node[step]; sib; sib = sib[step]) {
      if (sib.nodeType === 1 && (sib.nodeName === 'BR' || !INLINE.has(sib.nodeName))) break;
      if (LETTER_OR_DIGIT.test(sib.textContent ?? '')) return true;
    }
  }
  return false;
}

/**
 * An inline element (a strong, a span) is a line of its own only when nothing else is written in
 * its line: no text beside it or beside any inline element around it, up to the nearest block or
 * <br>. Otherwise it is a phrase of a sentence, and a whole-line rule must not cut it out (appen's
 * "<strong>Follow us</strong> to stay up to date", a "<strong>Tel. …</strong>" inside a story
 * sentence); its block is judged as a whole instead.
 */
function inRunningText(el: Element): boolean {
  for (let node: Element | null = el; node && INLINE.has(node.nodeName); node = node.parentElement) {
    if (textBeside(node)) return true;
  }
  return false;
}

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
