/**
 * Turns the pipeline's sanitized article HTML into DOM for the clean view. The string is
 * already sanitized (issue #2); it is parsed in an inert document (DOMParser runs no scripts and
 * loads nothing) and imported into the view, so no HTML sink ever sees it. A second, cheap pass
 * re-checks what must never reach the view even if a caller passes unsanitized HTML (saved
 * articles from an old version, imports): defence in depth, not the sanitizer.
 */
import { verticalQuotes, wrapTateChuYoko } from './tate-chu-yoko';

/** Elements that can run code, load active content or restyle the view. */
const DANGEROUS = 'script,style,link,meta,base,iframe,frame,frameset,object,embed,applet,form,svg,math,template,noscript,portal';
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background', 'ping'];
/** Schemes a link or image may use in the view. */
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.|[^:]*$)/i;

export interface ArticleDomOptions {
  /** vertical writing: wrap 1–2 digit and !? runs upright, “ ” as 〝 〟 */
  tateChuYoko?: boolean;
  /** label for the placeholder links the sanitizer leaves where it dropped an embed */
  embedLabel?: string;
  /**
   * Runs on the checked body while it is still inert, before anything is imported into the
   * view: the saved-article page points images at their stored copies here, so the remote
   * originals are never requested.
   */
  prepare?: (body: HTMLElement) => void;
}

function defang(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(DANGEROUS))) el.remove();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'is') el.removeAttribute(attr.name);
      else if (URL_ATTRS.includes(name) && !SAFE_URL.test(attr.value.trim())) el.removeAttribute(attr.name);
    }
  }
}

/** Links leave the view in a new tab without opener or referrer; in-page anchors stay. */
function fixLinks(root: ParentNode, embedLabel: string | undefined): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
    if (a.hasAttribute('data-embed') && !a.textContent?.trim() && embedLabel) {
      a.textContent = embedLabel;
      a.setAttribute('class', 'embed');
    }
  }
}

/** Parses sanitized HTML into a fragment owned by `target` (the view's document). */
export function articleFragment(html: string, target: Document, opts: ArticleDomOptions = {}): DocumentFragment {
  const frag = target.createDocumentFragment();
  if (!html) return frag;
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const body = parsed.body;
  defang(body);
  fixLinks(body, opts.embedLabel);
  if (opts.tateChuYoko) {
    verticalQuotes(body);
    wrapTateChuYoko(body);
  }
  opts.prepare?.(body);
  for (const child of Array.from(body.childNodes)) frag.append(target.importNode(child, true));
  return frag;
}

/**
 * Finds the target of an in-article `#fragment` link inside the view. DOMPurify prefixes ids and
 * names with `user-content-`, while hrefs keep the bare name: try both.
 */
export function findAnchorTarget(root: ParentNode & { getElementById?: (id: string) => Element | null }, hash: string): Element | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    id = hash.replace(/^#/, '');
  }
  if (!id) return null;
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  for (const candidate of [id, `user-content-${id}`, id.replace(/^user-content-/, '')]) {
    const el = root.querySelector(`[id="${esc(candidate)}"], a[name="${esc(candidate)}"]`);
    if (el) return el;
  }
  return null;
}
