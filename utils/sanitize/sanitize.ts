/**
 * Sanitize stage: DOMPurify with the strict HTML-only profile of `profile.ts`, URL
 * policy of `urls.ts`. Runs only on a DOM where DOMPurify really works (jsdom in Node,
 * the browser's own): it fails closed, never returning unsanitized input.
 *
 * Decisions (issue #2, stage 4):
 * - URLs are resolved against `baseUrl` first, then only http(s) (and mailto: for links) are
 *   kept. Protocol-relative URLs take the base's scheme; with no base, every relative URL is
 *   dropped (it would resolve against the extension page), fragment-only links are kept.
 * - ids and names get `user-content-` (SANITIZE_NAMED_PROPS); "#x" links become
 *   "#user-content-x"; a bare "#" link loses its href.
 * - Links get rel="noopener noreferrer", images referrerpolicy="no-referrer" (the reader is an
 *   extension page: its URL must not reach news sites); `target` is left to the reader.
 * - Images sized 0 or 1 px, known beacon URLs and images with nothing left to load are dropped.
 * - Iframes, video, audio, embeds and objects are dropped and leave an empty
 *   `<a data-embed="iframe|video|…" href>` placeholder for the reader to label.
 * - The output is a fixpoint: parsed again, it is a tree DOMPurify leaves unchanged, so what
 *   the reader parses is exactly what was checked (no serialise/re-parse mutation).
 */
import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';
import {
  ADD_FORBID_CONTENTS,
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  EMBED_TAGS,
  HTML_NAMESPACE,
  IMG_REFERRER_POLICY,
  LINK_REL,
  PIXEL_MAX_SIZE,
  TRACKING_PIXEL_URLS,
  attrCheck,
  type EmbedTag,
} from './profile';
import { parseBase, sanitizeMediaUrl } from './urls';

export interface SanitizeOptions {
  /** the window DOMPurify binds to (jsdom's in Node, the browser's in the extension) */
  window: Window & typeof globalThis;
  /**
   * absolute URL that relative URLs resolve against, or null. With null (or an unparsable
   * value) relative URLs are dropped; fragment-only links ("#fn1") are kept either way.
   */
  baseUrl: string | null;
  /** when given, each DOMPurify pass's time (ms) is added to it (`npm run bench`'s profile) */
  profile?: Record<string, number>;
}

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_NAMESPACES: [HTML_NAMESPACE],
  ADD_FORBID_CONTENTS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
};

/**
 * Passes until the output is a fixpoint. Removing or unwrapping elements can leave a tree that
 * the HTML parser would build differently (a <p> unwrapped from an <object> into another <p>,
 * a <div> left directly in a <table>), so one pass is not always stable; the second pass is
 * the one that settles in practice. Every pass's output is sanitized, so stopping at the cap
 * is still safe.
 */
const MAX_PASSES = 4;

/**
 * Run once per window: if DOMPurify does not turn this into exactly the expected output, the
 * DOM under it is not one it can protect (happy-dom reports `isSupported` yet keeps script and
 * handlers; see shared/docs/toolchain.md), and the stage refuses to run.
 */
const CANARY_INPUT =
  '<p id="a" onclick="alert(1)">x<script>alert(1)</script><img src="https://canary.invalid/i.png" onerror="alert(1)">' +
  '<a href="javascript:alert(1)">y</a><a href="#a">z</a></p>';
const CANARY_OUTPUT =
  `<p id="user-content-a">x<img src="https://canary.invalid/i.png" referrerpolicy="${IMG_REFERRER_POLICY}"><a>y</a>` +
  `<a href="#user-content-a" rel="${LINK_REL}">z</a></p>`;

/** Per-call state read by the hooks of one instance (sanitize is synchronous, not re-entrant). */
interface PurifierState {
  base: URL | null;
}

interface Purifier {
  purify: DOMPurify;
  state: PurifierState;
}

/** One DOMPurify per window, hooks installed once on that instance only. */
const purifiers = new WeakMap<object, Purifier | Error>();

/** Tag name of a node, lowercase ("#text" for text). */
function tagOf(node: Node): string {
  return node.nodeName.toLowerCase();
}

/**
 * Drops iframes, video and the like (by the profile) but leaves an empty placeholder link to
 * what they showed, `<a data-embed="iframe" href="…">`, so the reader can offer "open the
 * video on the site" in its own language. Inserted after the element so DOMPurify's walk
 * still visits and checks it like any other link.
 */
function placeEmbedLink(node: Element, tag: EmbedTag, state: PurifierState): void {
  let raw = node.getAttribute(tag === 'object' ? 'data' : 'src') ?? node.getAttribute('data-src');
  if (!raw && (tag === 'video' || tag === 'audio')) raw = node.querySelector('source[src]')?.getAttribute('src') ?? null;
  const href = raw ? sanitizeMediaUrl(raw.trim(), state.base) : null;
  const parent = node.parentNode;
  if (!href || !parent) return;
  const link = node.ownerDocument.createElement('a');
  link.setAttribute('data-embed', tag);
  link.setAttribute('href', href);
  parent.insertBefore(link, node.nextSibling);
}

/**
 * Lazy images should be resolved by the extract stage already; if one still has no usable
 * src, its `data-src`/`data-srcset` is promoted so the image is not lost (the URL still goes
 * through the same checks as any src).
 */
function promoteLazyImage(node: Element): void {
  const src = node.getAttribute('src');
  const dataSrc = node.getAttribute('data-src');
  if (dataSrc && (!src || src.trim().startsWith('data:'))) node.setAttribute('src', dataSrc);
  const dataSrcset = node.getAttribute('data-srcset');
  if (dataSrcset && !node.getAttribute('srcset')) node.setAttribute('srcset', dataSrcset);
}

/** Tracking pixels, spacers, and images left with nothing to show. */
function isUselessImage(node: Element): boolean {
  for (const dim of ['width', 'height']) {
    const v = node.getAttribute(dim);
    if (v !== null && Number(v) <= PIXEL_MAX_SIZE) return true;
  }
  const src = node.getAttribute('src');
  if (src && TRACKING_PIXEL_URLS.some((re) => re.test(src))) return true;
  const inPicture = node.parentElement ? tagOf(node.parentElement) === 'picture' : false;
  return !src && !node.getAttribute('srcset') && !inPicture;
}

/**
 * An element parsed with `is="…"` keeps that "is value" after the attribute is removed, and the
 * HTML serializer writes it back out (a customized built-in would upgrade wherever the name is
 * defined). Replace the element by a plain one of the same name, inserted after it so that
 * DOMPurify's walk visits the copy and everything moved into it.
 */
function replaceWithoutIsValue(node: Element): void {
  const parent = node.parentNode;
  if (!parent) return;
  const copy = node.ownerDocument.createElement(node.localName);
  for (const attr of Array.from(node.attributes)) {
    if (attr.name === 'is') continue;
    try {
      copy.setAttribute(attr.name, attr.value);
    } catch {
      // a name the parser accepts but setAttribute refuses: drop it, nothing was lost
    }
  }
  while (node.firstChild) copy.appendChild(node.firstChild);
  parent.insertBefore(copy, node.nextSibling);
  node.remove();
}

function installHooks(purify: DOMPurify, state: PurifierState): void {
  purify.addHook('uponSanitizeElement', (node, ev) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if ((EMBED_TAGS as readonly string[]).includes(ev.tagName)) placeEmbedLink(el, ev.tagName as EmbedTag, state);
    // foreign elements are left to DOMPurify's namespace check (a copy would turn them HTML)
    else if (el.namespaceURI === HTML_NAMESPACE && el.hasAttribute('is')) replaceWithoutIsValue(el);
  });
  purify.addHook('beforeSanitizeAttributes', (node) => {
    const tag = tagOf(node);
    if (tag === 'img' || tag === 'source') promoteLazyImage(node);
  });
  // The whole attribute policy lives here (not in ALLOWED_URI_REGEXP, which DOMPurify also
  // applies to lang, dir, width, datetime…): per-element allowlist, value checks, URL resolution.
  purify.addHook('uponSanitizeAttribute', (node, ev: UponSanitizeAttributeHookEvent) => {
    const check = attrCheck(tagOf(node), ev.attrName);
    const value = check ? check(ev.attrValue, state.base) : null;
    if (value === null) {
      ev.keepAttr = false;
      return;
    }
    ev.attrValue = value;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const tag = tagOf(node);
    if (tag === 'a') {
      if (node.hasAttribute('href')) node.setAttribute('rel', LINK_REL);
      else node.removeAttribute('rel');
    } else if (tag === 'img') {
      if (isUselessImage(node)) node.remove();
      else node.setAttribute('referrerpolicy', IMG_REFERRER_POLICY);
    }
  });
}

function createPurifier(win: Window & typeof globalThis): Purifier | Error {
  const purify = createDOMPurify(win);
  if (purify.isSupported !== true) {
    return new Error('sanitize: DOMPurify is not supported on this window (need jsdom or a browser)');
  }
  const state: PurifierState = { base: null };
  installHooks(purify, state);
  // Parsed once per instance instead of on every sanitize() call.
  purify.setConfig(CONFIG);
  let canary: unknown;
  try {
    canary = purify.sanitize(CANARY_INPUT);
  } catch (e) {
    return new Error(`sanitize: DOMPurify self-test threw on this window: ${String(e)}`);
  }
  if (canary !== CANARY_OUTPUT) {
    return new Error('sanitize: DOMPurify self-test failed on this window (unsafe DOM implementation)');
  }
  return { purify, state };
}

function purifierFor(win: Window & typeof globalThis): Purifier {
  if ((typeof win !== 'object' && typeof win !== 'function') || win === null) {
    throw new Error('sanitize: no window given');
  }
  let entry = purifiers.get(win);
  if (!entry) {
    entry = createPurifier(win);
    purifiers.set(win, entry);
  }
  if (entry instanceof Error) throw entry;
  return entry;
}

function runPass(p: Purifier, html: string): string {
  const out: unknown = p.purify.sanitize(html);
  if (typeof out !== 'string') throw new Error('sanitize: DOMPurify returned no string');
  return out;
}

/** Returns sanitized HTML. Throws when DOMPurify cannot run safely in this window (fails closed). */
export function sanitizeArticleHtml(html: string, opts: SanitizeOptions): string {
  if (typeof html !== 'string') throw new TypeError('sanitize: html must be a string');
  const p = purifierFor(opts.window);
  p.state.base = parseBase(opts.baseUrl);
  try {
    // Stops as soon as a pass changes nothing: already-sanitized input costs one pass,
    // fresh input two (the change, then the proof that it settled).
    const profile = opts.profile;
    let t = profile ? performance.now() : 0;
    const record = (stage: string) => {
      if (!profile) return;
      const now = performance.now();
      profile[stage] = (profile[stage] ?? 0) + (now - t);
      t = now;
    };
    let prev = html;
    let out = runPass(p, prev);
    record('sanitize pass 1');
    for (let pass = 1; pass < MAX_PASSES && out !== prev; pass++) {
      prev = out;
      out = runPass(p, prev);
      record('sanitize pass 2+');
    }
    return out;
  } finally {
    p.state.base = null;
  }
}
