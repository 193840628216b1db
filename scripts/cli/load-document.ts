/**
 * Bytes → a jsdom Document, exactly as the CLI does it (the benchmark imports this too, so both
 * parse the same way): gunzip if gzipped → refuse empty/non-HTML/oversized input → decode like a
 * browser → bounds pre-scan → flatten nesting deeper than 512 → jsdom (retried without styles
 * when its constructor throws).
 *
 * Which DOM and why: jsdom. The sanitize stage runs DOMPurify, which needs a real, spec-following
 * DOM: under happy-dom it silently keeps `<script>`, `onerror` and `javascript:` while claiming
 * support, under linkedom it returns its input unchanged. jsdom is what DOMPurify's own test
 * suite runs on. Options: no scripts (runScripts unset), no resource loading, a VirtualConsole
 * with no listeners (CSS parse errors and jsdom warnings go nowhere, never to stdout),
 * contentType text/html, `url` set when known.
 *
 * Base URL when the caller has none: the page's own absolute canonical / og:url (a saved page
 * then resolves its links against the site it came from, as it did live); failing that
 * jsdom's `about:blank`, so relative links stay unresolvable rather than pointing at an
 * invented host. The pipeline still receives the caller's `url` (null) unchanged.
 */
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractError } from '../../utils/article/types';
import { MAX_BYTES, MAX_DEPTH, MAX_ELEMENTS, preScan } from './bounds';
import { decodeHtml } from './decode';
import { flattenDeepHtml } from './flatten-depth';
import { sniffBytes, sniffText } from './sniff';
import { setReadabilityInstanceHook } from '../../utils/extract/body/readability';
import { collectByWalk } from './readability-walk';

// Every document this module makes is a jsdom one: Readability there collects by walk.
setReadabilityInstanceHook(collectByWalk);

const GZIP_MAGIC = [0x1f, 0x8b];
const STYLE_ELEMENT_RE = /<style\b[\s\S]*?(?:<\/style\s*>|$)/gi;
const STYLE_ATTR_RE = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const CANONICAL_RES = [
  /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i,
  /<meta\b[^>]*\bproperty\s*=\s*["']?og:url["']?[^>]*>/i,
];
const HREF_OR_CONTENT_RE = /\b(?:href|content)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i;
const HEAD_SEARCH_CHARS = 256 * 1024;

export type DomWindow = Window & typeof globalThis;

export interface LoadedDocument {
  /** null when the input was refused (see `error`) */
  document: Document | null;
  window: DomWindow | null;
  /** refusal (document null) or a warning the page was still parsed under (`decode-failed`) */
  error: ExtractError | null;
  /** gunzip + sniff + decode + bounds pre-scan, ms */
  decodeMs: number;
  /** flattening + jsdom construction (incl. a retry without styles), ms */
  parseMs: number;
  /** WHATWG name of the encoding the text was decoded with, null when refused before decoding */
  encoding: string | null;
  /** the URL jsdom resolves links against */
  baseUrl: string;
  /** true when nesting deeper than 512 was flattened */
  flattened: boolean;
  /** true when jsdom threw and the page was parsed again without `<style>` and style="" */
  stylesStripped: boolean;
  /** frees jsdom's window; safe to call more than once and on refusals */
  close(): void;
}

/** An absolute http(s) URL, or null for anything else (relative, javascript:, garbage). */
export function httpUrlOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : null;
  } catch {
    return null;
  }
}

function canonicalUrl(html: string): string | null {
  const head = html.slice(0, HEAD_SEARCH_CHARS);
  for (const re of CANONICAL_RES) {
    const tag = re.exec(head)?.[0];
    const url = tag ? httpUrlOrNull(HREF_OR_CONTENT_RE.exec(tag)?.[1]?.replace(/&amp;/g, '&')) : null;
    if (url) return url;
  }
  return null;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Gunzips gzip bytes (bounded, so a gzip bomb cannot exhaust memory); other bytes unchanged. */
export function gunzipIfNeeded(bytes: Uint8Array): Uint8Array {
  return isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: MAX_BYTES + 1 }) : bytes;
}

function buildDom(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

export function loadDocument(input: Uint8Array, url: string | null): LoadedDocument {
  const t0 = performance.now();
  let dom: JSDOM | null = null;
  const result: LoadedDocument = {
    document: null,
    window: null,
    error: null,
    decodeMs: 0,
    parseMs: 0,
    encoding: null,
    baseUrl: 'about:blank',
    flattened: false,
    stylesStripped: false,
    close() {
      dom?.window.close();
      dom = null;
    },
  };
  const refuse = (code: ExtractError['code'], message: string): LoadedDocument => {
    result.error = { code, message };
    result.decodeMs = performance.now() - t0;
    return result;
  };

  let bytes: Uint8Array;
  try {
    bytes = gunzipIfNeeded(input);
  } catch (e) {
    const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    return tooBig
      ? refuse('too-large', `gunzipped input exceeds ${MAX_BYTES} bytes`)
      : refuse('decode-failed', `gzip data could not be unpacked: ${(e as Error).message}`);
  }
  if (bytes.length > MAX_BYTES) return refuse('too-large', `input is ${bytes.length} bytes (limit ${MAX_BYTES})`);
  const byteProblem = sniffBytes(bytes);
  if (byteProblem) return refuse(byteProblem.code, byteProblem.message);

  const decoded = decodeHtml(bytes);
  result.encoding = decoded.encoding;
  const textProblem = sniffText(decoded.text);
  if (textProblem) return refuse(textProblem.code, textProblem.message);
  if (decoded.failed) {
    // Still parsed and extracted best effort from the lossy UTF-8 text.
    result.error = { code: 'decode-failed', message: 'no charset decodes the bytes cleanly; read as lossy UTF-8' };
  }

  const scan = preScan(decoded.text);
  if (scan.overLimit) return refuse('too-large', `more than ${MAX_ELEMENTS} elements`);
  result.decodeMs = performance.now() - t0;

  const t1 = performance.now();
  let html = decoded.text;
  if (scan.depth > MAX_DEPTH) {
    html = flattenDeepHtml(html);
    result.flattened = true;
  }
  result.baseUrl = httpUrlOrNull(url) ?? canonicalUrl(html) ?? 'about:blank';
  try {
    try {
      dom = buildDom(html, result.baseUrl);
    } catch {
      // jsdom's CSS parser throws on some invalid stylesheets (an invalid calc() on one
      // benchmark page): the page is still a page, parse it without its styles.
      result.stylesStripped = true;
      dom = buildDom(html.replace(STYLE_ELEMENT_RE, '').replace(STYLE_ATTR_RE, ''), result.baseUrl);
    }
  } catch (e) {
    result.parseMs = performance.now() - t1;
    const stack = e instanceof RangeError && /call stack/i.test(e.message);
    result.error = stack
      ? { code: 'too-deep', message: `nesting too deep for the DOM even after flattening: ${e.message}` }
      : { code: 'internal', message: `the DOM could not be built: ${(e as Error).message}` };
    return result;
  }
  result.parseMs = performance.now() - t1;
  result.window = dom.window as unknown as DomWindow;
  result.document = result.window.document;
  return result;
}
