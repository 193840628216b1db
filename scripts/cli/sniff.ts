/**
 * Is this input HTML at all? Cheap checks on the raw bytes (before decoding) and on the decoded
 * text (before building a DOM), so that images, PDFs, JSON or plain text are refused with
 * `not-html` and empty input with `empty-input` instead of being "extracted".
 */
import type { ExtractError } from '../../utils/article/types';

/** Leading bytes of common non-HTML files a crawler or a user may hand us by mistake. */
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx/xlsx/epub
  { name: 'gzip', bytes: [0x1f, 0x8b] }, // a gzip inside a gzip, or one we could not unpack
  { name: 'RIFF (WebP/WAV/AVI)', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'PostScript', bytes: [0x25, 0x21, 0x50, 0x53] }, // %!PS
  { name: 'Ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'MP3 (ID3)', bytes: [0x49, 0x44, 0x33] },
  { name: 'WebAssembly', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

/** How far into the file binary bytes (NUL) are looked for: NUL never occurs in real 8-bit HTML. */
const NUL_SCAN_BYTES = 8192;

/** At least one real HTML tag: a doctype, a known element, or a custom element (has a hyphen). */
const HTML_TAG_RE =
  /<!doctype\s+html|<(?:html|head|body|title|meta|link|div|p|a|span|article|section|main|header|footer|nav|table|ul|ol|li|h[1-6]|br|img|script|style|form|pre|blockquote|figure|noscript|iframe|b|i|em|strong|font|center|td|tr|dl|dt|dd|[a-z][a-z0-9]*-[a-z0-9-]+)[\s/>]/i;

/** XML vocabularies that are not HTML documents (feeds, sitemaps, standalone SVG). */
const NON_HTML_XML_ROOT_RE = /^<(?:rss|feed|rdf:rdf|urlset|sitemapindex|svg|kml|opml)[\s>]/i;

/** UTF-8 / UTF-16 byte order marks: a BOM means text, even if UTF-16 text carries NULs. */
function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** Byte-level checks, before decoding. Returns an error, or null when the bytes may be HTML. */
export function sniffBytes(b: Uint8Array): ExtractError | null {
  let start = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
  while (start < b.length && isAsciiSpace(b[start]!)) start++;
  if (start >= b.length) return { code: 'empty-input', message: 'the input is empty or whitespace only' };

  for (const m of MAGIC) {
    if (m.bytes.every((v, i) => b[start + i] === v)) {
      return { code: 'not-html', message: `the input is a ${m.name} file, not HTML` };
    }
  }
  if (!hasUtf16Bom(b)) {
    const end = Math.min(b.length, NUL_SCAN_BYTES);
    for (let i = 0; i < end; i++) {
      if (b[i] === 0) return { code: 'not-html', message: 'the input is binary (contains NUL bytes), not HTML' };
    }
  }
  return null;
}

/** Text-level checks on the decoded string. */
export function sniffText(text: string): ExtractError | null {
  const head = text.slice(0, 65536).replace(/^[\s\ufeff\u3000]+/, '');
  if (head === '') return { code: 'empty-input', message: 'the input is whitespace only' };
  if ((head[0] === '{' || head[0] === '[') && looksLikeJson(text)) {
    return { code: 'not-html', message: 'the input is JSON, not HTML' };
  }
  const afterProlog = head.replace(/^(?:<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!doctype[^>]*>|\s)+/i, '');
  if (NON_HTML_XML_ROOT_RE.test(afterProlog)) {
    return { code: 'not-html', message: 'the input is an XML document (feed, sitemap or SVG), not HTML' };
  }
  // The first 64 KiB normally hold the head; fall back to the whole text for odd prologues.
  if (!HTML_TAG_RE.test(head) && !HTML_TAG_RE.test(text)) {
    return { code: 'not-html', message: 'the input has no HTML tags (plain text?)' };
  }
  return null;
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    // JSON with a trailing garbage line is still not a page: only call it HTML if it has tags.
    return !HTML_TAG_RE.test(text);
  }
}
