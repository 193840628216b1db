/**
 * 縦中横 (tate-chu-yoko) for vertical writing: runs of one or two half-width digits stand upright
 * together (`text-combine-upright: all` on a wrapping span). Longer numbers stay sideways, as
 * Japanese typesetting (JLREQ) does with 3+ digit runs. Half-width ! and ? stand upright too,
 * alone or paired (!!, !?, ?!, ??) in one em, as vertical books set them; and the curly quotes
 * “ ” become the vertical quotation marks 〝 〟, which is how they are written in 縦書き.
 */

/** 1–2 ASCII digits not touching another digit (half- or full-width); 1–2 half-width ! or ?. */
const TCY_RUN = /(?<![0-9０-９])[0-9]{1,2}(?![0-9０-９])|(?<![!?])[!?]{1,2}(?![!?])/g;
/** Curly double quotes and their vertical forms (U+301D, U+301F). */
const VERTICAL_QUOTES: Record<string, string> = { '\u201c': '\u301d', '\u201d': '\u301f' };
const CURLY = /[\u201c\u201d]/g;
/** Elements whose text must not be split: ruby annotations, code, and the wrappers themselves. */
const SKIP = new Set(['RT', 'RP', 'CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'TEXTAREA', 'SVG', 'MATH']);
export const TCY_CLASS = 'tcy';

export interface Segment {
  text: string;
  tcy: boolean;
}

/** Splits text into plain and upright (tate-chu-yoko) segments, in order; joins back to `text`. */
export function tcySegments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(TCY_RUN)) {
    const i = m.index ?? 0;
    if (i > last) out.push({ text: text.slice(last, i), tcy: false });
    out.push({ text: m[0], tcy: true });
    last = i + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), tcy: false });
  return out;
}

function skipped(node: Node, root: Node): boolean {
  for (let p = node.parentNode; p && p !== root; p = p.parentNode) {
    if (p.nodeType !== 1) continue;
    const el = p as Element;
    if (SKIP.has(el.nodeName.toUpperCase()) || el.classList.contains(TCY_CLASS)) return true;
  }
  return false;
}

/** A plain string set vertically (a headline, the date line): vertical quotes, then upright runs. */
export function verticalSegments(text: string): Segment[] {
  return tcySegments(text.replace(CURLY, (q) => VERTICAL_QUOTES[q] ?? q));
}

/** “…” → 〝…〟 in text under `root` (code and ruby text left alone). Returns how many changed. */
export function verticalQuotes(root: Node): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    CURLY.lastIndex = 0;
    if (!CURLY.test(t.data) || skipped(t, root)) continue;
    t.data = t.data.replace(CURLY, (q) => VERTICAL_QUOTES[q] ?? q);
    count++;
  }
  return count;
}

/** Wraps every tate-chu-yoko run under `root` in `<span class="tcy">`. Returns how many. */
export function wrapTateChuYoko(root: Node): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    TCY_RUN.lastIndex = 0;
    if (TCY_RUN.test((n as Text).data) && !skipped(n, root)) texts.push(n as Text);
  }
  let count = 0;
  for (const t of texts) {
    const frag = doc.createDocumentFragment();
    for (const seg of tcySegments(t.data)) {
      if (!seg.tcy) {
        frag.append(doc.createTextNode(seg.text));
        continue;
      }
      const span = doc.createElement('span');
      span.className = TCY_CLASS;
      span.textContent = seg.text;
      frag.append(span);
      count++;
    }
    t.replaceWith(frag);
  }
  return count;
}
