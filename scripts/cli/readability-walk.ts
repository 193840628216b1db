/**
 * Readability under jsdom (the CLI): its element collection by a plain walk.
 */

import { walkElements } from '../../utils/extract/declutter/dom';

/** Tag names Readability collects by: plain names, in lower case or (DIV_TO_P_ELEMS) upper case. */
const PLAIN_TAG = /^[A-Za-z][A-Za-z0-9]*$/;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Readability collects elements by tag with `querySelectorAll('img,picture,figure')` some forty
 * times per page, over the whole document and over every candidate. A native selector engine
 * (Chromium, Firefox) does that faster than any script, but jsdom's is written in JavaScript and
 * matches each node through a general selector engine: a third of the pipeline's time under jsdom
 * (the CLI, `npm run bench`) went there. Where the engine is not native, the same elements are
 * collected by a plain walk instead: descendants in document order that a type selector of one of
 * the names matches in an HTML document (HTML elements by the lower-cased name, elements of other
 * namespaces by the name exactly). Set on the instance (body/readability.ts sets its commas there
 * too): the prototype stays stock. Registered by load-document.ts, so the CLI, `npm run bench` and
 * dump-pipeline use it.
 */
export function collectByWalk(reader: object, doc: Document): void {
  const qsa = doc.querySelectorAll as unknown;
  if (typeof qsa !== 'function' || /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(qsa))) return;
  const r = reader as { _getAllNodesWithTag: (node: ParentNode, tagNames: string[]) => ArrayLike<Element> };
  const stock = r._getAllNodesWithTag;
  if (typeof stock !== 'function') return;
  r._getAllNodesWithTag = function (node, tagNames) {
    if (!tagNames.every((t) => PLAIN_TAG.test(t))) return stock.call(this, node, tagNames);
    const exact = new Set(tagNames);
    const html = new Set(tagNames.map((t) => t.toLowerCase()));
    const out: Element[] = [];
    walkElements(node as Element | Document, (e) => {
      const name = e.localName;
      if (exact.has(name) || (html.has(name) && e.namespaceURI === HTML_NS)) out.push(e);
    });
    return out;
  };
}
