/**
 * The text comparison every stage agrees on (and the labels' matching rule): Unicode NFC, all
 * whitespace (U+3000 included) folded to one space, trimmed.
 */
export function foldSpace(s: string): string {
  return s.normalize('NFC').replace(/[\s\u3000]+/gu, ' ').trim();
}

/**
 * Soft hyphens (U+00AD) are hyphenation hints a page sets inside words ("réac\u00adtion",
 * soundofscience; German sites that hyphenate on the server): invisible on screen, but in plain
 * text they split the word for search, quoting and matching.
 */
const RE_SOFT_HYPHEN = /\u00ad/g;

/**
 * Text as the reader reads it, for the article's text blocks and whatever is matched against
 * them: soft hyphens dropped, Unicode NFC (a Bengali page's decomposed য় is the letter a
 * precomposed য় is, ukbdnews). Spacing is left as it is.
 */
export function asRead(s: string): string {
  return s.replace(RE_SOFT_HYPHEN, '').normalize('NFC');
}
