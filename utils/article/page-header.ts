/**
 * Later pages of a multi-page article repeat the article's header (section label, standfirst,
 * title) above their part of the body, and the pipeline, seeing each page alone, may keep it
 * (Ars Technica's page 2 starts again with "Tech —" and its standfirst). Before a later page is
 * joined, its leading blocks are dropped while they are header: the page's own title or
 * description (from its <head>), or a heading that page 1 also has (its kicker, its standfirst).
 * The first block that is neither ends the trimming: a section heading of the body ("HomeKit")
 * exists on its own page only.
 */

/** Never trim more than this many blocks: a page is not all header. */
const MAX_TRIMMED = 4;

const fold = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();

/** The header texts a page declares: its title, h1 and descriptions (`into`, when given, grows). */
export function headerTexts(doc: Document, into = new Set<string>()): Set<string> {
  const out = into;
  const add = (s: string | null | undefined) => {
    const f = fold(s ?? '');
    if (f) out.add(f);
  };
  add(doc.title);
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) add(h.textContent);
  for (const m of Array.from(doc.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]'))) {
    add(m.getAttribute('content') ?? m.getAttribute('value'));
  }
  return out;
}

/** Every heading of page 1 (headings are few: a cheap walk, also on the live page). */
export function headingTexts(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const f = fold(h.textContent ?? '');
    if (f) out.add(f);
  }
  return out;
}

/** Empty, or one of the header texts. */
function isHeader(text: string, header: Set<string>): boolean {
  const f = fold(text);
  return !f || header.has(f);
}

/** `page` without the header blocks it starts with (html and text alike). */
export function trimRepeatedHeader<T extends { html: string | null; text: string | null }>(page: T, header: Set<string>, win: Window & typeof globalThis): T {
  if (!page.html || !page.text) return page;
  const blocks = page.text.split('\n\n');
  const doc = new win.DOMParser().parseFromString(`<!doctype html><body>${page.html}`, 'text/html');
  const at = (i: number) => doc.body.querySelector(`[data-p="${i}"]`);
  let k = 0;
  while (k < Math.min(MAX_TRIMMED, blocks.length - 1) && isHeader(blocks[k], header)) k++;
  if (!k) return page;
  for (let i = 0; i < k; i++) at(i)?.remove();
  return { ...page, html: doc.body.innerHTML, text: blocks.slice(k).join('\n\n') };
}
