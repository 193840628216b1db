import { SENTENCE_ABBREVIATIONS } from '../analysis/abbreviations';

/**
 * What the library page shows of an article without reading its record (issue #14): a short
 * excerpt of its text and its publication time as a number, both kept in the index entry.
 * The excerpt ends at a sentence end when one falls late enough, else at a word boundary
 * (Intl.Segmenter, so Japanese and Chinese are not cut inside a word) with an ellipsis.
 */

/**
 * Characters kept. Two lines of the library page's excerpt hold about 110 CJK or 200 Latin
 * characters; every entry's excerpt is read with the whole index (10,000 entries: +1.6 MB),
 * so this stays near the shorter of the two.
 */
export const EXCERPT_CHARS = 160;
/** A sentence end before this share of the cap leaves too short an excerpt: cut at a word instead. */
const SENTENCE_MIN_SHARE = 0.6;
/** Runs of white space become one space; an ideographic space (U+3000) is kept as written. */
const RE_SPACE = /[^\S\u3000]+/gu;
/** Chinese and Japanese paragraphs join without a space (Korean puts spaces between words). */
const CJ = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const RE_CJ_BREAK = new RegExp(`(?<=[${CJ}])[^\\S\\u3000]*\\n[^\\S\\u3000]*(?=[${CJ}])`, 'gu');
/** a segment that ends a sentence, and what may close it after (quotes, brackets) */
const RE_SENTENCE_MARK = /^[。．！？!?]+$|^\.$/u;
const RE_CLOSER = /^["'”’」』)）]+$/u;

const segmenters = new Map<string, Intl.Segmenter | null>();
function wordSegmenter(lang: string | null): Intl.Segmenter | null {
  const key = lang ?? '';
  let s = segmenters.get(key);
  if (s === undefined) {
    try {
      s = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(lang ?? undefined, { granularity: 'word' }) : null;
    } catch {
      s = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, s);
  }
  return s;
}

function endsSentence(wordBefore: string, next: string | undefined): boolean {
  if (next !== undefined && next !== ' ' && !RE_CLOSER.test(next)) return false;
  return !SENTENCE_ABBREVIATIONS.has(wordBefore) && !wordBefore.includes('.') && !/^\p{Lu}$/u.test(wordBefore);
}

export function excerptOf(text: string, lang: string | null, cap = EXCERPT_CHARS): string {
  // only the start is ever needed: never normalise a whole 500,000-character text
  const flat = text.slice(0, cap * 4).replace(RE_CJ_BREAK, '').replace(RE_SPACE, ' ').trim();
  if (flat.length <= cap) return flat;
  const seg = wordSegmenter(lang);
  let sentenceEnd = 0;
  let wordEnd = 0;
  let prevWord = '';
  if (seg) {
    // a little past the cap, so the word the cap falls in is segmented whole (then left out)
    for (const { index, segment } of seg.segment(flat.slice(0, cap + 24))) {
      const end = index + segment.length;
      if (end > cap) break;
      wordEnd = end; // the last boundary that fits
      // 。 and ！ always end a sentence; "." only after a word that is no abbreviation or
      // initial ("Mr.", "U.S.", "J.") and before a space or a closing quote ("3.5" is one word)
      if (RE_SENTENCE_MARK.test(segment) && (segment !== '.' || endsSentence(prevWord, flat[end]))) sentenceEnd = end;
      else if (RE_CLOSER.test(segment) && sentenceEnd === index) sentenceEnd = end;
      if (/\S/u.test(segment)) prevWord = segment;
    }
  } else {
    wordEnd = flat.lastIndexOf(' ', cap);
  }
  if (sentenceEnd >= cap * SENTENCE_MIN_SHARE) return flat.slice(0, sentenceEnd);
  const cut = wordEnd > cap / 2 ? wordEnd : cap;
  return `${flat.slice(0, cut).trimEnd().replace(/[、,，:：;；]$/u, '')}…`;
}

/** An article's publication time in epoch ms, or null when it has none or no Date can hold it. */
export function publishedAtOf(publishedTime: string | null | undefined): number | null {
  if (typeof publishedTime !== 'string' || !publishedTime) return null;
  const ms = Date.parse(publishedTime);
  return Number.isFinite(ms) ? ms : null;
}
