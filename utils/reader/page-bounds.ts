/**
 * Cheap bounds on the live page before the clean view clones it (issue #6). The CLI checks the
 * same on the HTML string (scripts/cli/bounds.ts, Node only); in the browser the DOM is already
 * built, so the checks read it directly and never recurse:
 *  - too many elements: refused with a "too large" notice. Measured here: 200,000 elements took
 *    ~12 s from the shortcut to the view in Chromium, with the tab frozen.
 *  - too deep (only script-built trees: Chromium's parser caps served markup at 512 levels):
 *    cloneNode and Readability overflow the stack, so the pipeline gets a flattened copy instead.
 */

/** Same limit as the CLI (scripts/cli/bounds.ts MAX_ELEMENTS): no news page comes near it. */
export const MAX_ELEMENTS = 100_000;
/** Chromium's HTMLTreeBuilder cap (kMaximumHTMLParserDOMTreeDepth): deeper only by script. */
export const MAX_DEPTH = 512;

/** Elements that are content even when empty (kept when hoisted with nothing inside). */
const KEEP_EMPTY = new Set(
  'AREA BR COL EMBED HR IMG INPUT SOURCE TRACK WBR AUDIO VIDEO CANVAS IFRAME OBJECT PICTURE SVG MATH SELECT TEXTAREA METER PROGRESS'.split(' '),
);

/** Chromium keeps a live collection's length cached: this is one native walk, no JS per node. */
export function tooManyElements(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > MAX_ELEMENTS;
}

/** Whether any element sits deeper than `limit` below <html>; iterative, stops at the first. */
export function deeperThan(doc: Document, limit: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  let node: Element | null = root;
  let depth = 0;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      if (++depth > limit) return true;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}

/**
 * A copy of `doc` in a new inert document with nesting capped at `cap`, the way Chromium's
 * parser caps served markup (HTMLConstructionSite::AttachLater): an element deeper than the cap
 * becomes a sibling at the cap and keeps its own text. Hoisted elements left empty are dropped
 * (the 9,500 empty boxes of 10,000-deep nesting carry nothing). Iterative: no recursion.
 */
export function flattenedCopy(doc: Document, cap = MAX_DEPTH): Document {
  const out = doc.implementation.createHTMLDocument('');
  const srcRoot = doc.documentElement;
  const dstRoot = out.importNode(srcRoot, false);
  out.replaceChild(dstRoot, out.documentElement);
  /** copies of the open ancestors, by depth (index `cap` holds the current hoisted element) */
  const open: Node[] = [dstRoot];
  const hoisted: Element[] = [];
  let node: Node | null = srcRoot.firstChild;
  let depth = 1;
  while (node) {
    const copy = out.importNode(node, false);
    if (node.nodeType === 1) {
      open[Math.min(depth - 1, cap - 1)].appendChild(copy);
      open[Math.min(depth, cap)] = copy;
      if (depth > cap) hoisted.push(copy as Element);
    } else {
      open[Math.min(depth - 1, cap)].appendChild(copy);
    }
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== srcRoot && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    if (!node || node === srcRoot) break;
    node = node.nextSibling;
  }
  for (const el of hoisted) if (!el.firstChild && !KEEP_EMPTY.has(el.tagName.toUpperCase())) el.remove();
  return out;
}
