/**
 * Link lists: blocks made of links and little else, whatever they are called: lists of
 * headline links (related/latest/ranking sidebars), numbered rank lists, menus of short links.
 * Candidates are lists (ul, ol, dl) and "div lists" (three or more siblings with the same
 * tag and class, as in the dense seed's hashed-class teaser rows). The category comes from a
 * heading just before the block when one names it, else from the block's shape.
 */
import type { Category } from '../types';
import { STRUCTURE_RULES } from './rules';
import { collapseSpace, type Stats } from './measure';
import { matchHeading } from './heading-blocks';
import { isRankList } from './rank-lists';
import type { Pass } from './pass';
import { childElements, hrefLinks } from './dom';

/** Links a block needs to count as a link list. */
export const MIN_LINKS = 3;
/** Share of the block's text inside links (pre: whole page; post: inside the article). */
const MIN_LINK_DENSITY = { pre: 0.7, post: 0.8 } as const;
/** Density enough for a real list whose every item is a link (pre phase only). */
const LOOSE_LINK_DENSITY = 0.5;
/** Mean link text weight of a headline list (≈ 12 CJK or 24 Latin characters). */
const HEADLINE_LINK_WEIGHT = 24;
const LIST_TAG = /^(UL|OL|DL)$/;

/**
 * Three or more element children sharing tag and class (at least 60 % of them): a hand-rolled
 * list. A majority vote (Boyer–Moore) finds the only key that can hold 60 %, then one count
 * checks it: no map per element (this runs on every element of the page).
 */
function isDivList(el: Element): boolean {
  // sibling walks, not el.children or childElementCount (jsdom builds an HTMLCollection for
  // either): see dom.ts
  let kids = 0;
  for (let k = el.firstElementChild; k && kids < MIN_LINKS; k = k.nextElementSibling) kids++;
  if (kids < MIN_LINKS) return false;
  let candidate = '';
  let votes = 0;
  let count = 0;
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    const key = k.tagName + '.' + (k.getAttribute('class') ?? '');
    if (votes === 0) {
      candidate = key;
      votes = 1;
    } else votes += key === candidate ? 1 : -1;
    count++;
  }
  let n = 0;
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) if (k.tagName + '.' + (k.getAttribute('class') ?? '') === candidate) n++;
  return n >= MIN_LINKS && n >= count * 0.6;
}

export function candidateLists(pass: Pass): Element[] {
  return pass.lists((all) => all.filter((el) => LIST_TAG.test(el.tagName) || isDivList(el)));
}

/** Every item of a ul/ol holds a link (headline + date + "members only" label rows, nikkei-2018). */
function everyItemLinked(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = childElements(el).filter((c) => c.tagName === 'LI');
  return items.length >= MIN_LINKS && items.every((li) => hrefLinks(li).length > 0);
}

/**
 * A related-stories module's links say so in their address (wired's "More Great WIRED Stories":
 * `?itm_campaign=BottomRelatedStories_…` on every link, half of each item's text outside it,
 * scrapinghub); a story's own links to its sources do not.
 */
const RELATED_TRACKING = /[?&#][^#]*related/i;

function everyLinkTaggedRelated(el: Element): boolean {
  const links = hrefLinks(el);
  return links.length >= MIN_LINKS && links.every((a) => RELATED_TRACKING.test(a.getAttribute('href') ?? ''));
}

export function isLinkList(el: Element, m: Stats, phase: 'pre' | 'post'): boolean {
  if (m.linkCount < MIN_LINKS || m.proseBlocks > 0) return false;
  if (m.links >= MIN_LINK_DENSITY[phase] * m.total) return true;
  if (everyItemLinked(el) && everyLinkTaggedRelated(el)) return true;
  return phase === 'pre' && m.links >= LOOSE_LINK_DENSITY * m.total && everyItemLinked(el);
}

/** The heading right before a block (its previous sibling, or its parent's first child). */
export function headingBefore(el: Element): Element | null {
  for (let cur: Element | null = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    const prev = cur.previousElementSibling;
    if (prev) {
      const t = collapseSpace(prev.textContent ?? '');
      return t.length > 0 && t.length <= 40 ? prev : null;
    }
  }
  return null;
}

const HEADING_TAG = /^H[2-6]$/;
/** A sentence end: a heading that has one is a line of the story, not a list's title. */
const SENTENCE_END = /[.!?。！？]["”»)]*$/u;

/** A heading element (h2–h6, or a box holding only one) of a few words, no sentence. */
function isTitleHeading(el: Element): boolean {
  const h = HEADING_TAG.test(el.tagName) ? el : el.childElementCount === 1 && HEADING_TAG.test(el.firstElementChild!.tagName) ? el.firstElementChild! : null;
  if (!h) return false;
  const t = collapseSpace(el.textContent ?? '');
  return t === collapseSpace(h.textContent ?? '') && !SENTENCE_END.test(t);
}

export function classifyList(el: Element, m: Stats): { category: Category; id: string } {
  const heading = headingBefore(el);
  const named = heading ? matchHeading(collapseSpace(heading.textContent ?? '')) : null;
  if (named && named.shape === 'list') return { category: named.category, id: named.id };
  if (isRankList(el)) return STRUCTURE_RULES.rankList;
  if (m.links / Math.max(1, m.linkCount) >= HEADLINE_LINK_WEIGHT || everyLinkTaggedRelated(el)) return STRUCTURE_RULES.linkList;
  return STRUCTURE_RULES.navList;
}

/** Only in-page links (a table of contents) are the article's own navigation: keep them. */
function isTableOfContents(el: Element): boolean {
  const links = hrefLinks(el);
  return links.length > 0 && links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'));
}

/** Longer than this, the paragraph before a list is story text, whatever it ends with. */
const MAX_LIST_INTRO_CHARS = 300;

/**
 * The paragraph that introduces a headline list and ends in a colon, when the two are all their
 * box holds: heise's magazine box "Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review.
 * … Highlights aus dem Heft:" over its issue's headline links (trafilatura-dev, tuned). Left alone
 * it would introduce nothing. Not an intro among the story's paragraphs ("Lesen Sie dazu auch die
 * Pressemitteilungen:", bundespolizei): its box holds the whole story.
 */
function listIntro(el: Element): Element | null {
  const intro = el.previousElementSibling;
  const box = el.parentElement;
  if (!intro || !box || intro.tagName !== 'P' || el.nextElementSibling || intro.previousElementSibling) return null;
  const text = collapseSpace(intro.textContent ?? '');
  const bare = (t: string | null): string => (t ?? '').replace(/\s+/g, '');
  return text.length <= MAX_LIST_INTRO_CHARS && /[:：]$/.test(text) && bare(box.textContent) === bare(intro.textContent) + bare(el.textContent) ? intro : null;
}

export function removeLinkLists(pass: Pass): void {
  for (const el of candidateLists(pass)) {
    if (!pass.removable(el)) continue;
    const m = pass.stats(el);
    if (!isLinkList(el, m, pass.phase) || isTableOfContents(el)) continue;
    const c = classifyList(el, m);
    // inside the article only headline lists and rank lists go; short-link rows may be content
    if (pass.phase === 'post' && c.id === STRUCTURE_RULES.navList.id) continue;
    const heading = headingBefore(el);
    if (heading && heading.nextElementSibling === el && pass.removable(heading)) {
      // the heading that named the list goes with it; so does a heading element that only titles
      // a list of headlines ("Más sobre <a>La Tercera AM</a>" over its related stories,
      // latercera): left alone, it would stand over nothing
      const named = c.id !== STRUCTURE_RULES.linkList.id && c.id !== STRUCTURE_RULES.navList.id && c.id !== STRUCTURE_RULES.rankList.id;
      if ((named || (c.id !== STRUCTURE_RULES.navList.id && isTitleHeading(heading))) && pass.removeGroup([heading, el], c.category, c.id)) continue;
    }
    const intro = c.id === STRUCTURE_RULES.linkList.id ? listIntro(el) : null;
    if (intro && pass.removable(intro) && pass.removeGroup([intro, el], c.category, c.id)) continue;
    pass.remove(el, c.category, c.id);
  }
}
