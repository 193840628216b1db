/**
 * Quoted spans in one block: 「…」 and ｢…｣ (nesting-aware, inner 『』 kept), 『…』 as outer
 * marks, “…”, "…", the AP's “…’’ typography, German „…“ and »…« (nd, Der Spiegel), Russian/French «…». A span still
 * open at the end of a block runs to the end (English multi-paragraph quotes leave the closing
 * mark off until the last paragraph).
 *
 * One pass per mark family, each linear in the block's length (issue #12 F2: an earlier version
 * asked every CJK span about every character, 12 s on a 200k-character quoted paragraph).
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

/** Corner brackets (full and half width) and, only at the outer level, white corner brackets. */
const CJK_OPEN = new Set(['「', '｢']);
const CJK_CLOSE = new Set(['」', '｣']);

const HAS_CJK_MARK_RE = /[「｢『]/u;

function cjkSpans(block: string): Span[] {
  const spans: Span[] = [];
  if (!HAS_CJK_MARK_RE.test(block)) return spans;
  let depth = 0;
  let start = -1;
  let white = -1; // an outer 『 (not inside 「」)
  for (let i = 0; i < block.length; i++) {
    const c = block[i];
    if (CJK_OPEN.has(c)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CJK_CLOSE.has(c) && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ open: start, close: i, end: i + 1, text: block.slice(start + 1, i), cjk: true });
    } else if (depth === 0 && c === '『' && white < 0) {
      white = i;
    } else if (depth === 0 && c === '』' && white >= 0) {
      spans.push({ open: white, close: i, end: i + 1, text: block.slice(white + 1, i), cjk: true });
      white = -1;
    }
  }
  if (depth > 0 && start >= 0) spans.push({ open: start, close: block.length, end: block.length, text: block.slice(start + 1), cjk: true });
  return spans.sort((a, b) => a.open - b.open);
}

/** Closing marks for each Latin opening mark. */
function closes(open: string, c: string, prev: string | undefined, next: string | undefined): number {
  if (open === '«') return c === '»' ? 1 : 0;
  if (open === '»') return c === '«' ? 1 : 0;
  if (open === '„') return c === '“' || c === '”' ? 1 : 0;
  if (c === '”' || c === '"') return 1;
  if (c === '’' && next === '’') return 2;
  // AP copy sometimes closes with a second “ glued to the last word
  if (c === '“' && prev !== ' ' && prev !== undefined) return 1;
  return 0;
}

/** (German »…« opens with », glued to the first word: "Home » News" is a breadcrumb, no quote) */
const OPEN_MARK_RE = /[“"„«]|»(?=[\p{L}\p{N}])/gu;
/** Every character that can close a Latin quotation (see closes). */
const CLOSE_MARK_RE = /[”"’“»«]/gu;

export function findSpans(block: string): Span[] {
  const cjk = cjkSpans(block);
  const spans: Span[] = [...cjk];
  let k = 0; // next CJK span that may cover i
  let open = -1;
  let mark = '';
  // jump from one quotation mark to the next (a loop over every character was a tenth of the analysis)
  for (let i = 0; i < block.length; i++) {
    const next = open < 0 ? OPEN_MARK_RE : CLOSE_MARK_RE;
    next.lastIndex = i;
    const found = next.exec(block);
    if (!found) break;
    i = found.index;
    while (k < cjk.length && cjk[k].close < i) k++;
    // “” inside 「」 stay inside (WIRED.jp: “Helveticaのストックホルム症候群”)
    if (k < cjk.length && i > cjk[k].open && i < cjk[k].close) {
      i = cjk[k].close - 1;
      continue;
    }
    const c = block[i];
    if (open < 0) {
      open = i;
      mark = c;
      continue;
    }
    const len = closes(mark, c, block[i - 1], block[i + 1]);
    if (len) {
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
  if (!spans.length) return block;
  // pieces joined once: a string grown by += is a rope that every later regex must first flatten
  const out: string[] = [];
  let last = 0;
  for (const s of spans) {
    // a quoted title or term ("Pose", 「トマホーク」) is read as part of its sentence: “the "Pose" actor said”
    if (s.open < last || (s.close < block.length && !longEnough(s.text))) continue;
    // an English quote's own final . ! ? still ends the sentence: “…election.’’ Critically, …
    const keep = !s.cjk && /[.!?]$/u.test(s.text) && s.close > s.open + 1 ? 1 : 0;
    out.push(block.slice(last, s.open + 1), '〓'.repeat(Math.max(0, s.close - s.open - 1 - keep)));
    last = s.close - keep;
  }
  out.push(block.slice(last));
  return out.join('');
}

/** Is this quoted text long enough to be a quote (the labels' rule)? Six characters in scripts without spaces, else four words. */
export function longEnough(text: string): boolean {
  const t = text.trim();
  // four words settle it in any script (counting stops at four); short text is then read by script
  if (wordCount(t, 4) >= 4) return true;
  if (/[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]/u.test(t)) return t.replace(/[\s\p{P}]/gu, '').length >= 6;
  return false;
}

/** Words with a letter or digit in `t`, counted up to `max` (a quote of 4,000 words is not split to count four). */
export function wordCount(t: string, max = Infinity): number {
  let n = 0;
  for (const m of t.matchAll(/\S+/gu)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue;
    if (++n >= max) break;
    void m;
  }
  return n;
}
