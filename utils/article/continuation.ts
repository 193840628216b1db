/**
 * Is a fetched page the next part of the same article? Two structural tests, no phrases:
 *  - the headline: the same after folding and removing page counters, or one containing most
 *    of the other (sites add "（2/3 ページ）", "- Page 2", "(第2页)" to later pages);
 *  - the body: not empty, and not mostly blocks already read on an earlier page (a "next" link
 *    that leads back, or a site that serves page 1 for any page number).
 */

/** Page counters sites add to titles and headlines. Seen on ITmedia, 新华网, WordPress, Ars. */
const PAGE_COUNTERS = [
  /[（(]\s*\d{1,2}\s*[/／]\s*\d{1,2}\s*(?:ページ|页|頁|페이지)?\s*[)）]/gu, // （2/3 ページ）, (2/3)
  /[（(]?\s*第?\s*\d{1,2}\s*(?:ページ目?|页|頁|페이지)\s*[)）]?/gu, // 2ページ目, 第2页, (2페이지)
  /[-–—|:]\s*page\s*\d{1,2}(?:\s*of\s*\d{1,2})?/giu, // - Page 2, | page 2 of 3
];
/** Folded headlines are equal, or the shorter holds this share of the longer. */
const CONTAINED_SHARE = 0.6;
/** Blocks shorter than this repeat across pages by design (bylines, "続きを読む"). */
const MIN_REPEAT_BLOCK = 20;
/** A page whose blocks were mostly seen before repeats an earlier page. */
const REPEAT_SHARE = 0.5;

export function foldHeadline(s: string): string {
  let out = s.normalize('NFKC').toLowerCase();
  for (const re of PAGE_COUNTERS) out = out.replace(re, '');
  return out.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Same article headline? Unknown (a page without one) counts as the same. */
export function sameHeadline(first: string | null, later: string | null): boolean {
  if (!first || !later) return true;
  const a = foldHeadline(first);
  const b = foldHeadline(later);
  if (!a || !b || a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= long.length * CONTAINED_SHARE;
}

const blocksOf = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((b) => b.normalize('NFKC').replace(/\s+/gu, ' ').trim())
    .filter((b) => b.length >= MIN_REPEAT_BLOCK);

/** Remembers the blocks of the pages read so far. */
export class SeenBlocks {
  private seen = new Set<string>();

  add(text: string | null): void {
    for (const b of blocksOf(text ?? '')) this.seen.add(b);
  }

  /** Whether `text` is empty or mostly made of blocks already seen. */
  repeats(text: string | null): boolean {
    const blocks = blocksOf(text ?? '');
    if (!blocks.length) return !(text ?? '').trim() || this.seen.has((text ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim());
    const old = blocks.filter((b) => this.seen.has(b)).length;
    return old / blocks.length >= REPEAT_SHARE;
  }
}
