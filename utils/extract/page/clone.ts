/**
 * The pipeline's one copy of the page. Like `doc.cloneNode(true)`, minus what no stage reads:
 * <style> and non-JSON-LD <script> in the head. Under jsdom a cloned <style> is parsed again into
 * a CSSOM, and head styles average ~27 kB on the benchmark corpus, so skipping them saves about
 * a quarter of the clone's time. The original is never touched.
 *
 * Two guarantees every later stage (and Readability) relies on:
 *  - Copying cannot throw: <html>'s attributes come with a shallow native copy of the element,
 *    never through setAttribute, which rejects names the HTML parser accepts (`<html ⚡>` on AMP
 *    pages, Angular's `[class]`, a stray quote in `de-de"`) in jsdom and in the DOM standard.
 *  - No element of the copy shadows a DOM property: form controls lose the `name` and `id` that
 *    would make them properties of their form (`<input name="parentNode">`), and named images,
 *    forms, embeds, iframes and objects lose the `name` that would make them properties of the
 *    document. Readability and every stage then walk `parentNode`, `nextElementSibling` … safely.
 *    The live page is read only through live-dom.ts while the copy is made.
 */
import { liveDom, type LiveDom } from '../live-dom';

function skipInHead(dom: LiveDom, el: Element): boolean {
  const tag = dom.tagName(el);
  if (tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return true;
  return tag === 'SCRIPT' && (dom.getAttribute(el, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json';
}

/**
 * Elements that can shadow a property: form controls (listed elements, and images inside a form)
 * with a name or id, and named images, forms, embeds, iframes and objects (the document's named
 * properties). One native query; on ASP.NET pages (the whole page in one <form>) `form [id]`
 * matches many ordinary elements, which keep their ids.
 */
const SHADOWING = 'form [name],form [id],[form][name],[form][id],form[name],img[name],embed[name],iframe[name],object[name],object[id]';
const FORM_CONTROLS = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA']);
const NAMED_ON_DOCUMENT = new Set(['IMG', 'FORM', 'EMBED', 'IFRAME']);

/** Drops the names and ids that make elements of `copy` shadow DOM properties (see above). */
export function neutraliseNamedElements(copy: Document): number {
  const dom = liveDom(copy);
  const found = dom.select(copy, SHADOWING);
  let changed = 0;
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    const tag = dom.tagName(el);
    if (FORM_CONTROLS.has(tag)) {
      dom.removeAttribute(el, 'name');
      dom.removeAttribute(el, 'id');
    } else if (NAMED_ON_DOCUMENT.has(tag)) {
      dom.removeAttribute(el, 'name');
      // an image inside a form is one of its named properties by id too
      if (tag === 'IMG' && el.closest('form')) dom.removeAttribute(el, 'id');
    } else continue;
    changed++;
  }
  return changed;
}

export function cloneForExtraction(doc: Document): Document {
  const dom = liveDom(doc);
  const src = dom.documentElement(doc);
  const srcHead = dom.head(doc);
  const srcBody = dom.body(doc);
  let copy: Document;
  if (!src || !srcHead || !srcBody) {
    copy = dom.cloneNode(doc, true);
  } else {
    copy = dom.createInertDocument(doc);
    // a shallow native copy carries every attribute as parsed: nothing to validate, nothing to throw
    const root = dom.importNode(copy, src, false);
    copy.replaceChild(root, copy.documentElement);
    const head = copy.createElement('head');
    // A created document's URL is about:blank: a <base> keeps relative URLs resolving like the page.
    const url = dom.url(doc);
    if (url && url !== 'about:blank' && !srcHead.querySelector('base[href]')) {
      const base = copy.createElement('base');
      base.setAttribute('href', url);
      head.appendChild(base);
    }
    const kids = dom.walker(srcHead, 0x1 /* SHOW_ELEMENT */);
    for (let c = kids.firstChild() as Element | null; c; c = kids.nextSibling() as Element | null) {
      if (!skipInHead(dom, c)) head.appendChild(dom.importNode(copy, c, true));
    }
    root.appendChild(head);
    root.appendChild(dom.importNode(copy, srcBody, true));
  }
  neutraliseNamedElements(copy);
  return copy;
}
