/**
 * The sanitize stage's allowlist, as data: which elements survive, which attributes each may
 * carry and what their values may look like. Everything not listed here is removed. HTML only:
 * no SVG/MathML, no script/style, no forms, no frames or plug-ins, no event handlers, no
 * `style` or `class` (the reader styles articles itself; classes only help clobbering and
 * fingerprinting), no `target` (the UI decides how links open).
 */
import { sanitizeHref, sanitizeMediaUrl, sanitizeSrcset } from './urls';

export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Article semantics the reader renders. Unlisted elements are unwrapped (their text kept). */
export const ALLOWED_TAGS = [
  // DOMPurify walks from the <body> it parsed into and returns only its inner HTML: listing it
  // keeps DOMPurify from "unwrapping" the root, which deep-clones the whole input every pass.
  'body',
  // blocks and structure
  'p', 'div', 'span', 'br', 'wbr', 'hr', 'article', 'section',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'q', 'cite', 'figure', 'figcaption', 'details', 'summary',
  'pre', 'code', 'kbd', 'samp', 'var',
  // images
  'img', 'picture', 'source',
  // tables
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // ruby (furigana on Japanese pages)
  'ruby', 'rb', 'rt', 'rp', 'rtc',
  // inline text
  'a', 'abbr', 'time', 'sup', 'sub', 'small', 'mark', 'em', 'strong', 'b', 'i', 'u', 's',
  'del', 'ins', 'dfn', 'bdi', 'bdo',
];

/**
 * Disallowed elements whose content goes with them (DOMPurify's default list, which already
 * covers script, style, template, noscript, iframe, svg, math, video, audio, title, xmp, is
 * extended). Form controls: their text is UI ("送信", "Share"), not article. Other unlisted
 * elements (form, object, custom elements…) are unwrapped: ASP.NET pages wrap the whole article
 * in a <form>, and <object> fallback content is ordinary HTML.
 */
export const ADD_FORBID_CONTENTS = [
  'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'input', 'output',
  'canvas', 'dialog', 'embed', 'frameset', 'frame', 'map', 'param', 'applet',
];

/** Plug-in and media elements the sanitizer drops; the reader shows a placeholder link instead. */
export const EMBED_TAGS = ['iframe', 'frame', 'embed', 'object', 'video', 'audio'] as const;
export type EmbedTag = (typeof EMBED_TAGS)[number];

/** Returns the value to keep (possibly rewritten) or null to drop the attribute. */
export type AttrCheck = (value: string, base: URL | null) => string | null;

const DIGITS = /^\d{1,6}$/;
const INTEGER = /^-?\d{1,6}$/;
const LANG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
/** MIME type of a <source>, e.g. image/webp or image/avif. */
const MIME = /^[a-z]+\/[a-z0-9.+-]+$/i;
const MAX_TEXT = 2000;

const text: AttrCheck = (v) => (v && v.length <= MAX_TEXT ? v : null);
const textOrEmpty: AttrCheck = (v) => (v.length <= MAX_TEXT ? v : null);
const digits: AttrCheck = (v) => (DIGITS.test(v) ? v : null);
const integer: AttrCheck = (v) => (INTEGER.test(v) ? v : null);
const oneOf =
  (...values: string[]): AttrCheck =>
  (v) => {
    const lc = v.toLowerCase();
    return values.includes(lc) ? lc : null;
  };
const boolean: AttrCheck = () => '';
const lang: AttrCheck = (v) => (v === '' || LANG.test(v) ? v : null);
const mime: AttrCheck = (v) => (MIME.test(v) ? v.toLowerCase() : null);

/**
 * Attributes every allowed element may carry. `id` is prefixed with `user-content-` by
 * DOMPurify's SANITIZE_NAMED_PROPS after this check. `data-p` marks the pipeline's article
 * blocks (issue #2, the source/quote panel jumps to them): digits only.
 */
export const GLOBAL_ATTRS: Readonly<Record<string, AttrCheck>> = {
  id: text,
  lang,
  dir: oneOf('ltr', 'rtl', 'auto'),
  title: text,
  'data-p': digits,
};

/** Attributes allowed on one element only. */
export const TAG_ATTRS: Readonly<Record<string, Readonly<Record<string, AttrCheck>>>> = {
  a: {
    href: sanitizeHref,
    // old-style footnote anchors (<a name="fn1">); prefixed like id
    name: text,
    // forced: links never get the opener or a referrer; set again after the attribute pass
    rel: () => LINK_REL,
    // placeholder for a dropped embed, written by the sanitizer itself (see EMBED_TAGS)
    'data-embed': oneOf(...EMBED_TAGS),
  },
  img: {
    src: sanitizeMediaUrl,
    srcset: sanitizeSrcset,
    sizes: text,
    alt: textOrEmpty,
    width: digits,
    height: digits,
    loading: oneOf('lazy', 'eager'),
    // forced: the reader is an extension page, whose URL must not reach image hosts
    referrerpolicy: () => IMG_REFERRER_POLICY,
  },
  source: { srcset: sanitizeSrcset, sizes: text, media: text, type: mime },
  blockquote: { cite: sanitizeMediaUrl },
  q: { cite: sanitizeMediaUrl },
  del: { cite: sanitizeMediaUrl, datetime: text },
  ins: { cite: sanitizeMediaUrl, datetime: text },
  time: { datetime: text },
  ol: { start: integer, reversed: boolean, type: (v) => (/^[1aAiI]$/.test(v) ? v : null) },
  td: { colspan: digits, rowspan: digits },
  th: { colspan: digits, rowspan: digits, scope: oneOf('row', 'col', 'rowgroup', 'colgroup') },
  col: { span: digits },
  colgroup: { span: digits },
  details: { open: boolean },
};

/** `rel` every kept link gets (issue #2). */
export const LINK_REL = 'noopener noreferrer';
/** `referrerpolicy` every kept image gets (privacy: the page loading it is the reader). */
export const IMG_REFERRER_POLICY = 'no-referrer';

/** The union of attribute names, for DOMPurify's own ALLOWED_ATTR check after our hook. */
export const ALLOWED_ATTR = [
  ...new Set([...Object.keys(GLOBAL_ATTRS), ...Object.values(TAG_ATTRS).flatMap((m) => Object.keys(m))]),
];

/** The check for `name` on an element of `tag`, or undefined when the attribute is not allowed. */
export function attrCheck(tag: string, name: string): AttrCheck | undefined {
  if (Object.hasOwn(GLOBAL_ATTRS, name)) return GLOBAL_ATTRS[name];
  const perTag = Object.hasOwn(TAG_ATTRS, tag) ? TAG_ATTRS[tag] : undefined;
  return perTag && Object.hasOwn(perTag, name) ? perTag[name] : undefined;
}

/**
 * Image URLs that are tracking beacons even when they carry no 1×1 size attributes.
 * Where each was seen (tests/fixtures/pages):
 */
export const TRACKING_PIXEL_URLS: readonly RegExp[] = [
  /\/b\/ss\//i, // Adobe Analytics image request: newspaper4k-nikkei-2018 (omtrdc.net), newspaper4k-bbc-chinese (2o7.net)
  /^https?:\/\/(?:www\.)?facebook\.com\/tr\b/i, // Meta Pixel <noscript> fallback: parser-gizmodo-jp
  /^https?:\/\/[^/]*amazon-adsystem\.com\//i, // Amazon ads sync pixel: parser-gizmodo-jp
  /^https?:\/\/[^/]*outbrain\.com\/pixel\b/i, // Outbrain amplify pixel: parser-asahi
  /^https?:\/\/(?:sa|stats)\.bbc\.co\.uk\//i, // BBC counters: newspaper4k-bbc-chinese
  /^https?:\/\/[^/]*scorecardresearch\.com\//i, // comScore beacon (in the scrapinghub corpus's news pages)
  /^https?:\/\/[^/]*(?:google-analytics\.com|doubleclick\.net)\//i, // Google Analytics / DoubleClick <noscript> beacons
];

/** A width or height attribute at or below this marks a tracking pixel or a layout spacer. */
export const PIXEL_MAX_SIZE = 1;
