/**
 * Small DOM queries by tag name. jsdom parses and matches a CSS selector on every
 * querySelector call (tens of microseconds each, milliseconds on a news page);
 * getElementsByTagName needs no selector engine. Used by every stage's per-candidate checks.
 */

/** Media and form controls: a block holding one of these is not empty even without text. */
export const MEDIA_TAGS = ['img', 'iframe', 'ins', 'video', 'picture', 'textarea', 'form', 'embed', 'object', 'input', 'button'];
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

export function countTags(el: Element, tags: readonly string[]): number {
  let n = 0;
  for (const t of tags) n += el.getElementsByTagName(t).length;
  return n;
}

export function hasTag(el: Element, tags: readonly string[], self = false): boolean {
  if (self && tags.includes(el.tagName.toLowerCase())) return true;
  for (const t of tags) if (el.getElementsByTagName(t).length > 0) return true;
  return false;
}

/** Links with an href under `el`, in document order. */
export function hrefLinks(el: Element): Element[] {
  return Array.from(el.getElementsByTagName('a')).filter((a) => a.hasAttribute('href'));
}
