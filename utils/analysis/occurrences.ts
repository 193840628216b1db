/**
 * Where `word` occurs in `text`, at most `max` times, each search starting `step` after the last
 * find: the bounded scans the name lookups make (a hostile page repeats one name thousands of
 * times). Lazy, so a loop that stops at its first fitting mention searches no further.
 */
export function* occurrences(text: string, word: string, max: number, step = 1): Generator<number> {
  for (let at = text.indexOf(word), n = 0; at >= 0 && n < max; at = text.indexOf(word, at + step), n++) yield at;
}
