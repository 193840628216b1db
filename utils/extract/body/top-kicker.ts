/**
 * A section kicker left as the article's first line: the one or two words a site prints above its
 * headline to name the section or the topic ("Politik", "Semesterstart", "Pflege", "Analizy",
 * "Environnement"), kept by Readability once the headline itself is gone. Seen in the tuned
 * trafilatura-dev outputs (stol.it, badische-zeitung, ekhn, osw.waw.pl, dw.com, spidersweb);
 * such labels are page furniture there ("Promis", "KULTUR", "Aktuell" are labelled `without`).
 * Only the very first line, only a label (Latin letters, at most two words, no digit, no
 * punctuation at its end), only when story prose follows it directly, and never a heading of
 * rank 1–3: "At a Glance" (an h2 opening thebalance's story) is the story's own first section.
 */
import type { Removal } from '../types';
import { foldSpace } from '../fold-space';
import { hasTag } from '../declutter/dom';

const KICKER_TAGS = /^(?:P|DIV|SPAN|H4|H5|H6|STRONG|B|EM|A)$/;
const BLOCK_LINE = /^(?:P|DIV|H4|H5|H6|HEADER|SECTION)$/;
/** By local name, as a type selector matches in an HTML document (a walk: jsdom's querySelector builds every match). */
const BLOCK_INSIDE = ['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'figure', 'img', 'blockquote'];
const MAX_KICKER_CHARS = 25;
const MAX_KICKER_WORDS = 2;
const RE_LABEL = /^[\p{Script=Latin}&'’ -]+$/u;
/** What follows must be prose: this long at least. */
const MIN_PROSE_CHARS = 80;
const FIRST_BLOCKS = /^(?:P|DIV|SPAN|H[1-6]|LI|STRONG|B|EM|A|TD|BLOCKQUOTE)$/;

/**
 * The first two leaf blocks that hold text, in document order: a walk that stops there (not a
 * query over the whole article, which jsdom builds in full).
 */
function firstLeaves(article: Element): Element[] {
  const out: Element[] = [];
  let el: Element | null = article.firstElementChild;
  while (el && out.length < 2) {
    const leaf = FIRST_BLOCKS.test(el.tagName) && !hasTag(el, BLOCK_INSIDE);
    if (leaf && foldSpace(el.textContent ?? '')) out.push(el);
    // into the element unless it is a leaf; else on to the next element in document order
    let next: Element | null = leaf ? null : el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== article; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return out;
}

/** How far into the next block a dateline's place is named again. */
const DATELINE_ECHO_CHARS = 200;

/**
 * A dateline, not a kicker: the story goes on from it with a dash ("PITTSBURGH" then "— The
 * company …"), or its opening names the place again (timesunion's AP story: "<i>Pittsburgh</i>" then
 * "Brock Nelson's … over the Pittsburgh Penguins …", scrapinghub). A section label is seldom a
 * word of the story's first sentences, written the same way.
 */
function isDateline(label: string, prose: string): boolean {
  if (/^[—–-]/.test(prose)) return true;
  const opening = prose.slice(0, DATELINE_ECHO_CHARS);
  const at = opening.indexOf(label);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(opening[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(opening[at + label.length] ?? '');
}

export function removeTopKicker(article: Element): Removal[] {
  const [first, next] = firstLeaves(article);
  if (!first || !next || !KICKER_TAGS.test(first.tagName) || first.closest('figure, table, li, blockquote')) return [];
  const text = foldSpace(first.textContent ?? '');
  if (text.length > MAX_KICKER_CHARS || text.split(' ').length > MAX_KICKER_WORDS || !RE_LABEL.test(text) || /[-–]$/.test(text)) return [];
  const prose = foldSpace(next.textContent ?? '');
  if (prose.length < MIN_PROSE_CHARS || isDateline(text, prose)) return [];
  // the outermost element holding just this line (the strong inside the p); a bold word opening
  // loose running text ("<b>Warning</b>: mysql_…" in a div, bibliothek2null) is no line of its own
  let box: Element = first;
  // (only a parent with this one child element can hold just this line: the cheap test first, so the
  // article's whole text is never read here)
  while (box.parentElement && box.parentElement !== article && box.parentElement.childElementCount === 1 && foldSpace(box.parentElement.textContent ?? '') === text) {
    box = box.parentElement;
  }
  if (!BLOCK_LINE.test(box.tagName)) return [];
  const removal: Removal = { category: 'navigation', rule: 'extract-top-kicker', text, html: box.outerHTML };
  box.remove();
  return [removal];
}
