/**
 * Teaser lines inside the story: a paragraph that is nothing but a link to another article of the
 * same site, perhaps after a short label ("Wegen Corona: <a>Danni Büchner sagt Hochzeit ab</a>",
 * "<a>Alkohol beim Angeln – Diskussion im Forum</a>", Fox News' upper-case headline links between
 * paragraphs), or several such links one per line after a label ("Siehe auch<br><a>…</a><br><a>…</a>",
 * nesselsetzer). Seen on trafilatura-dev (tonight.de, fisch-hitparade, nesselsetzer) and scrapinghub
 * (foxnews, foxbusiness). The paragraph is the link: removing it removes the link and nothing
 * else. Links in running text (more than a short label around them, or a sentence that goes on
 * after the link: "See <a>the earlier story</a>."), in lists, tables, quotes and captions, and
 * links to other sites (a source, a petition) stay.
 */
import type { Removal } from '../types';
import { foldSpace } from '../fold-space';

const MIN_LINE_CHARS = 12;
const MAX_LINE_CHARS = 160;
/** Share of the line's characters inside the links. */
const MIN_LINK_SHARE = 0.7;
/** Text beside the links: a label ("Lesen Sie auch:", "Wegen Corona:"), not a sentence. */
const MAX_LABEL_CHARS = 30;
const NOT_IN = 'li, td, th, blockquote, figure, table, pre';
/** After a teaser's last link: nothing, or closing marks; a sentence end there makes it a sentence. */
const RE_SENTENCE_AFTER = /[.!?。！？]/u;

/** The text that follows `a` inside `p` (in document order). */
function textAfter(p: Element, a: Element): string {
  const range = p.ownerDocument.createRange();
  range.setStartAfter(a);
  range.setEnd(p, p.childNodes.length);
  return range.toString();
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** A link to another page of the page's own site (not its home page, not this page). */
function isSiteLink(href: string, host: string, page: string): boolean {
  let u: URL;
  try {
    u = new URL(href, page);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(u.protocol) || u.host.replace(/^www\./, '') !== host) return false;
  if (u.pathname === '/' || u.pathname === '') return false;
  return u.href.split('#')[0] !== page.split('#')[0];
}

/** The link ends its line: a <br> or the paragraph's end follows it, or closes it (blank text aside). */
function endsLine(a: Element): boolean {
  let last = a.lastChild;
  while (last && last.nodeType === 3 && !(last.nodeValue ?? '').trim()) last = last.previousSibling;
  if (last?.nodeName === 'BR') return true;
  for (let n: Node | null = a; n; n = n.parentNode) {
    if (n.nodeName === 'P') return true;
    let next = n.nextSibling;
    while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
    if (next) return next.nodeName === 'BR';
  }
  return true;
}

/** Blocks inside a card link: its kicker, title, summary or time each sit in one. */
const CARD_BLOCKS = 'div, p, h2, h3, h4, h5, h6';
const MIN_CARD_BLOCKS = 2;
const MAX_CARD_CHARS = 400;

/**
 * Headline cards between the story's paragraphs: one link to another page of the site wrapping
 * two or more blocks (eurosport's a.content-card: kicker "Olympia 2022 in Peking", title, "VOR 14
 * STUNDEN"). Running text never puts blocks inside a link, so the whole card is the teaser.
 */
function removeTeaserCards(article: Element, host: string, pageUrl: string, removed: Removal[]): void {
  for (const a of article.querySelectorAll('a[href]')) {
    if (!article.contains(a) || a.closest(NOT_IN) || !isSiteLink(a.getAttribute('href') ?? '', host, pageUrl)) continue;
    const text = foldSpace(a.textContent ?? '');
    if (text.length < MIN_LINE_CHARS || text.length > MAX_CARD_CHARS) continue;
    const blocks = [...a.querySelectorAll(CARD_BLOCKS)].filter((b) => !b.querySelector(CARD_BLOCKS) && foldSpace(b.textContent ?? ''));
    if (blocks.length < MIN_CARD_BLOCKS) continue;
    removed.push({ category: 'related', rule: 'extract-teaser-card', text, html: a.outerHTML });
    a.remove();
  }
}

/** A kicker of a few words and a colon before an italic teaser's one link (polityka). */
const RE_KICKER = /^[^.!?:]{8,60}:$/u;
const MIN_KICKER_WORDS = 3;

/**
 * An italic line "Kicker: <a>headline</a>" between paragraphs: polityka's "<em>Były dowódca wojsk
 * USA w Europie: <a>Rosja jest groźna</a></em>", its kicker longer than a label. One link, last,
 * and the whole paragraph in one em or i; a one-word "Quelle:" or "Source:" is not a kicker.
 */
function isKickerTeaser(p: Element, links: Element[], text: string): boolean {
  const only = p.children.length === 1 ? p.firstElementChild : null;
  if (links.length !== 1 || !only || !/^(?:EM|I)$/.test(only.tagName) || foldSpace(only.textContent ?? '') !== text) return false;
  const link = foldSpace(links[0].textContent ?? '');
  const kicker = text.endsWith(link) ? text.slice(0, text.length - link.length).trim() : '';
  return RE_KICKER.test(kicker) && kicker.split(/\s+/).length >= MIN_KICKER_WORDS;
}

export function removeTeaserLinkLines(article: Element, pageUrl: string | null): Removal[] {
  const host = hostOf(pageUrl);
  if (!host || !pageUrl) return [];
  const removed: Removal[] = [];
  removeTeaserCards(article, host, pageUrl, removed);
  for (const p of article.querySelectorAll('p')) {
    if (p.closest(NOT_IN)) continue;
    const text = foldSpace(p.textContent ?? '');
    const links = [...p.querySelectorAll('a[href]')];
    // several teasers, one per line ("Siehe auch<br><a>…</a><br><a>…</a>"): each line may be as long as one
    const lines = links.length > 1 && links.every(endsLine) ? links.length : 1;
    if (text.length < MIN_LINE_CHARS || text.length > MAX_LINE_CHARS * lines) continue;
    if (!links.length || !links.every((a) => isSiteLink(a.getAttribute('href') ?? '', host, pageUrl))) continue;
    const linked = links.reduce((n, a) => n + foldSpace(a.textContent ?? '').length, 0);
    const short = linked >= MIN_LINK_SHARE * text.length && text.length - linked <= MAX_LABEL_CHARS;
    if (!short && !isKickerTeaser(p, links, text)) continue;
    if (RE_SENTENCE_AFTER.test(textAfter(p, links[links.length - 1]))) continue;
    removed.push({ category: 'related', rule: 'extract-teaser-link-line', text, html: p.outerHTML });
    p.remove();
  }
  return removed;
}
