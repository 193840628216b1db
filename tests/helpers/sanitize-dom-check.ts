/**
 * Independent safety check for the sanitizer's output (used by tests/unit/sanitize/*.test.ts):
 * parses HTML into a fresh inert document, the way the reader does, and lists everything
 * dangerous it finds. Deliberately written from denylists and URL parsing, not from the
 * sanitizer's own allowlist, so a mistake in the profile cannot hide itself.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const PREFIX = 'user-content-';

/** Elements that run code, load active content, submit data, restyle or re-base the page. */
const DANGEROUS_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'param', 'portal', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea',
  'datalist', 'output', 'keygen', 'isindex', 'svg', 'math', 'template', 'slot', 'noscript', 'noembed',
  'noframes', 'xmp', 'plaintext', 'listing', 'video', 'audio', 'track', 'canvas', 'marquee', 'dialog',
  'html', 'head', 'body',
]);

/** Attributes that are dangerous or useless in the reader whatever their value. */
const DANGEROUS_ATTRS = new Set([
  'style', 'class', 'srcdoc', 'formaction', 'action', 'target', 'ping', 'download', 'is', 'xmlns',
  'xlink:href', 'background', 'lowsrc', 'dynsrc', 'poster', 'data', 'codebase', 'contenteditable',
  'autofocus', 'tabindex', 'accesskey', 'slot', 'part', 'nonce', 'popover', 'popovertarget',
  'http-equiv', 'usemap', 'longdesc', 'attributename', 'shadowrootmode', 'crossorigin',
]);

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const MEDIA_SCHEMES = new Set(['http:', 'https:']);

function schemeOf(url: string): string | null {
  try {
    return new URL(url).protocol;
  } catch {
    return null;
  }
}

function checkUrl(problems: string[], where: string, url: string, schemes: Set<string>): void {
  const scheme = schemeOf(url);
  if (!scheme || !schemes.has(scheme)) problems.push(`${where}: unsafe or relative URL ${JSON.stringify(url)}`);
}

/** Parses `html` as the reader does (body of a fresh inert document). */
export function parseOutput(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

/** Every dangerous thing in `html` once parsed; [] when it is safe for the reader. */
export function findDangers(html: string): string[] {
  return findDangersIn(parseOutput(html));
}

/** Every dangerous thing in the body of `doc` (as made by `parseOutput`). */
export function findDangersIn(doc: Document): string[] {
  const problems: string[] = [];
  // A second <body onload> in the input merges its attributes into the real body.
  for (const attr of Array.from(doc.body.attributes)) problems.push(`<body> ${attr.name}: attribute on body`);
  const walker = doc.createTreeWalker(doc.body, 0x1 | 0x80 | 0x40 /* element, comment, PI */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 1) {
      problems.push(`comment or processing instruction: ${JSON.stringify(node.textContent)}`);
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    const where = `<${tag}>`;
    if (el.namespaceURI !== HTML_NS) problems.push(`${where}: foreign namespace ${el.namespaceURI}`);
    if (DANGEROUS_TAGS.has(tag)) problems.push(`${where}: dangerous element`);
    if (tag.includes('-')) problems.push(`${where}: custom element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const at = `${where} ${name}`;
      if (name.startsWith('on')) problems.push(`${at}: event handler`);
      else if (DANGEROUS_ATTRS.has(name) || name.startsWith('aria-') || (name.startsWith('data-') && name !== 'data-p' && name !== 'data-embed')) {
        problems.push(`${at}: not allowed`);
      } else if (name === 'href') {
        if (attr.value.startsWith('#')) {
          if (!attr.value.startsWith(`#${PREFIX}`)) problems.push(`${at}: fragment not prefixed`);
        } else checkUrl(problems, at, attr.value, LINK_SCHEMES);
        if (el.getAttribute('rel') !== 'noopener noreferrer') problems.push(`${where}: link without rel="noopener noreferrer"`);
      } else if (name === 'src' || name === 'cite') {
        checkUrl(problems, at, attr.value, MEDIA_SCHEMES);
      } else if (name === 'srcset') {
        for (const candidate of attr.value.split(/,\s+/)) checkUrl(problems, at, candidate.trim().split(/\s+/)[0], MEDIA_SCHEMES);
      } else if ((name === 'id' || name === 'name') && !attr.value.startsWith(PREFIX)) {
        problems.push(`${at}: not prefixed (DOM clobbering)`);
      } else if (name === 'data-p' && !/^\d+$/.test(attr.value)) {
        problems.push(`${at}: not digits`);
      }
    }
    if (tag === 'img') {
      if (el.getAttribute('referrerpolicy') !== 'no-referrer') problems.push(`${where}: image without referrerpolicy="no-referrer"`);
      for (const dim of ['width', 'height']) {
        const v = el.getAttribute(dim);
        if (v !== null && Number(v) <= 1) problems.push(`${where}: tracking pixel (${dim}=${v})`);
      }
    }
  }
  return problems;
}
