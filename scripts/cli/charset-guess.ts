/**
 * Guessing the legacy CJK encoding of a page that declares none (or declares a wrong one).
 * Several CJK encodings often decode the same bytes without a single error (EUC-JP bytes are
 * valid GBK and EUC-KR; Big5 bytes are valid GBK), so "decodes cleanly" alone cannot choose.
 * Each clean candidate is scored by how much of its non-ASCII text is made of the characters
 * that dominate real text in its language; a wrong decoding yields random characters and
 * scores near zero.
 */

/** Candidates in order of preference when scores tie. */
export const CJK_CANDIDATES = ['shift_jis', 'euc-jp', 'gbk', 'big5', 'euc-kr'] as const;

/**
 * Japanese: hiragana (U+3041–U+3096) is 30–40 % of running Japanese text (particles, verb
 * endings); a Japanese page misread as GBK keeps the kana but garbles the kanji, so kana alone
 * would not separate the two — the Chinese score below would, as garbled kanji are not common.
 */
const HIRAGANA_RE = /[\u3041-\u3096]/gu;

/**
 * The most frequent Chinese characters (simplified and traditional forms), from the usual
 * character-frequency lists (e.g. Jun Da's Modern Chinese Character Frequency List): together
 * they make up roughly a third of running Chinese text.
 */
const ZH_COMMON = new Set(
  Array.from(
    '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西',
  ),
);

/**
 * The most frequent Hangul syllables in Korean text (particles and verb endings: 이, 다, 는,
 * 의, 에, 을, 를, 하, 고 …), from published Korean syllable-frequency counts.
 */
const KO_COMMON = new Set(
  Array.from(
    '이다는의에하고을를가지로한서기대사자도인수어정리시나들있해적과전국부일것게으상보주제면아했화만요원장위년라와러우동등성경구비연관무중신그회개문계방실말내생모소',
  ),
);

function ratio(text: string, count: (s: string) => number): number {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) nonAscii++;
  return nonAscii === 0 ? 0 : count(text) / nonAscii;
}

function countIn(set: Set<string>) {
  return (s: string): number => {
    let n = 0;
    for (const ch of s) if (set.has(ch)) n++;
    return n;
  };
}

const countHiragana = (s: string): number => s.match(HIRAGANA_RE)?.length ?? 0;

/** How plausible `text` is as the output of `encoding` (0..1, higher is better). */
export function plausibility(encoding: string, text: string): number {
  switch (encoding) {
    case 'shift_jis':
    case 'euc-jp':
    case 'iso-2022-jp':
      return ratio(text, countHiragana);
    case 'gbk':
    case 'big5':
      return ratio(text, countIn(ZH_COMMON));
    case 'euc-kr':
      return ratio(text, countIn(KO_COMMON));
    default:
      return 0;
  }
}

/** Decodes with `encoding` and fatal errors; null when the bytes are not valid in it. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * C1 controls never occur in real text; Node's ICU EUC-JP/EUC-KR decoders pass bytes 0x80–0x9F
 * through as C1 instead of failing like the WHATWG decoders.
 */
const C1_RE = /[\u0080-\u009f]/u;
/** Any kana, CJK ideograph or Hangul syllable: a zero-score candidate needs at least one. */
const CJK_CHAR_RE = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/u;

/** The best clean CJK decoding of `bytes`, or null when no candidate decodes cleanly. */
export function guessCjk(bytes: Uint8Array): { encoding: string; text: string } | null {
  let best: { encoding: string; text: string; score: number } | null = null;
  for (const encoding of CJK_CANDIDATES) {
    const text = decodeStrict(bytes, encoding);
    if (text === null || C1_RE.test(text)) continue;
    const score = plausibility(encoding, text);
    if (!best || score > best.score) best = { encoding, text, score };
  }
  if (!best || (best.score === 0 && !CJK_CHAR_RE.test(best.text))) return null;
  return { encoding: best.encoding, text: best.text };
}
