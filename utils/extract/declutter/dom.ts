/**
 * Small DOM queries by tag name. jsdom parses and matches a CSS selector on every
 * querySelector call (tens of microseconds each, milliseconds on a news page);
 * getElementsByTagName needs no selector engine. Used by every stage's per-candidate checks.
 */

/** Media and form controls: a block holding one of these is not empty even without text. */
export const MEDIA_TAGS = ['img', 'iframe', 'ins', 'video', 'picture', 'textarea', 'form', 'embed', 'object', 'input', 'button'];
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** A heading's tagName (an element's tagName is upper case). */
export const RE_HEADING_TAG = /^H[1-6]$/;

/**
 * No HTMLCollection here: jsdom's collections are Proxies whose every non-index property read
 * (`.length` included, and Array.from/for-of read it per step) runs `namedItem`, a scan of the
 * whole list — quadratic on pages of thousands of elements. Plain walks instead
 * (firstElementChild/nextElementSibling), which also stop at the first hit where one is enough.
 */

/** The element children of `el`, as an array. */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/** Pre-order walk of the elements under `el` (not `el` itself); stops when `visit` returns true. */
export function walkElements(el: Element | Document, visit: (e: Element) => boolean | void): void {
  let cur: Element | null = el.firstElementChild;
  while (cur) {
    if (visit(cur) === true) return;
    const down: Element | null = cur.firstElementChild;
    if (down) {
      cur = down;
      continue;
    }
    while (cur && cur !== el && !cur.nextElementSibling) cur = cur.parentElement;
    if (!cur || cur === el) return;
    cur = cur.nextElementSibling;
  }
}

/** Every element under `el` (not `el` itself), in document order. */
export function descendants(el: Element | Document): Element[] {
  const out: Element[] = [];
  walkElements(el, (e) => void out.push(e));
  return out;
}

/** Descendants of `el` whose local name is one of `tags` (lower case, as getElementsByTagName), in document order. */
export function elementsByTags(el: Element, tags: readonly string[]): Element[] {
  const want = new Set(tags);
  const out: Element[] = [];
  walkElements(el, (e) => {
    if (want.has(e.localName)) out.push(e);
  });
  return out;
}

export function countTags(el: Element, tags: readonly string[]): number {
  return elementsByTags(el, tags).length;
}

export function hasTag(el: Element, tags: readonly string[], self = false): boolean {
  if (self && tags.includes(el.tagName.toLowerCase())) return true;
  const want = new Set(tags);
  let found = false;
  walkElements(el, (e) => (found = want.has(e.localName)));
  return found;
}

/** Links with an href under `el`, in document order. */
export function hrefLinks(el: Element): Element[] {
  return elementsByTags(el, ['a']).filter((a) => a.hasAttribute('href'));
}

const getAttr = (el: Element, name: string): string | null => el.getAttribute(name);

/** Readability keeps these aria-hidden images; so do we. */
const KEEP_ARIA_HIDDEN = /fallback-image/;
/** `display:none` must be the element's own declaration, not `--x-display:none` or a url. */
const DISPLAY_NONE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/**
 * Hidden by attribute or inline style: the one test for "a browser never shows this", used by
 * declutter, by the detector's page walk and as the readerable check's visibility test. No
 * getComputedStyle (no layout; also slow in jsdom, where `element.style` builds an object per node).
 * `read` reads an attribute: the detector passes live-dom's unshadowable getAttribute.
 */
export function isHidden(el: Element, read: (el: Element, name: string) => string | null = getAttr): boolean {
  if (read(el, 'hidden') !== null) return true;
  if (read(el, 'aria-hidden') === 'true') return !KEEP_ARIA_HIDDEN.test(read(el, 'class') ?? '');
  return DISPLAY_NONE.test(read(el, 'style') ?? '');
}
