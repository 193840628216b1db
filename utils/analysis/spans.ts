/**
 * Quoted spans in one block: 「…」 (nesting-aware, inner 『』 kept), “…”, "…" and the AP's
 * “…’’ typography. A span still open at the end of a block runs to the end (English
 * multi-paragraph quotes leave the closing mark off until the last paragraph).
 */
export interface Span {
  /** index of the opening mark */
  open: number;
  /** index of the closing mark, or the block length when unclosed */
  close: number;
  /** index just after the closing mark */
  end: number;
  text: string;
  cjk: boolean;
}

const CJK_OPEN = '「';
const CJK_CLOSE = '」';

export function findSpans(block: string): Span[] {
  const spans: Span[] = [];
  // 「」 first, so “” inside them (WIRED.jp: “Helveticaのストックホルム症候群”) stay inside
  let depth = 0;
  let start = -1;
  for (let i = 0; i < block.length; i++) {
    const c = block[i];
    if (c === CJK_OPEN) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === CJK_CLOSE && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ open: start, close: i, end: i + 1, text: block.slice(start + 1, i), cjk: true });
    }
  }
  if (depth > 0 && start >= 0) spans.push({ open: start, close: block.length, end: block.length, text: block.slice(start + 1), cjk: true });
  const inCjk = (i: number) => spans.some((s) => s.cjk && i > s.open && i < s.close);

  let open = -1;
  for (let i = 0; i < block.length; i++) {
    const c = block[i];
    if (inCjk(i)) continue;
    if (open < 0) {
      if (c === '“' || c === '"') open = i;
    } else if (c === '”' || c === '"' || (c === '’' && block[i + 1] === '’') || (c === '“' && block[i - 1] !== ' ')) {
      const len = c === '’' ? 2 : 1;
      spans.push({ open, close: i, end: i + len, text: block.slice(open + 1, i), cjk: false });
      open = -1;
      i += len - 1;
    }
  }
  if (open >= 0) spans.push({ open, close: block.length, end: block.length, text: block.slice(open + 1), cjk: false });
  return spans.sort((a, b) => a.open - b.open);
}

/** The block with every span's inner text replaced by a filler, so cues are never read inside quotes. */
export function maskSpans(block: string, spans: Span[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    if (s.open < last) continue;
    // an English quote's own final . ! ? still ends the sentence: “…election.’’ Critically, …
    const keep = !s.cjk && /[.!?]$/u.test(s.text) && s.close > s.open + 1 ? 1 : 0;
    out += block.slice(last, s.open + 1) + '〓'.repeat(Math.max(0, s.close - s.open - 1 - keep));
    last = s.close - keep;
  }
  return out + block.slice(last);
}
