/**
 * Search folding: NFKC (full/half width, compatibility forms: ｉＰｈｏｎｅ → iPhone, ｶﾀｶﾅ → カタカナ),
 * then case folding, then all whitespace (incl. U+3000) to one space. CJK text is matched as plain
 * substrings, so no word splitting is needed.
 */
const RE_SPACE = /\s+/gu;

export function foldForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(RE_SPACE, ' ').trim();
}
