/**
 * Cheap bounds on the decoded HTML, before any DOM is built. jsdom needs 3.4 s to parse and
 * ~114 s to run Readability on 200,000 elements, and 10.7 s just to parse 10,000-deep nesting
 * (measured here), so both must be caught on the string.
 *
 * One linear pass counts tag openings (`<` + letter; raw-text element contents and comments
 * skipped, so `a<b` inside a script is not a tag) and estimates the nesting depth (+1 per start
 * tag, −1 per end tag; void elements, self-closing tags and elements whose end tag is optional
 * are not counted). The estimate errs high on sloppy markup; erring high only costs the
 * flattening pre-pass, never correctness.
 */

import { MAX_DEPTH, MAX_ELEMENTS } from '../../utils/extract/page/bounds';

/** The element and depth limits are the browser's own (utils/extract/page/bounds.ts). */
export { MAX_DEPTH, MAX_ELEMENTS };
/** Inputs larger than this are refused with `too-large` before decoding (no news page is near). */
export const MAX_BYTES = 64 * 1024 * 1024;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen image'.split(' '),
);
/** End tag optional (closed implicitly by the parser): counting them would inflate the depth. */
const OPTIONAL_END = new Set(
  'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body'.split(' '),
);
/** Their content is text up to the matching end tag. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes'.split(' '));

const END_TAG_RE = new Map<string, RegExp>();

export interface PreScan {
  elements: number;
  /** estimated maximum nesting depth (an upper bound in practice) */
  depth: number;
  /** true when the scan stopped early at MAX_ELEMENTS + 1 */
  overLimit: boolean;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x2f || c === 0x3e || Number.isNaN(c);
}

function readName(s: string, from: number): string {
  let j = from;
  while (j < s.length && !isNameEnd(s.charCodeAt(j))) j++;
  return s.slice(from, j).toLowerCase();
}

export function preScan(html: string): PreScan {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let i = 0;
  const findEndTag = (from: number, name: string): number => {
    // case-insensitive search for the closing raw-text tag, without lowercasing the whole page
    let re = END_TAG_RE.get(name);
    if (!re) END_TAG_RE.set(name, (re = new RegExp(`</${name}[\\s/>]`, 'gi')));
    re.lastIndex = from;
    const m = re.exec(html);
    return m ? m.index : -1;
  };
  for (;;) {
    i = html.indexOf('<', i);
    if (i < 0 || i + 1 >= html.length) break;
    const c = html.charCodeAt(i + 1);
    if (isLetter(c)) {
      const name = readName(html, i + 1);
      elements++;
      if (elements > MAX_ELEMENTS) return { elements, depth: maxDepth, overLimit: true };
      const close = html.indexOf('>', i + 1);
      if (close < 0) break;
      const selfClosing = html.charCodeAt(close - 1) === 0x2f;
      if (RAW_TEXT.has(name)) {
        const endTag = findEndTag(close + 1, name);
        i = endTag < 0 ? html.length : endTag + 2;
        continue;
      }
      if (!selfClosing && !VOID.has(name) && !OPTIONAL_END.has(name)) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
      }
      i = close + 1;
    } else if (c === 0x2f) {
      const name = readName(html, i + 2);
      if (name && !VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
      i += 2;
    } else if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
    } else {
      i++;
    }
  }
  return { elements, depth: maxDepth, overLimit: false };
}
