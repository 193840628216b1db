/**
 * Text measures for the declutter guards: folded text, link density, and how much *prose*
 * (sentences outside links) a block holds. Pure DOM walking, no layout, no getComputedStyle
 * (very slow in jsdom).
 */

/** CJK carries two to three times the meaning per character of Latin text: weigh it double. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f]/gu;
/** A block counts as prose from this weight on (about 50 CJK or 100 Latin characters). */
export const PROSE_MIN_WEIGHT = 100;
/** Sentence ends: prose has them, headline lists rarely do. */
const SENTENCE_END = /[。．！？!?]|\.(?:\s|$)|[.!?]["”」』)]?$/u;
const SKIP_TEXT_IN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);
/** Phrasing elements: they sit inside a line of text rather than make one. */
export const INLINE = new Set('A ABBR B BDI BDO BR CITE CODE DATA DFN EM FONT I KBD LABEL MARK Q RP RT RUBY S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR BIG TT STRIKE DEL INS'.split(' '));
const WS = /[\s\u3000\u00a0]+/gu;

export function collapseSpace(s: string): string {
  return s.replace(WS, ' ').trim();
}

/**
 * How many non-whitespace characters `el.textContent` holds, counting stops past `limit`
 * (returns limit + 1). Two nested elements collapseSpace to the same text exactly when these counts
 * agree (the inner text is a slice of the outer), so callers that compare a short heading
 * with its ancestors stop after a few dozen characters instead of reading a whole body's
 * textContent per candidate (quadratic on pages of thousands of paragraphs).
 */
export function solidCharsUpTo(el: Node, limit: number): number {
  let n = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      n += (node.nodeValue ?? '').replace(WS, '').length;
      if (n > limit) return limit + 1;
    }
    const down: Node | null = node.nodeType === 1 ? node.firstChild : null;
    if (down) {
      node = down;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  return n;
}

export function weight(s: string): number {
  const cjk = s.match(CJK);
  return s.length + (cjk ? cjk.length : 0);
}

export interface Stats {
  /** weight of all text */
  total: number;
  /** weight of text inside links */
  links: number;
  /** weight of the prose blocks (non-link text of a block ≥ PROSE_MIN_WEIGHT with a sentence end) */
  prose: number;
  /** number of prose blocks */
  proseBlocks: number;
  /** number of links with text */
  linkCount: number;
}

export interface Measure extends Stats {
  /** whitespace-folded visible text (script/style skipped) */
  text: string;
}

/**
 * Recursive walk (firstChild/nextSibling, no TreeWalker or closest() per text node: both are
 * slow in jsdom) carrying whether we are inside a link and which block we are in.
 */
export function measure(el: Element): Measure {
  const parts: string[] = [];
  const blockText = new Map<Element, string>();
  const acc = { total: 0, links: 0, linkCount: 0 };
  const walk = (node: Node, inLink: boolean, block: Element): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = c.nodeValue ?? '';
        if (!data.trim()) continue;
        parts.push(data);
        const w = weight(collapseSpace(data));
        acc.total += w;
        if (inLink) acc.links += w;
        else blockText.set(block, (blockText.get(block) ?? '') + data);
      } else if (c.nodeType === 1) {
        const e = c as Element;
        const tag = e.tagName;
        if (SKIP_TEXT_IN.has(tag)) continue;
        const isLink = tag === 'A';
        if (isLink && !inLink) {
          const before = acc.links;
          walk(e, true, block);
          if (acc.links > before) acc.linkCount++;
          continue;
        }
        const inline = INLINE.has(tag);
        if (!inline) parts.push(' ');
        walk(e, inLink || isLink, inline ? block : e);
        if (!inline) parts.push(' ');
      }
    }
  };
  walk(el, el.tagName === 'A', el);
  let prose = 0;
  let proseBlocks = 0;
  for (const t of blockText.values()) {
    const f = collapseSpace(t);
    const w = weight(f);
    if (w >= PROSE_MIN_WEIGHT && SENTENCE_END.test(f)) {
      prose += w;
      proseBlocks++;
    }
  }
  return { text: collapseSpace(parts.join('')), total: acc.total, links: acc.links, prose, proseBlocks, linkCount: acc.linkCount };
}

function isProse(text: string): number {
  const f = collapseSpace(text);
  const w = weight(f);
  return w >= PROSE_MIN_WEIGHT && SENTENCE_END.test(f) ? w : 0;
}

/**
 * Stats for every element under `root` in one post-order walk, so the stages read them in O(1)
 * instead of re-walking nested candidates. `Pass` keeps them current by subtracting a removed
 * block's stats from its ancestors.
 */
export function statsTree(root: Element): Map<Element, Stats> {
  const map = new Map<Element, Stats>();
  const visit = (e: Element, inLink: boolean): string => {
    const s: Stats = { total: 0, links: 0, prose: 0, proseBlocks: 0, linkCount: 0 };
    let own = '';
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = c.nodeValue ?? '';
        if (!data.trim()) continue;
        const w = weight(collapseSpace(data));
        s.total += w;
        if (inLink) s.links += w;
        else own += data;
      } else if (c.nodeType === 1) {
        const ce = c as Element;
        if (SKIP_TEXT_IN.has(ce.tagName)) continue;
        const isLink = ce.tagName === 'A';
        own += visit(ce, inLink || isLink);
        const cs = map.get(ce)!;
        s.total += cs.total;
        s.links += cs.links;
        s.prose += cs.prose;
        s.proseBlocks += cs.proseBlocks;
        s.linkCount += cs.linkCount + (isLink && !inLink && cs.links > 0 ? 1 : 0);
      }
    }
    map.set(e, s);
    // inline elements hand their text to the enclosing block; blocks judge their own text
    if (INLINE.has(e.tagName) && e !== root) return own;
    const w = isProse(own);
    if (w) {
      s.prose += w;
      s.proseBlocks++;
    }
    return '';
  };
  visit(root, root.tagName === 'A');
  return map;
}

/** Shape check for a block that a rule matched; see `Shape` in rules.ts. */
export function fitsShape(m: Stats, shape: 'list' | 'small' | 'any', phase: 'pre' | 'post'): boolean {
  if (shape === 'any') return true;
  if (shape === 'small') {
    // a short bio, prompt or comment box: some prose allowed, never a body's worth
    return m.prose <= (phase === 'post' ? 400 : 600) && m.proseBlocks <= 3;
  }
  // list: no prose at all, or a link-heavy block whose prose is a small part of it
  if (m.proseBlocks === 0) return true;
  if (m.links >= 0.5 * m.total && m.prose <= 0.3 * m.total && m.proseBlocks <= 2) return true;
  // teaser cards whose titles are plain text (lifehacker-jp): one sentence-like title among many
  return m.proseBlocks <= 1 && m.prose <= 0.25 * m.total;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Letters or digits beside `node` in its line: siblings up to a block element or a <br> (with
 * `bareOnly`, in bare text nodes only: words of the sentence itself, not other labelled pieces).
 */
function textBeside(node: Node, bareOnly: boolean): boolean {
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    for (let sib = node[step]; sib; sib = sib[step]) {
      if (sib.nodeType === 1 && (sib.nodeName === 'BR' || !INLINE.has(sib.nodeName))) break;
      if (bareOnly && sib.nodeType !== 3) continue;
      if (LETTER_OR_DIGIT.test(sib.textContent ?? '')) return true;
    }
  }
  return false;
}

/**
 * An inline element (a strong, a span) is a line of its own only when nothing else is written in
 * its line: no text beside it or beside any inline element around it, up to the nearest block or
 * <br>. Otherwise it is a phrase of a sentence, and a whole-line rule (notice-lines.ts) must not
 * cut it out (appen's "<strong>Follow us</strong> to stay up to date", a "<strong>Tel. …</strong>"
 * inside a story sentence); its block is judged as a whole instead.
 *
 * `bareOnly` (the tail's label check, post-process removeTail): only words in bare text count,
 * so a line made of labelled pieces ("<span>First Published:</span> <span>Tuesday, …</span>",
 * "<span>Erschienen am</span> <span>26. Jan 2022</span> …") is still taken piece by piece, while
 * zeit's "… vor der Filiale von <span><a>JPMorgan Chase</a></span>" and a drop cap
 * ("<span>D</span>er Anstieg …", eurailpress) are phrases of their sentence.
 */
export function inRunningText(el: Element, bareOnly = false): boolean {
  for (let node: Element | null = el; node && INLINE.has(node.nodeName); node = node.parentElement) {
    if (textBeside(node, bareOnly)) return true;
  }
  return false;
}
