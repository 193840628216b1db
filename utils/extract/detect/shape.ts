/**
 * Detect, page shape: one long body of prose, or many teaser blocks? One capped pass over the
 * DOM (no clone, no layout, no getComputedStyle) collects prose blocks, clusters them by their
 * container, and counts headline-length links and headline+summary cards.
 *
 * Lengths are "English-equivalent characters": Japanese and Chinese carry two to three times the
 * meaning per character of English, Korean about 1.7 times, so CJK text is weighted up
 * by its share of the sampled prose.
 */
import { isHidden } from '../declutter/dom';
import { liveDom } from '../live-dom';

/** Subtrees that never hold the article body. Forms are not skipped: ASP.NET sites wrap the page in one. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE HEAD SVG svg MATH math NAV FOOTER ASIDE SELECT TEXTAREA BUTTON IFRAME OBJECT CANVAS VIDEO AUDIO'.split(' '),
);
/** Phrasing elements: text inside them belongs to the nearest block around them. */
const INLINE_TAGS = new Set(
  'A SPAN B STRONG I EM U S SMALL BIG FONT SUB SUP MARK Q CITE ABBR TIME CODE KBD VAR RUBY RB RT RP LABEL DFN INS DEL BDI BDO TT STRIKE NOBR'.split(' '),
);
const HEADING = /^H[1-6]$/;

/** Work cap: nodes visited (elements and text). A typical news page has 3–15 thousand, and the
 * article body sits well inside the first 12,000 on every page of the benches. Measured in
 * Chromium on 20,000 <p>: ~8 ms warm, ~40 ms for the very first (cold) call; uncapped it was
 * 0.8 s (bench:browser and the detector tests keep watch). */
const MAX_NODES = 12_000;
/** Characters of prose sampled to measure the script mix. */
const SAMPLE_CHARS = 3_000;
/** Elements kept per collected list (metas, scripts, controls, microdata items, h1s, readerable candidates). */
const MAX_COLLECTED = 300;
/** Peer candidates checked for a linked headline (each check is a query of its container). */
const MAX_PEER_CHECKS = 40;

/** Weight per character by script (English-equivalent characters). Japanese/Chinese: 2.5, the
 * middle of the 2–3× (reading rates agree: Japanese is commonly put at 400–600
 * characters a minute, English at ~240 words ≈ 1,400 characters, Brysbaert 2019). Hangul is
 * spaced like English but denser: 1.7. */
const CJK_WEIGHT = 2.5;
const HANGUL_WEIGHT = 1.7;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_CHAR = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;

/** A block is prose when it holds at least this many equivalent characters outside links
 * (a sentence: ~60 English characters, ~24 Japanese). Shorter text blocks (≥ MIN_TEXT_EQ) still
 * add to a container that has prose: Japanese news often has one-line paragraphs. */
const MIN_PROSE_EQ = 60;
const MIN_TEXT_EQ = 20;
/** A link is a headline link when its text is at least this long (≈12 CJK characters, "政治" or
 * "Sports" navigation labels are shorter). Long card links are capped when summed. */
const MIN_HEADLINE_EQ = 30;
const MAX_HEADLINE_EQ = 500;
/** A card: a container with a headline link and at most this many short prose blocks. */
const CARD_MAX_BLOCKS = 2;
const CARD_MAX_PROSE_EQ = 900;
/** A peer of the body: another container with at least half its prose (and ≥ 250 eq). */
const PEER_MIN_EQ = 250;
const PEER_RATIO = 0.5;
const LINKED_HEADING = 'h1 a[href],h2 a[href],h3 a[href],a[href] h1,a[href] h2,a[href] h3';

export interface ShapeStats {
  /** share of CJK (Han, kana) letters in the sampled prose, 0..1 */
  cjkShare: number;
  /** multiplier from characters to English-equivalent characters */
  weight: number;
  /** share of Hangul letters in the sampled prose, 0..1 */
  hangulShare: number;
  /** prose in the best container (eq chars) and its block count */
  bodyEq: number;
  bodyBlocks: number;
  /** the best container, or null */
  body: Element | null;
  /** an element's parent as the walk saw it (walked elements only) */
  parentOf(el: Element): Element | null;
  /** prose on the whole page (eq chars) */
  proseEq: number;
  /** links with headline-length text, and their summed text (eq chars) */
  headlineLinks: number;
  headlineEq: number;
  /** containers shaped like teaser cards (headline link + short summary) */
  cards: number;
  /** other containers with prose comparable to the body's (several posts on one page) */
  peers: number;
  /** the node cap was hit */
  capped: boolean;
  /** Elements the other signals need, collected on the same walk (each getElementsByTagName
   * is another full-document walk in jsdom, and the walk is capped): microdata items, JSON-LD
   * scripts and <meta>s (head and body), forms/buttons/inputs, the first <h1>s. Each list capped. */
  itemtypes: Element[];
  scripts: Element[];
  metas: Element[];
  controls: Element[];
  h1s: Element[];
  /** Readability's readerable candidates met (p outside li, pre, article, div holding a br) */
  readerable: Element[];
  /** <article> elements met */
  articles: number;
  /** an `itemprop="price"` was met */
  price: boolean;
}

interface BlockStat {
  own: number;
  link: number;
}
interface Cluster {
  prose: number;
  blocks: number;
  headlines: number;
}

export function pageShape(doc: Document): ShapeStats {
  const dom = liveDom(doc);
  const read = dom.getAttribute;
  const root = dom.body(doc) ?? dom.documentElement(doc);
  const blocks = new Map<Element, BlockStat>();
  const linkLen = new Map<Element, number>();
  // For each element walked into: its parent and how many element children it has (read from
  // the walk, never from the page's own properties: see live-dom.ts).
  const info = new Map<Element, { parent: Element | null; kids: number }>();
  const blockOf = new Map<Element, Element>();
  let sample = '';
  let visited = 0;
  let capped = false;
  const itemtypes: Element[] = [];
  const scripts: Element[] = [];
  const metas: Element[] = [];
  const controls: Element[] = [];
  const h1s: Element[] = [];
  const readerable: Element[] = [];
  let articles = 0;
  let price = false;
  const keep = (list: Element[], el: Element) => list.length < MAX_COLLECTED && list.push(el);
  const collect = (el: Element, tag: string) => {
    if (tag === 'META') keep(metas, el);
    else if (tag === 'SCRIPT' && /ld\+json/i.test(read(el, 'type') || '')) keep(scripts, el);
    else if (tag === 'FORM' || tag === 'BUTTON' || tag === 'INPUT') keep(controls, el);
    else if (tag === 'H1') keep(h1s, el);
    else if (tag === 'ARTICLE') articles++;
  };
  const head = dom.head(doc);
  if (head) {
    const hw = dom.walker(head, 0x1 /* SHOW_ELEMENT */);
    let n = 0;
    for (let c = hw.firstChild() as Element | null; c && n < MAX_COLLECTED; c = hw.nextSibling() as Element | null, n++) collect(c, dom.tagName(c));
  }

  interface Frame {
    el: Element;
    block: Element;
    link: Element | null;
    inLi: boolean;
  }
  const stack: Frame[] = [];
  const w = root ? dom.walker(root) : null;
  let node: Node | null = null;
  if (root && w) {
    stack.push({ el: root, block: root, link: null, inLi: false });
    info.set(root, { parent: null, kids: 0 });
    node = w.firstChild();
  }
  while (node && w) {
    if (++visited > MAX_NODES) {
      capped = true;
      break;
    }
    const top = stack[stack.length - 1];
    let open: Frame | null = null;
    if (dom.nodeType(node) === 1) {
      const el = node as Element;
      // What the other signals need rides along on this walk, before the skip test (JSON-LD
      // scripts and buttons sit in skipped subtrees' roots).
      const tag = dom.tagName(el);
      collect(el, tag);
      const parentInfo = info.get(top.el);
      if (parentInfo) parentInfo.kids++;
      // most elements carry no attribute at all: one call instead of five
      const attrs = dom.hasAttributes(el);
      if (attrs && read(el, 'itemtype') !== null) keep(itemtypes, el);
      if (attrs && !price && read(el, 'itemprop') === 'price') price = true;
      if (!SKIP_TAGS.has(tag) && !(attrs && isHidden(el, read))) {
        info.set(el, { parent: top.el, kids: 0 });
        const block = INLINE_TAGS.has(tag) ? top.block : el;
        blockOf.set(el, block);
        open = { el, block, link: tag === 'A' ? el : top.link, inLi: top.inLi || tag === 'LI' };
        // Readability's readerable candidates: p (not inside li), pre, article, divs holding a br
        if ((tag === 'P' && !top.inLi) || tag === 'PRE' || tag === 'ARTICLE') keep(readerable, el);
        else if (tag === 'BR' && dom.tagName(top.el) === 'DIV' && readerable[readerable.length - 1] !== top.el) keep(readerable, top.el);
      }
    } else {
      const data = (node as Text).data;
      const len = data.trim().length;
      if (len > 0) {
        const { block, link } = top;
        let stat = blocks.get(block);
        if (!stat) blocks.set(block, (stat = { own: 0, link: 0 }));
        if (link) {
          stat.link += len;
          linkLen.set(link, (linkLen.get(link) ?? 0) + len);
        } else {
          stat.own += len;
          if (len >= 15 && sample.length < SAMPLE_CHARS) sample += data;
        }
      }
    }
    // Pre-order walk without recursion: down, else next sibling, else up.
    if (open && w.firstChild()) {
      stack.push(open);
      node = w.currentNode;
      continue;
    }
    node = null;
    for (;;) {
      if (w.nextSibling()) {
        node = w.currentNode;
        break;
      }
      if (stack.length <= 1 || !w.parentNode()) break;
      stack.pop();
    }
  }

  const letters = count(sample, LETTER) || 1;
  const cjkShare = count(sample, CJK_CHAR) / letters;
  const hangulShare = count(sample, HANGUL_CHAR) / letters;
  const weight = 1 + (CJK_WEIGHT - 1) * cjkShare + (HANGUL_WEIGHT - 1) * hangulShare;

  const parentOf = (el: Element): Element | null => info.get(el)?.parent ?? null;
  const kidsOf = (el: Element): number => info.get(el)?.kids ?? 0;
  // Prose blocks credit their container; an only child credits its parent's container, so
  // `<div class="para"><p>…</p></div>` wrappers still add up to one body.
  const clusters = new Map<Element, Cluster>();
  const clusterOf = (block: Element): Element => {
    let c = parentOf(block) ?? block;
    for (let i = 0; i < 2 && kidsOf(c) === 1 && parentOf(c) && c !== root; i++) c = parentOf(c) as Element;
    return c;
  };
  const clusterFor = (el: Element): Cluster => {
    let c = clusters.get(el);
    if (!c) clusters.set(el, (c = { prose: 0, blocks: 0, headlines: 0 }));
    return c;
  };
  let proseEq = 0;
  for (const [block, stat] of blocks) {
    const own = stat.own * weight;
    if (own < MIN_TEXT_EQ || stat.link > stat.own || HEADING.test(dom.tagName(block))) continue;
    const isProse = own >= MIN_PROSE_EQ;
    if (isProse) proseEq += own;
    const c = clusterFor(clusterOf(block));
    c.prose += own;
    if (isProse) c.blocks++;
    if (isProse && kidsOf(block) > 0) {
      // Text directly in a container between <br>s ("div soup") is its own cluster too.
      const self = clusterFor(block);
      self.prose += own;
      self.blocks++;
    }
  }
  let headlineLinks = 0;
  let headlineEq = 0;
  for (const [link, len] of linkLen) {
    const eq = len * weight;
    if (eq < MIN_HEADLINE_EQ) continue;
    headlineLinks++;
    headlineEq += Math.min(eq, MAX_HEADLINE_EQ);
    const block = blockOf.get(link) ?? link;
    const stat = blocks.get(block);
    // A long link inside a paragraph is part of the prose, not a teaser's headline.
    if (!stat || stat.link >= stat.own) clusterFor(clusterOf(block)).headlines++;
  }

  let cards = 0;
  let body: Element | null = null;
  let best: Cluster = { prose: 0, blocks: 0, headlines: 0 };
  for (const [el, c] of clusters) {
    if (cardLike(c)) cards++;
    else if (c.blocks > 0 && c.prose > best.prose) {
      best = c;
      body = el;
    }
  }
  // Other containers holding prose comparable to the best one, each under its own linked
  // headline: a page of several posts or long excerpts, not one article. Sections of one long
  // article (unlinked h2s) and comment threads (no headings) are not peers.
  let peers = 0;
  if (body) {
    const floor = Math.max(PEER_MIN_EQ, best.prose * PEER_RATIO);
    let checked = 0;
    for (const [el, c] of clusters) {
      if (c === best || c.blocks === 0 || c.prose < floor || cardLike(c) || dom.contains(el, body) || dom.contains(body, el)) continue;
      if (++checked > MAX_PEER_CHECKS) break;
      if (dom.query(parentOf(el) ?? el, LINKED_HEADING)) peers++;
    }
  }
  return {
    peers,
    cjkShare,
    hangulShare,
    weight,
    bodyEq: Math.round(best.prose),
    bodyBlocks: best.blocks,
    body,
    parentOf,
    proseEq: Math.round(proseEq),
    headlineLinks,
    headlineEq: Math.round(headlineEq),
    cards,
    capped,
    itemtypes,
    scripts,
    metas,
    controls,
    h1s,
    readerable,
    articles,
    price,
  };
}

function cardLike(c: Cluster): boolean {
  return c.headlines > 0 && c.blocks > 0 && c.blocks <= CARD_MAX_BLOCKS && c.prose < CARD_MAX_PROSE_EQ;
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
