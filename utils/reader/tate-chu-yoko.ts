/**
 * 縦中横 (tate-chu-yoko) for vertical writing: runs of one or two half-width digits stand upright
 * together (`text-combine-upright: all` on a wrapping span). Longer numbers stay sideways, as
 * Japanese typesetting (JLREQ) does with 3+ digit runs.
 */

/** 1–2 ASCII digits not touching another digit (half- or full-width). */
const TCY_RUN = /(?<![0-9０-９])[0-9]{1,2}(?![0-9０-９])/g;
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
