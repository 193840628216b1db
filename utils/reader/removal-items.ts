/**
 * The items of a removed block, for the expanded removal list (issue #14: "items as a list, not
 * one run-on string of headlines"). A ranking or a related-articles box is a list of headlines:
 * its list items, else its links, else its paragraphs; a share bar or an ad is one item. The
 * block's HTML is already sanitized; it is parsed in an inert document and only text is read.
 */

/** An item longer than this is cut (a whole comment thread is not a list line). */
const MAX_ITEM_CHARS = 140;
/** A list longer than this is cut with a count of the rest. */
export const MAX_ITEMS = 12;

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const cut = (s: string) => (s.length > MAX_ITEM_CHARS ? `${s.slice(0, MAX_ITEM_CHARS - 1)}…` : s);

export function removalItems(html: string | undefined, text: string): string[] {
  if (!html) return text ? [cut(fold(text))] : [];
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  } catch {
    return [cut(fold(text))];
  }
  const pick = (selector: string) =>
    Array.from(doc.body.querySelectorAll(selector))
      // innermost only: a nested list's parent item repeats its children's text
      .filter((e) => !e.querySelector(selector))
      .map((e) => fold(e.textContent))
      .filter((s) => s.length > 1);
  const items = pick('li');
  const links = items.length >= 2 ? items : pick('a');
  const paras = links.length >= 2 ? links : pick('p, h2, h3, h4');
  const list = paras.length >= 2 ? paras : [fold(doc.body.textContent) || fold(text)];
  return list.filter(Boolean).map(cut);
}
