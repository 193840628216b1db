/**
 * Where a removed block stood, so the reader can put it back in place (issue #14, "put back
 * restores each block where it was"). At removal time the text just before and just after the
 * block is noted (from the run's text nodes, in document order); once the article's text blocks
 * are known (data-p marks), each note is matched to a block and becomes `Removal.at`: the index
 * of the block it stood before (the number of blocks when it stood after the last). A block
 * whose neighbours did not make it into the article (a sidebar) gets no `at`: it stood outside.
 * Text rather than a marker node in the tree, so Readability sees exactly the tree it saw before.
 */
import type { Removal } from '../types';
import { asRead } from '../fold-space';

/** The neighbours' text noted per removal; kept off the JSON (never serialised or stored). */
const notes = new WeakMap<Removal, { before: string | null; after: string | null }>();

/** A neighbour this short ("|", "1") matches too many blocks to place anything. */
const MIN_NOTE = 6;
/** Enough of the neighbour's text to find its block; the end of the text before, the start after. */
const NOTE_CHARS = 40;
/** Text nodes looked at on each side (removed ones are skipped). */
const MAX_STEPS = 40;

const fold = (s: string) => asRead(s).replace(/\s+/g, ' ').trim();

function precedes(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);
}

/** First index in `texts` (document order) whose node comes after `el` and is not inside it. */
function firstAfter(texts: Text[], el: Element): number {
  let lo = 0;
  let hi = texts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (precedes(texts[mid], el) || el.contains(texts[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Notes the text around `els` (siblings about to be removed together) for `removal`. */
export function noteNeighbours(removal: Removal, els: Element[], texts: Text[], root: Element): void {
  if (!texts.length || !els.length) return;
  const first = els[0];
  const last = els[els.length - 1];
  const live = (t: Text) => root.contains(t) && !els.some((e) => e.contains(t));
  let before: string | null = null;
  let after: string | null = null;
  const i = firstAfter(texts, first);
  // the text nodes inside the block sit from i on; the one before it is at i-1 or earlier
  for (let k = Math.min(i, texts.length) - 1, n = 0; k >= 0 && n < MAX_STEPS && !before; k--, n++) {
    const t = fold(texts[k].data);
    if (t.length >= MIN_NOTE && live(texts[k])) before = t.slice(-NOTE_CHARS);
  }
  for (let k = firstAfter(texts, last), n = 0; k < texts.length && n < MAX_STEPS && !after; k++, n++) {
    const t = fold(texts[k].data);
    if (t.length >= MIN_NOTE && live(texts[k])) after = t.slice(0, NOTE_CHARS);
  }
  if (before || after) notes.set(removal, { before, after });
}

/** Sets `at` on every noted removal whose neighbours are in the article's blocks. */
export function placeRemovals(removed: Removal[], blocks: string[]): void {
  const folded = blocks.map(fold);
  const find = (s: string) => folded.findIndex((b) => b.includes(s));
  for (const r of removed) {
    const n = notes.get(r);
    if (!n) continue;
    const prev = n.before ? find(n.before) : -1;
    if (prev >= 0) r.at = prev + 1;
    else {
      const next = n.after ? find(n.after) : -1;
      if (next >= 0) r.at = next;
    }
  }
}
