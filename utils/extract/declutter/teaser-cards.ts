/**
 * Teaser cards: other stories' boxes in a grid or a row under the story, each an <article> element
 * holding a linked headline and at most a short dek. Seen
 * on scrapinghub's digg page (six `article.fp-vertical-story` cards after the story, each "KICKER /
 * <h2><a>Headline</a></h2> / one-sentence dek", none of it in the ground truth). Structure only, so
 * it holds in any language: a story is longer than a card, and its headline is not a link to
 * another page; one or two such boxes may be the story's own (a box of quotes), so a row of three
 * is needed: the cards under the lowest element holding more than one of them.
 */
import { STRUCTURE_RULES } from './rules';
import type { Pass } from './pass';

/** A card's text at most (weight, measure.ts): headline, kicker, dek and metadata. */
const MAX_CARD_WEIGHT = 600;
/** Its headline is a link: this share of the headline's text inside links. */
const MIN_HEADLINE_LINK_SHARE = 0.8;
const MIN_CARDS = 3;
const CARD_HEADINGS = 'h2, h3, h4, h5, h6, [itemprop="headline"]';

function isCard(pass: Pass, el: Element): boolean {
  const s = pass.stats(el);
  if (s.total === 0 || s.total > MAX_CARD_WEIGHT || s.proseBlocks > 1 || s.linkCount === 0) return false;
  for (const h of el.querySelectorAll(CARD_HEADINGS)) {
    const hs = pass.stats(h);
    if (hs.total > 0 && hs.links >= MIN_HEADLINE_LINK_SHARE * hs.total) return true;
  }
  return false;
}

export function removeTeaserCards(pass: Pass): void {
  const cards = pass.all.filter((el) => el.tagName === 'ARTICLE' && pass.alive(el) && isCard(pass, el));
  const outer = cards.filter((c) => !cards.some((o) => o !== c && o.contains(c)));
  if (outer.length < MIN_CARDS) return;
  // a row: the cards under the lowest element that holds another card besides this one
  const rows = new Map<Element, Element[]>();
  for (const c of outer) {
    let row = c.parentElement;
    while (row && !outer.some((o) => o !== c && row!.contains(o))) row = row.parentElement;
    if (!row) continue;
    const list = rows.get(row);
    if (list) list.push(c);
    else rows.set(row, [c]);
  }
  const { id, category } = STRUCTURE_RULES.teaserCard;
  for (const row of rows.values()) if (row.length >= MIN_CARDS) for (const c of row) pass.remove(c, category, id);
}
