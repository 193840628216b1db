/**
 * The standfirst: the lead paragraph (or a subtitle) between the headline and the body, which
 * Readability leaves out when it sits in the page's header block rather than in the body
 * container (trafilatura-dev: `h2.article-lead`, `p.ts-intro`, `div.documentDescription`,
 * `div.teaser-text`, `div.c-page-intro__copy`, `header > div.lead`, `div.leader`; the German,
 * Polish and English news and blog pages of the set lose it with plain Readability too).
 *
 * Like the lead image: the text blocks after the headline are read from the decluttered clone
 * before Readability changes it; once the article is known, the blocks that stood between the
 * headline and the article's first block, that read as prose and are none of the page's
 * furniture (captions, bylines, author tooltips, share rows, forms), go back on top of it.
 * Nothing is put back when the article's first block is not among the blocks read (the body
 * starts elsewhere, or the article already begins above the headline).
 */
import { BLOCK_TAGS, MAX_CREDIT_LINE_CHARS, RE_CREDIT_LINE, RE_CREDIT_SUFFIX, SKIP_TEXT_TAGS } from '../constants';
import { isBylineOrDateLine } from '../body/post-process';
import { isHidden } from '../declutter/dom';
import { weight } from '../declutter/measure';
import { foldSpace } from '../fold-space';

/** Elements walked after the headline, and text blocks recorded (header rows, bylines, share bars…). */
const MAX_SCAN_ELEMENTS = 200;
const MAX_SCAN_BLOCKS = 24;
/** A lead is prose: two sentences of this weight at least (CJK counts double, see measure.ts)… */
const MIN_LEAD_WEIGHT = 80;
/** …or one sentence (with or without its full stop) of this weight. */
const MIN_ONE_SENTENCE_LEAD_WEIGHT = 200;
const MAX_LEAD_CHARS = 1200;
const MAX_LEADS = 2;
/** Share of a lead's text allowed inside links. */
const MAX_LINK_SHARE = 0.3;
/** Characters of a block that identify it (the article's first block against the blocks read). */
const KEY_CHARS = 40;
/** The article's first block is the first one this long (shorter ones: labels, counters). */
const MIN_FIRST_BLOCK_CHARS = 30;
const RE_SENTENCE_END = /[.!?…。！？][\s"'”“’»«)）」』]*$/u;
/** Where a lead never sits: links, lists, tables, forms, captions, page furniture. */
const NOT_LEAD_TAG = /^(?:A|LI|DT|DD|TD|TH|TABLE|CAPTION|FIGURE|FIGCAPTION|NAV|ASIDE|FOOTER|FORM|BUTTON|LABEL|SELECT|ADDRESS|TIME|BLOCKQUOTE|PRE)$/;
/**
 * Class/id words of the furniture around a headline (words split on `-`, `_` and camelCase).
 * Seen on trafilatura-dev: `mntl-author-tooltip__bio` (thebalance), `c-page-intro__author` (kas),
 * `c-article-meta__author` (skateboardmsm), `figure__caption`, `news-img-caption` (oetv),
 * `image-credit` (wmn), `article-reading-time` (dwutygodnik), `m-metadata` (topagrar),
 * `p.imageDescription` (pronats, a picture's caption); on scrapinghub: `<disclaimer>` (forbes),
 * `fb-send-to-messenger-container` (cnn). (Not `category` or `tag`: WordPress puts `category-…`
 * and `tag-…` on the post's own wrapper.)
 */
const NOT_LEAD_WORDS = new Set('author authors bio byline meta metadata tooltip caption credit credits copyright share social date reading breadcrumb breadcrumbs disclaimer newsletter modal ad ads advert promo messenger image img photo picture'.split(' '));
/**
 * Class words that name a standfirst: on the block itself they outweigh a furniture word among
 * its utility classes (eurosport's `ArticleHeroBlack__teaser--light … caption-s5-fx`). Seen on
 * trafilatura-dev: lead, intro, teaser, description, subtitle, subheadline, excerpt, leader.
 */
const LEAD_WORDS = new Set('lead leader intro teaser description subtitle subheadline standfirst excerpt summary dek deck kicker'.split(' '));
const WORD_SPLIT = /[-_\s:.]+|(?<=[a-z0-9])(?=[A-Z])/u;
/** The block and its nearest ancestors are checked for furniture (not the page's outer wrappers). */
const MAX_ANCESTORS = 3;

export interface Standfirst {
  /** the first characters of each text block read after the headline, in document order */
  keys: string[];
  /** the blocks among them that may be the lead: their index in `keys` and a detached copy */
  leads: { at: number; text: string; box: Element }[];
}

function hasBlockInside(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName) || hasBlockInside(c)) return true;
  return false;
}

/** Class, id and (custom) tag name words: `<disclaimer>`, `<group-blog-blurb>` (forbes) count too. */
function classWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.localName}`.split(WORD_SPLIT).map((w) => w.toLowerCase());
}

function isFurniture(el: Element, headline: Element): boolean {
  let i = 0;
  for (let e: Element | null = el; e && !e.contains(headline); e = e.parentElement, i++) {
    if (NOT_LEAD_TAG.test(e.tagName) || isHidden(e)) return true;
    if (i >= MAX_ANCESTORS) continue;
    const words = classWords(e);
    if (!words.some((w) => LEAD_WORDS.has(w)) && words.some((w) => NOT_LEAD_WORDS.has(w))) return true;
  }
  return false;
}

/** Text as shown: script, style and other non-text elements skipped. */
function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !SKIP_TEXT_TAGS.has((c as Element).tagName)) walk(c);
    }
  };
  walk(el);
  return foldSpace(out);
}

function linkShare(el: Element, chars: number): number {
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += foldSpace(a.textContent ?? '').length;
  return chars ? linked / chars : 0;
}

/** Sentences in `text` (Intl.Segmenter; one when the runtime has none). */
function sentenceCount(text: string): number {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return 1;
  let n = 0;
  for (const s of new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(text)) if (s.segment.trim().length > 1) n++;
  return n;
}

/** The block's own class or id names it a standfirst (`h2.article-lead`, `p.news-description`). */
const namesLead = (el: Element): boolean => classWords(el).some((w) => LEAD_WORDS.has(w));

/**
 * A standfirst is a paragraph: two sentences or more, or one long one, or one whole sentence (its
 * full stop included) in a block whose own class names it the lead (auto-motor's
 * `h2.article-lead`, oetv's `p.news-description`: trafilatura-dev keeps both). A one-line dek
 * under the headline ("The LC 500 looks good even with the roof chopped off") belongs with the
 * headline, not the text (scrapinghub's article bodies leave it out; trafilatura-dev's keep
 * paragraph standfirsts).
 */
function isLead(el: Element, text: string, headline: Element): boolean {
  if (text.length > MAX_LEAD_CHARS || isFurniture(el, headline)) return false;
  const w = weight(text);
  if (w < MIN_LEAD_WEIGHT) return false;
  if (w < MIN_ONE_SENTENCE_LEAD_WEIGHT && (!RE_SENTENCE_END.test(text) || (sentenceCount(text) < 2 && !namesLead(el)))) return false;
  if ((text.length <= MAX_CREDIT_LINE_CHARS && RE_CREDIT_LINE.test(text)) || RE_CREDIT_SUFFIX.test(text) || isBylineOrDateLine(text)) return false;
  return linkShare(el, text.length) <= MAX_LINK_SHARE;
}

const keyOf = (text: string): string => text.slice(0, KEY_CHARS);

/**
 * Reads the text blocks after `headline` (in the decluttered clone, before Readability). A block
 * repeating the title (a second, hidden-on-desktop copy of the headline) is never a lead.
 */
export function findStandfirst(headline: Element | null, title: string | null): Standfirst | null {
  if (!headline) return null;
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  if (title) title = foldSpace(title);
  const out: Standfirst = { keys: [], leads: [] };
  for (let i = 0; i < MAX_SCAN_ELEMENTS && out.keys.length < MAX_SCAN_BLOCKS; i++) {
    const el = walker.nextNode() as Element | null;
    if (!el) break;
    if (headline.contains(el) || !BLOCK_TAGS.has(el.tagName) || hasBlockInside(el)) continue;
    const text = visibleText(el);
    if (!text) continue;
    if (!(title && text.includes(title)) && isLead(el, text, headline)) {
      out.leads.push({ at: out.keys.length, text, box: el.cloneNode(true) as Element });
    }
    out.keys.push(keyOf(text));
  }
  return out.leads.length ? out : null;
}

/** The article's first block of real text (labels, counters and the lead picture skipped), or null. */
function firstBlockKey(article: Element): string | null {
  const walker = article.ownerDocument.createTreeWalker(article, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (!BLOCK_TAGS.has(el.tagName) || hasBlockInside(el) || el.closest('figure')) continue;
    const text = visibleText(el);
    if (text.length >= MIN_FIRST_BLOCK_CHARS) return keyOf(text);
  }
  return null;
}

/**
 * Puts the lead blocks that stood before the article's first block back on top of the article
 * (as paragraphs, their inline markup kept), unless the article already holds them.
 */
export function restoreStandfirst(article: Element, standfirst: Standfirst | null): number {
  if (!standfirst) return 0;
  const first = firstBlockKey(article);
  const at = first === null ? -1 : standfirst.keys.indexOf(first);
  if (at <= 0) return 0;
  const shown = visibleText(article);
  const leads = standfirst.leads.filter((l) => l.at < at && !shown.includes(l.text)).slice(0, MAX_LEADS);
  const doc = article.ownerDocument;
  const container = article.firstElementChild && article.children.length === 1 && /^(?:DIV|SECTION|ARTICLE)$/.test(article.firstElementChild.tagName) ? article.firstElementChild : article;
  // after the lead picture restoreLeadImage put on top, if any: headline, picture, standfirst, body
  let anchor = container.firstChild;
  while (anchor && anchor.nodeType === 1 && (anchor as Element).tagName === 'FIGURE') anchor = anchor.nextSibling;
  for (const lead of leads) {
    const p = doc.createElement('p');
    const box = doc.importNode(lead.box, true) as Element;
    while (box.firstChild) p.appendChild(box.firstChild);
    container.insertBefore(p, anchor);
  }
  return leads.length;
}
