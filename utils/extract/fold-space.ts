/**
 * The text comparison every stage agrees on (and the labels' matching rule): Unicode NFC, all
 * whitespace (U+3000 included) folded to one space, trimmed.
 */
export function foldSpace(s: string): string {
  return s.normalize('NFC').replace(/[\s\u3000]+/gu, ' ').trim();
}
