/**
 * URL policy of the sanitize stage: resolve against the page URL first, then keep only safe
 * schemes. Uses the WHATWG URL parser (the browser's own rules), so entity-decoded and
 * whitespace-obfuscated schemes ("jav&#x09;ascript:", "\u0001javascript:") are seen exactly the way
 * a browser would see them, instead of being guessed at with a regex.
 */

/** Prefix DOMPurify's SANITIZE_NAMED_PROPS puts on every id/name; same-document links follow it. */
export const NAMED_PROPS_PREFIX = 'user-content-';

/** Schemes a link may point to (issue #2: http(s), and mailto for links). */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Schemes an image, a source or a quotation's `cite` may use: no data:, blob:, file:, javascript:. */
const MEDIA_PROTOCOLS = new Set(['http:', 'https:']);

/** srcset descriptors the HTML spec allows: width (123w), density (1.5x), and the legacy height. */
const SRCSET_DESCRIPTOR = /^(?:\d+w|\d+(?:\.\d+)?x|\d+h)$/;
const SRCSET_SPACE = /[\t\n\f\r ]/;

/**
 * Parses `baseUrl` once per call. Invalid input counts as "no base": every relative URL is then
 * dropped, which fails closed (see `resolveUrl`).
 */
export function parseBase(baseUrl: string | null): URL | null {
  if (!baseUrl) return null;
  try {
    return new URL(baseUrl);
  } catch {
    return null;
  }
}

/**
 * Absolute form of `value` when its scheme is in `allowed`, else null. Relative URLs need a base:
 * with no base they are dropped rather than left relative, because the reader renders from an
 * extension page, where a relative URL would resolve against the extension's own origin.
 * Protocol-relative URLs ("//host/x") take the base's scheme like in the page.
 */
function resolveUrl(value: string, base: URL | null, allowed: ReadonlySet<string>): string | null {
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
  return allowed.has(url.protocol) ? url.href : null;
}

/**
 * `href` of a link. Fragment-only hrefs ("#fn1") stay same-document and get the named-props
 * prefix so they keep pointing at the prefixed id; they never resolve against the base, so they
 * work with or without one. An absolute link to the page itself ("https://site/a#fn1") is left
 * absolute: it opens the original page, which is always correct even when the target was cut.
 * A bare "#" goes nowhere useful and is dropped.
 */
export function sanitizeHref(value: string, base: URL | null): string | null {
  if (value.startsWith('#')) {
    const fragment = value.slice(1);
    if (!fragment) return null;
    return '#' + (fragment.startsWith(NAMED_PROPS_PREFIX) ? fragment : NAMED_PROPS_PREFIX + fragment);
  }
  return resolveUrl(value, base, LINK_PROTOCOLS);
}

/**
 * `src` of an image or source, `cite` of a quotation: http(s) only. An empty value is dropped:
 * resolved, it would name the page itself (`<img src="">` in a page's chrome became an "image"
 * of the article page, fetched by the view and by Save).
 */
export function sanitizeMediaUrl(value: string, base: URL | null): string | null {
  if (!value.trim()) return null;
  return resolveUrl(value, base, MEDIA_PROTOCOLS);
}

interface SrcsetCandidate {
  url: string;
  descriptors: string[];
}

/**
 * Splits a srcset the way the HTML spec's parser does: a URL runs to the next whitespace (so
 * commas inside URLs, common on image CDNs such as "w_640,h_360", survive), trailing commas end
 * a descriptor-less candidate, descriptors run to the next comma outside parentheses.
 */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && (SRCSET_SPACE.test(srcset[i]) || srcset[i] === ',')) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !SRCSET_SPACE.test(srcset[j])) j++;
    let url = srcset.slice(i, j);
    i = j;
    const descriptors: string[] = [];
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let current = '';
      let inParens = false;
      for (; i < n; i++) {
        const c = srcset[i];
        if (inParens) {
          current += c;
          if (c === ')') inParens = false;
        } else if (c === ',') {
          i++;
          break;
        } else if (SRCSET_SPACE.test(c)) {
          if (current) descriptors.push(current);
          current = '';
        } else {
          if (c === '(') inParens = true;
          current += c;
        }
      }
      if (current) descriptors.push(current);
    }
    if (url) out.push({ url, descriptors });
  }
  return out;
}

/**
 * srcset with every candidate resolved and checked like `src`; a candidate with a bad scheme
 * or an unknown descriptor is dropped alone, an empty result drops the attribute.
 */
export function sanitizeSrcset(value: string, base: URL | null): string | null {
  const kept: string[] = [];
  for (const candidate of parseSrcset(value)) {
    if (candidate.descriptors.length > 1) continue;
    const descriptor = candidate.descriptors[0] ?? '';
    if (descriptor && !SRCSET_DESCRIPTOR.test(descriptor)) continue;
    const url = sanitizeMediaUrl(candidate.url, base);
    // A resolved URL cannot contain raw whitespace, but one ending in "," would be re-split
    // differently by the next parse; skip it so a second pass changes nothing.
    if (!url || url.endsWith(',')) continue;
    kept.push(descriptor ? `${url} ${descriptor}` : url);
  }
  return kept.length ? kept.join(', ') : null;
}
