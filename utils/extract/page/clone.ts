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

/** Listed elements: a form's controls, which become its properties by name and by id. */
const FORM_CONTROLS = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA', 'IMG']);
/** Elements that become properties of the document by name. */
const NAMED_ON_DOCUMENT = ['img', 'embed', 'iframe', 'object', 'form'];

/**
 * Drops the names and ids that make elements of `copy` shadow DOM properties: the controls of
 * each form (and controls tied to a form by `form="…"`) lose `name` and `id`, named images,
 * embeds, iframes, objects and forms lose `name` (objects their `id` too). Other elements keep
 * their ids: on ASP.NET pages the whole page sits in one form. Native collections and scoped
 * queries only (one selector over the whole page cost ~10 ms a page in jsdom).
 */
export function neutraliseNamedElements(copy: Document): number {
  const dom = liveDom(copy);
  let changed = 0;
  const neutralise = (el: Element, id: boolean) => {
    dom.removeAttribute(el, 'name');
    if (id) dom.removeAttribute(el, 'id');
    changed++;
  };
  const forms = dom.byTagName(copy, 'form');
  const formCount = forms.length;
  let formIds = false;
  for (let i = 0; i < formCount; i++) {
    const form = forms[i];
    if (dom.hasAttribute(form, 'id')) formIds = true;
    const inside = dom.selectIn(form, '[name],[id]');
    for (let k = 0; k < inside.length; k++) if (FORM_CONTROLS.has(dom.tagName(inside[k]))) neutralise(inside[k], true);
  }
  if (formIds) {
    const tied = dom.select(copy, '[form]');
    for (let k = 0; k < tied.length; k++) if (FORM_CONTROLS.has(dom.tagName(tied[k]))) neutralise(tied[k], true);
  }
  for (const tag of NAMED_ON_DOCUMENT) {
    const list = dom.byTagName(copy, tag);
    const n = list.length;
    for (let i = 0; i < n; i++) {
      const el = list[i];
      if (dom.hasAttribute(el, 'name') || (tag === 'object' && dom.hasAttribute(el, 'id'))) neutralise(el, tag === 'object');
    }
  }
  return changed;
}

/**
 * The document the pipeline may change: `doc` itself when the caller hands it over (the CLI and
 * the bench parse a fresh document per page that nothing else reads: no copy to pay for), made
 * like the copy (head trimmed, named elements neutralised); else the copy.
 */
export function workingDocument(doc: Document, owned: boolean): Document {
  if (!owned) return cloneForExtraction(doc);
  const dom = liveDom(doc);
  const head = dom.head(doc);
  if (head) {
    const drop: Element[] = [];
    const kids = dom.walker(head, 0x1 /* SHOW_ELEMENT */);
    for (let c = kids.firstChild() as Element | null; c; c = kids.nextSibling() as Element | null) if (skipInHead(dom, c)) drop.push(c);
    for (const el of drop) dom.remove(el);
  }
  neutraliseNamedElements(doc);
  return doc;
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
