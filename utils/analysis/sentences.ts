/**
 * Sentences and words with Intl.Segmenter (built into Node and both browsers), on the masked
 * block (quote interiors are 〓, so a quoted 。 or . never ends the outer sentence).
 *
 * V8's segment iterator slows down on long strings (measured here: word segmentation of a
 * 51k-character string 290 ms, of 384k more than 100 s; sentences of 384k 3.3 s in one string
 * but 11 ms in 3,200-character pieces). So the text is cut into pieces of at most CHUNK
 * characters at a hard stop first, and words are only ever asked of short phrases.
 */
import { SENTENCE_ABBREVIATIONS } from './abbreviations';

const CHUNK = 1000;
const OPENING_MARKS = new Set(['「', '『', '｢', '“', '‘', '(', '（', '«', '„', '[', '［', '【', '〈', '《']);
const HARD_STOP_RE = /[。！？!?.\n]/u;

const sentenceSegmenters = new Map<string, Intl.Segmenter | null>();
const wordSegmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(cache: Map<string, Intl.Segmenter | null>, locale: string, granularity: 'sentence' | 'word'): Intl.Segmenter | null {
  let s = cache.get(locale);
  if (s === undefined) {
    s = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(locale, { granularity }) : null;
    cache.set(locale, s);
  }
  return s;
}

/** Cut points of at most CHUNK characters, preferring a hard stop, then a space. */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    // look back over the second half of the piece only (lastIndexOf would scan to the text's start)
    let cut = -1;
    let space = -1;
    for (let i = start + CHUNK - 1; i > start + CHUNK / 2; i--) {
      if (HARD_STOP_RE.test(text[i])) {
        cut = i + 1;
        break;
      }
      if (space < 0 && text[i] === ' ') space = i + 1;
    }
    if (cut < 0) cut = space > 0 ? space : start + CHUNK;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/** The word before `end` (letters and dots): "Mr." in "… Mr. ". */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /\s/u.test(text[i - 1])) i--;
  const stop = i;
  // an abbreviation is short: never walk back further (a 400k-character run of kanji has no spaces)
  while (i > 0 && stop - i < 12 && /[\p{L}.]/u.test(text[i - 1])) i--;
  return text.slice(i, stop);
}

/** A break the segmenter made that is not the end of a sentence: after "Mr.", "U.S.", an initial "J.", or before a lowercase word. */
function falseBreak(text: string, at: number): boolean {
  const next = /\S/u.exec(text.slice(at, at + 40));
  if (next && /[a-z]/u.test(next[0])) return true;
  const w = wordBefore(text, at);
  if (!w.endsWith('.')) return false;
  const bare = w.slice(0, -1);
  return SENTENCE_ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare);
}

function locale(lang: string | null): string {
  return lang && /^[a-z]{2,3}(?:-|$)/iu.test(lang) ? lang : 'en';
}

/**
 * Sentence ranges [start, end) covering `text`, in order. Linear: each piece of CHUNK characters
 * is segmented once; the fallback without Intl.Segmenter splits after 。！？ and .!? + space.
 */
export function splitSentences(text: string, lang: string | null): [number, number][] {
  // one sentence (no stop or line break before its end): nothing for the segmenter to find
  if (!/[.!?。！？\n](?=[\s\S]*[^\s.!?。！？”"’)）」』])/u.test(text)) return [[0, text.length]];
  const seg = segmenter(sentenceSegmenters, locale(lang), 'sentence');
  const breaks: number[] = [];
  // the mask 〓 is not a letter, so ICU would look past it for a lowercase word and keep
  // "…wrote it. “〓〓,” he said." as one sentence: segment a copy where the mask is a capital
  // (one replacement per run of mask: replaceAll made one piece per masked character)
  const plain = text.replace(/〓+/gu, (m) => 'Q'.repeat(m.length));
  for (const [a, b] of chunks(plain)) {
    const piece = plain.slice(a, b);
    if (seg) {
      for (const s of seg.segment(piece)) if (s.index > 0) breaks.push(a + s.index);
    } else {
      for (const m of piece.matchAll(/[。！？]+|[.!?]+[”"’)]*\s+/gu)) breaks.push(a + (m.index!) + m[0].length);
    }
    if (b < text.length) breaks.push(b);
  }
  const out: [number, number][] = [];
  let start = 0;
  for (let at of breaks) {
    // ICU counts an opening bracket as "Close" and leaves 「 on the sentence before: move it back
    while (at > start && OPENING_MARKS.has(text[at - 1])) at--;
    if (at <= start || at >= text.length) continue;
    if (falseBreak(text, at)) continue;
    out.push([start, at]);
    start = at;
  }
  out.push([start, text.length]);
  return out;
}

/** The index of the sentence containing `pos` (binary search over splitSentences' ranges). */
export function sentenceAt(ranges: [number, number][], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words of a short phrase (a name with its title, at most a few dozen characters). */
export function words(phrase: string, lang: string): string[] {
  const seg = segmenter(wordSegmenters, lang, 'word');
  if (!seg || phrase.length > 200) return phrase.split(/(?<=[・\s])/u);
  return [...seg.segment(phrase)].map((s) => s.segment);
}
