/**
 * The page's size and depth bounds, in one place: the CLI checks its HTML string against the
 * same limits (scripts/cli/bounds.ts), the clean view and Save check the live DOM here, and the
 * pipeline caps its clone's depth here. Every walk is iterative: no recursion.
 *  - too many elements: refused with a "too large" notice (`too-large` in the CLI). Measured:
 *    200,000 elements took ~12 s from the shortcut to the view in Chromium, with the tab frozen.
 *  - too deep for the DOM (only script-built trees: Chromium's parser caps served markup at 512
 *    levels): cloneNode and Readability overflow the stack, so the pipeline gets a flattened copy.
 *  - too deep for Readability (past 128 in the clone): flattened below 32 by `capDepth`.
 * The live page is read only through live-dom.ts: a form control named `parentNode` or
 * `nextElementSibling` cannot make these walks loop (issue #12, F1).
 */
import { liveDom } from '../live-dom';

/** Pages with more elements are refused, in the CLI and the browser: no news page comes near it. */
export const MAX_ELEMENTS = 100_000;
/** Chromium's HTMLTreeBuilder cap (kMaximumHTMLParserDOMTreeDepth): deeper only by script. */
export const MAX_DEPTH = 512;

/** Elements that are content even when empty (kept when hoisted with nothing inside). */
const KEEP_EMPTY = new Set(
  'AREA BR COL EMBED HR IMG INPUT SOURCE TRACK WBR AUDIO VIDEO CANVAS IFRAME OBJECT PICTURE SVG MATH SELECT TEXTAREA METER PROGRESS'.split(' '),
);

/** Chromium keeps a live collection's length cached: this is one native walk, no JS per node. */
export function tooManyElements(doc: Document): boolean {
  const dom = liveDom(doc);
  return dom.byTagName(doc, '*').length > MAX_ELEMENTS;
}

/**
 * Whether any element sits deeper than `limit` below <html>; stops at the first. Reads the live
 * page through a TreeWalker (no page can shadow its methods, see live-dom.ts) and visits at most
 * MAX_ELEMENTS + 1 elements.
 */
export function deeperThan(doc: Document, limit: number): boolean {
  const dom = liveDom(doc);
  const root = dom.documentElement(doc);
  if (!root) return false;
  const w = dom.walker(root, 0x1 /* SHOW_ELEMENT */);
  let depth = 0;
  for (let steps = 0; steps <= MAX_ELEMENTS; steps++) {
    if (w.firstChild()) {
      if (++depth > limit) return true;
      continue;
    }
    while (!w.nextSibling()) {
      if (!w.parentNode()) return false;
      if (--depth <= 0) return false;
    }
  }
  return false;
}

/**
 * A copy of `doc` in a new inert document with nesting capped at `cap`, the way Chromium's
 * parser caps served markup (HTMLConstructionSite::AttachLater): an element deeper than the cap
 * becomes a sibling at the cap and keeps its own text. Hoisted elements left empty are dropped
 * (the 9,500 empty boxes of 10,000-deep nesting carry nothing). Iterative: no recursion; the live
 * page is read through a TreeWalker and the copy built with native calls (live-dom.ts), and the
 * walk visits at most 2 × MAX_ELEMENTS nodes (elements and the text between them).
 */
export function flattenedCopy(doc: Document, cap = MAX_DEPTH): Document {
  const dom = liveDom(doc);
  const out = dom.createInertDocument(doc);
  const srcRoot = dom.documentElement(doc);
  if (!srcRoot) return out;
  const dstRoot = dom.importNode(out, srcRoot, false);
  out.replaceChild(dstRoot, out.documentElement);
  /** copies of the open ancestors, by depth (index `cap` holds the current hoisted element) */
  const open: Node[] = [dstRoot];
  const hoisted: Element[] = [];
  const w = dom.walker(srcRoot, 0xffffffff /* SHOW_ALL */);
  let node: Node | null = w.firstChild();
  let depth = 1;
  for (let steps = 0; node && steps < 2 * MAX_ELEMENTS; steps++) {
    const copy = dom.importNode(out, node, false);
    if (dom.nodeType(node) === 1) {
      dom.append(open[Math.min(depth - 1, cap - 1)], copy);
      open[Math.min(depth, cap)] = copy;
      if (depth > cap) hoisted.push(copy as Element);
    } else {
      dom.append(open[Math.min(depth - 1, cap)], copy);
    }
    if (w.firstChild()) {
      node = w.currentNode;
      depth++;
      continue;
    }
    node = null;
    while (depth > 0) {
      if (w.nextSibling()) {
        node = w.currentNode;
        break;
      }
      if (!w.parentNode()) break;
      depth--;
    }
  }
  for (const el of hoisted) if (!dom.firstChild(el) && !KEEP_EMPTY.has(dom.tagName(el).toUpperCase())) dom.remove(el);
  return out;
}

/**
 * capDepth: caps the nesting depth of the pipeline's clone before anything walks it.
 *
 * Why: Readability's cleaning (_cleanConditionally → _getTextDensity → _getAllNodesWithTag on
 * every nested block) is cubic in nesting depth. A 512-deep chain with text at every level —
 * what the CLI's Chromium-style flattening leaves of 10,000-deep input — kept jsdom busy for
 * minutes, far past the 10 s page limit, and a browser tab would freeze the same way.
 *
 * How: only when the clone nests deeper than TRIGGER_DEPTH, elements deeper than FLAT_DEPTH are
 * hoisted to become siblings, in document order, under their ancestor at FLAT_DEPTH (the way
 * Chromium's parser treats depth past 512), each keeping its own text; bare containers (div,
 * span …) are unwrapped instead, their text joining the block at the cap. The cap is low because
 * even 128 levels of text-holding blocks cost Readability ~4 s on jsdom. No page of the
 * benchmark corpus or the fixtures nests deeper than 51 (measured with parse5, from <html>), so
 * real pages pass through untouched.
 */

/** Element depths counted from <html> (depth 0). */
export const TRIGGER_DEPTH = 128;
export const FLAT_DEPTH = 32;
/** Containers that carry nothing but their content: past the cap they are unwrapped, not hoisted. */
const UNWRAP = new Set(['DIV', 'SPAN', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'FONT', 'CENTER', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'U']);

/** The elements at exactly `depth` below `root` that have element children (iterative walk). */
function elementsAtCap(root: Element, depth: number): Element[] {
  const out: Element[] = [];
  let cur: Element | null = root;
  let d = 0;
  while (cur) {
    if (d === depth) {
      if (cur.firstElementChild) out.push(cur);
    } else if (cur.firstElementChild) {
      cur = cur.firstElementChild;
      d++;
      continue;
    }
    while (cur && cur !== root && !cur.nextElementSibling) {
      cur = cur.parentElement;
      d--;
    }
    if (!cur || cur === root) break;
    cur = cur.nextElementSibling;
  }
  return out;
}

/**
 * When `doc` nests deeper than `trigger`, flattens everything below depth `flat`; returns how
 * many elements were hoisted.
 */
export function capDepth(doc: Document, trigger = TRIGGER_DEPTH, flat = FLAT_DEPTH): number {
  const root = doc.documentElement;
  if (!root || elementsAtCap(root, trigger).length === 0) return 0;
  let moved = 0;
  for (const top of elementsAtCap(root, flat)) {
    // pre-order: each element moves up with its children, which then move up after it
    const stack: Element[] = [];
    for (let c = top.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    const order: Element[] = [];
    while (stack.length) {
      const e = stack.pop()!;
      order.push(e);
      for (let c = e.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
    if (order.length === countChildren(top)) continue;
    // last first: each element then moves without descendants (jsdom walks a moved node's whole
    // subtree on removal, which made moving the chain top-down quadratic)
    // Text of unwrapped containers is gathered into one text node per run: thousands of
    // sibling text nodes are as slow for Readability (live childNodes indexing) as thousands of
    // blocks.
    let anchor: Node | null = null;
    let run: string[] = [];
    const flush = () => {
      if (!run.length) return;
      const t = doc.createTextNode(run.reverse().join(' '));
      top.insertBefore(t, anchor);
      anchor = t;
      run = [];
    };
    for (let i = order.length - 1; i >= 0; i--) {
      const e = order[i];
      if (UNWRAP.has(e.tagName)) {
        // a bare container: its text joins the block at the cap
        let own = '';
        for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += c.nodeValue ?? '';
        run.push(own);
        e.remove();
        continue;
      }
      flush();
      top.insertBefore(e, anchor);
      anchor = e;
    }
    flush();
    moved += order.length;
  }
  return moved;
}

function countChildren(el: Element): number {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) n++;
  return n;
}
