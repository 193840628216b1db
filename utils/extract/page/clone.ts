/**
 * The pipeline's one copy of the page. Like `doc.cloneNode(true)`, minus what no stage reads:
 * <style> and non-JSON-LD <script> in the head. Under jsdom a cloned <style> is parsed again into
 * a CSSOM, and head styles average ~27 kB on the benchmark corpus, so skipping them saves about
 * a quarter of the clone's time. The original is never touched.
 */

function skipInHead(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return true;
  return tag === 'SCRIPT' && (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json';
}

export function cloneForExtraction(doc: Document): Document {
  const src = doc.documentElement;
  if (!src || !doc.head || !doc.body) return doc.cloneNode(true) as Document;
  const copy = doc.implementation.createHTMLDocument('');
  const root = copy.documentElement;
  root.replaceChildren();
  for (const a of src.attributes) root.setAttribute(a.name, a.value);
  const head = copy.createElement('head');
  // A created document's URL is about:blank: a <base> keeps relative URLs resolving like the page.
  const url = doc.URL;
  if (url && url !== 'about:blank' && !doc.head.querySelector('base[href]')) {
    const base = copy.createElement('base');
    base.setAttribute('href', url);
    head.appendChild(base);
  }
  for (let c = doc.head.firstElementChild; c; c = c.nextElementSibling) {
    if (!skipInHead(c)) head.appendChild(copy.importNode(c, true));
  }
  root.appendChild(head);
  root.appendChild(copy.importNode(doc.body, true));
  return copy;
}
