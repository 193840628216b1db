/**
 * Flattens absurdly deep markup the way Chromium's parser does, before jsdom sees it.
 *
 * Chromium (HTMLConstructionSite::AttachLater) attaches a new node to its parent's parent once
 * the open-element stack is deeper than kMaximumHTMLParserDOMTreeDepth (512): deeper start tags
 * become siblings at the cap instead of nesting further, text stays with the deepest open
 * element. We reproduce that with parse5 (the parser jsdom itself uses, same options) and a
 * tree adapter whose appendChild applies the cap, then serialize the capped tree for jsdom.
 *
 * Why before jsdom and not after: jsdom needs ~10.7 s just to parse 10,000-deep nesting (its
 * insertion steps walk the ancestors of every node), and its cloneNode and Readability then
 * overflow the stack. parse5 alone parses and caps the same input in ~0.2 s.
 * Only run when bounds.preScan estimates a depth over the cap: it costs a second parse.
 *
 * One addition to Chromium: hoisted elements left with no content at all (the 9,500 empty
 * `<div>`s of `<div>`×10,000) are dropped. They render nothing, but in jsdom every one of them
 * costs an ancestor walk 512 levels long in each later stage (the pipeline took ~30 s on them).
 * Void and embedded elements (img, br, hr, iframe, …) are content and stay.
 * And one more: in such a document, bare wrappers — a `<div>`/`<span>` with no attributes whose
 * only child is one element — are unwrapped. A 512-deep chain of them carries nothing, but
 * Readability's cleaning is quadratic in depth (~15 s on jsdom for the 512-deep chain alone).
 * And a third: hoisted bare boxes holding only text are merged into one text node of their
 * parent (see mergeHoistedText).
 */
import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { MAX_DEPTH } from './bounds';

type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Child = DefaultTreeAdapterMap['childNode'];

/** Elements that are content even when empty. */
const KEEP_EMPTY = new Set(
  'area br col embed hr img input source track wbr audio video canvas iframe object picture svg math select textarea meter progress'.split(' '),
);

function isEmptyDroppable(node: P5Child): boolean {
  if (!defaultTreeAdapter.isElementNode(node)) return false;
  return defaultTreeAdapter.getChildNodes(node).length === 0 && !KEEP_EMPTY.has(defaultTreeAdapter.getTagName(node));
}

/**
 * Removes the hoisted elements that stayed empty, one filter pass per affected parent. (A
 * hoisted element sits at the cap, so it can only ever receive text, never child elements.)
 */
function dropEmptyHoisted(hoisted: P5Child[]): void {
  const drop = new Set<P5Child>();
  const parents = new Set<P5Parent>();
  for (const node of hoisted) {
    const parent = defaultTreeAdapter.getParentNode(node);
    if (parent && isEmptyDroppable(node)) {
      drop.add(node);
      parents.add(parent);
    }
  }
  for (const parent of parents) {
    const kept = parent.childNodes.filter((k) => !drop.has(k));
    parent.childNodes.splice(0, parent.childNodes.length, ...kept);
  }
}

const BARE_WRAPPERS = new Set(['div', 'span']);

/** A hoisted bare div/span holding text only: its text can join its parent's. */
function isTextOnlyBox(node: P5Child): boolean {
  if (!defaultTreeAdapter.isElementNode(node)) return false;
  if (!BARE_WRAPPERS.has(node.tagName) || node.attrs.length > 0) return false;
  return node.childNodes.every((k) => defaultTreeAdapter.isTextNode(k));
}

/**
 * Merges runs of hoisted text-only boxes into one text node of their parent. 10,000-deep
 * `<div>text…` leaves ~9,500 such boxes side by side at the cap; jsdom spends seconds inserting
 * each one under 512 ancestors (and Readability more seconds on them), while their words need
 * no element each. Boxes with attributes or element content stay as Chromium leaves them.
 */
function mergeHoistedText(hoisted: P5Child[]): void {
  const boxes = new Set(hoisted.filter(isTextOnlyBox));
  const parents = new Set<P5Parent>();
  for (const b of boxes) {
    const p = defaultTreeAdapter.getParentNode(b);
    if (p) parents.add(p);
  }
  for (const parent of parents) {
    const out: P5Child[] = [];
    let run: string[] = [];
    const flush = () => {
      if (!run.length) return;
      const t = defaultTreeAdapter.createTextNode(` ${run.join(' ')} `);
      t.parentNode = parent;
      out.push(t);
      run = [];
    };
    for (const k of parent.childNodes) {
      if (boxes.has(k)) {
        run.push((k as P5Parent).childNodes.map((t) => (defaultTreeAdapter.isTextNode(t) ? t.value : '')).join(''));
        continue;
      }
      flush();
      out.push(k);
    }
    flush();
    parent.childNodes.splice(0, parent.childNodes.length, ...out);
  }
}

function isBareWrapper(node: P5Child): boolean {
  if (!defaultTreeAdapter.isElementNode(node)) return false;
  if (!BARE_WRAPPERS.has(node.tagName) || node.attrs.length > 0) return false;
  const kids = node.childNodes;
  return kids.length === 1 && defaultTreeAdapter.isElementNode(kids[0]!);
}

/** Replaces every bare wrapper by its only child, top-down, without recursion. */
function unwrapBareWrappers(root: P5Parent): void {
  const stack: P5Parent[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    const kids = parent.childNodes;
    for (let i = 0; i < kids.length; i++) {
      let kid = kids[i]!;
      while (isBareWrapper(kid)) kid = (kid as P5Parent).childNodes[0]!;
      if (kid !== kids[i]) {
        kids[i] = kid;
        kid.parentNode = parent;
      }
      if ('childNodes' in kid) stack.push(kid);
    }
  }
}

export function flattenDeepHtml(html: string, cap: number = MAX_DEPTH): string {
  // Depth of each attached node (document = 0, <html> = 1); nodes never seen count as 0.
  const depth = new WeakMap<object, number>();
  const hoisted: P5Child[] = [];
  const adapter = {
    ...defaultTreeAdapter,
    appendChild(parent: P5Parent, child: P5Child): void {
      let target = parent;
      let d = depth.get(target) ?? 0;
      const grand = defaultTreeAdapter.getParentNode(target);
      if (d >= cap && grand) {
        target = grand;
        d = depth.get(target) ?? 0;
        hoisted.push(child);
      }
      depth.set(child, d + 1);
      defaultTreeAdapter.appendChild(target, child);
    },
  };
  // scriptingEnabled: false = how jsdom parses with scripts off (noscript content is markup).
  const doc = parse(html, { treeAdapter: adapter, scriptingEnabled: false });
  dropEmptyHoisted(hoisted);
  mergeHoistedText(hoisted);
  unwrapBareWrappers(doc);
  return serialize(doc);
}
