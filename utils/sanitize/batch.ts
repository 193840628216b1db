/**
 * Sanitizes many small fragments (the declutter stage's removed blocks: 10–50 per page) in one
 * DOMPurify run instead of one run each. On jsdom most of a run's cost is fixed (a new document
 * per parse, two parses per call), so one run for all blocks is several times cheaper than
 * N runs. Same profile, same guarantees: the joined HTML is sanitized to a fixpoint, then split.
 */
import { sanitizeArticleHtml, type SanitizeOptions } from './sanitize';
import { NAMED_PROPS_PREFIX } from './urls';

const MARKER = 'honbun-part';

/** Unguessable per call, so a fragment cannot forge a wrapper of another fragment. */
function nonce(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The children of the sanitized wrapper list, or null when the output does not consist of
 * exactly the wrappers in order (a fragment that closes or opens a <div> of its own): the
 * caller then falls back to sanitizing each fragment alone.
 */
function split(out: string, ids: string[], win: SanitizeOptions['window']): string[] | null {
  const body = new win.DOMParser().parseFromString(`<!doctype html><body>${out}`, 'text/html').body;
  const nodes = body.childNodes;
  if (nodes.length !== ids.length) return null;
  const parts: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const node = nodes[i];
    if (node.nodeType !== 1) return null;
    const el = node as Element;
    if (el.localName !== 'div' || el.attributes.length !== 1 || el.getAttribute('id') !== ids[i]) return null;
    parts.push(el.innerHTML);
  }
  return parts;
}

/** All fragments in one run, or null when the result cannot be split back (see `split`). */
export function sanitizeInOneRun(list: readonly string[], opts: SanitizeOptions): string[] | null {
  const tag = `${MARKER}-${nonce()}`;
  const joined = list.map((html, i) => `<div id="${tag}-${i}">${html}</div>`).join('');
  const out = sanitizeArticleHtml(joined, opts);
  return split(out, list.map((_, i) => `${NAMED_PROPS_PREFIX}${tag}-${i}`), opts.window);
}

/** `sanitizeArticleHtml` for each string of `list`, in order, in as few DOMPurify runs as possible. */
export function sanitizeHtmlList(list: readonly string[], opts: SanitizeOptions): string[] {
  if (list.some((html) => typeof html !== 'string')) throw new TypeError('sanitize: html must be a string');
  if (list.length <= 1) return list.map((html) => sanitizeArticleHtml(html, opts));
  return sanitizeInOneRun(list, opts) ?? list.map((html) => sanitizeArticleHtml(html, opts));
}
