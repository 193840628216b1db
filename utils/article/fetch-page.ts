/**
 * Fetching one later page of a multi-page article, as the reader would by clicking "next": same
 * origin, the page's own cookies, redirects followed but never off the origin. Only HTML, only
 * up to MAX_PAGE_BYTES, decoded the way a browser would (Content-Type charset, BOM, <meta
 * charset>, else the first page's encoding). The HTML is returned as text: parsing it is the
 * caller's job, inertly (parse-page.ts).
 */

/** Bigger answers are not news pages (the CLI's input bound is the same order). */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Bytes the <meta charset> prescan looks at (the HTML spec's 1024, with room for long heads). */
const PRESCAN_BYTES = 4096;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export type FetchFailure = 'network' | 'not-html' | 'too-large' | 'other-origin';

export type FetchedPage = { ok: true; url: string; html: string } | { ok: false; reason: FetchFailure; detail: string };

export interface FetchPageOptions {
  signal?: AbortSignal;
  /** the first page's encoding (document.characterSet), used when this one declares none */
  fallbackCharset?: string | null;
  /** injectable for tests */
  fetch?: typeof fetch;
}

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null; // an unknown label is ignored, as browsers do
  }
}

/** The encoding a browser would pick for these bytes (no content-based guessing). */
export function decodeHtml(bytes: Uint8Array, contentType: string | null, fallback?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const fromHeader = decoderFor(CHARSET_PARAM.exec(contentType ?? '')?.[1]);
  if (fromHeader) return fromHeader.decode(bytes);
  // the prescan reads ASCII-compatible bytes: latin1 keeps every byte one character
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const fromMeta = decoderFor(META_CHARSET.exec(head)?.[1]);
  return (fromMeta ?? decoderFor(fallback) ?? new TextDecoder('utf-8')).decode(bytes);
}

/** Reads at most `max` bytes of the body; null when there are more. */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.length > max ? null : buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Fetches one page of the article. Never throws except for an abort (the caller cancelled). */
export async function fetchArticlePage(url: string, opts: FetchPageOptions = {}): Promise<FetchedPage> {
  const origin = new URL(url).origin;
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, {
      credentials: 'include',
      redirect: 'follow',
      signal: opts.signal,
      headers: { Accept: 'text/html,application/xhtml+xml' },
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    return { ok: false, reason: 'network', detail: err instanceof Error ? err.message : String(err) };
  }
  const finalUrl = res.url || url;
  if (new URL(finalUrl).origin !== origin) return { ok: false, reason: 'other-origin', detail: finalUrl };
  if (!res.ok) return { ok: false, reason: 'network', detail: `HTTP ${res.status}` };
  const type = res.headers.get('content-type');
  if (type && !HTML_TYPES.test(type.trim())) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'not-html', detail: type };
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_PAGE_BYTES) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'too-large', detail: `${declared} bytes` };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(res, MAX_PAGE_BYTES);
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    return { ok: false, reason: 'network', detail: err instanceof Error ? err.message : String(err) };
  }
  if (!bytes) return { ok: false, reason: 'too-large', detail: `more than ${MAX_PAGE_BYTES} bytes` };
  const html = decodeHtml(bytes, type, opts.fallbackCharset);
  // no Content-Type at all: only what starts like markup counts as a page
  if (!type && !/^\s*</.test(html.slice(0, 512))) return { ok: false, reason: 'not-html', detail: 'no content type, not markup' };
  return { ok: true, url: finalUrl, html };
}
