/**
 * Caps the nesting depth of the pipeline's clone before anything walks it.
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
