/**
 * DOM reads a page cannot shadow, for every walk over the live page (the per-page detector, the
 * bounds checks, the one clone the pipeline makes).
 *
 * Why: a <form>'s controls become properties of the form element and hide the real DOM
 * properties (`<input name="parentNode">` makes `form.parentNode` that input; `name="tagName"`,
 * `"getAttribute"`, `"contains"` … likewise), and named <img>, <form>, <embed>, <object> and
 * <iframe> elements become properties of `document` (`<img name="body">`). Chromium does this
 * in the extension's isolated world too (jsdom and Firefox's content scripts do not); a walk
 * that climbs through `parentNode` then loops forever and the tab freezes (issue #12, F1).
 *
 * How: the getters and methods are taken once from the prototypes (Node, Element, Document) of
 * the realm the nodes belong to and called on the node: a named property on the instance never
 * comes into play. Navigation goes through a TreeWalker, whose own methods no page can shadow.
 * The realm is found from the node's prototype chain (no globals: the CLI has several jsdom
 * windows and no global `Node`).
 */

type Fn = (this: unknown, ...args: unknown[]) => unknown;

export interface LiveDom {
  nodeType(n: Node): number;
  parent(n: Node): Node | null;
  tagName(el: Element): string;
  getAttribute(el: Element, name: string): string | null;
  hasAttribute(el: Element, name: string): boolean;
  /** `el.hasAttributes()`: a cheap test before reading several attributes */
  hasAttributes(el: Element): boolean;
  removeAttribute(el: Element, name: string): void;
  contains(a: Node, b: Node | null): boolean;
  /** `el.querySelector(selector)` */
  query(el: Element, selector: string): Element | null;
  textContent(n: Node): string;
  documentElement(doc: Document): Element | null;
  head(doc: Document): HTMLHeadElement | null;
  body(doc: Document): HTMLElement | null;
  title(doc: Document): string;
  url(doc: Document): string;
  baseUri(doc: Document): string;
  contentType(doc: Document): string;
  /** a live HTMLCollection (native count and indexing) */
  byTagName(root: Document | Element, tag: string): HTMLCollectionOf<Element>;
  /** a static NodeList of the document's elements matching `selector` */
  select(doc: Document, selector: string): NodeListOf<Element>;
  /** a static NodeList of the elements under `el` matching `selector` */
  selectIn(el: Element, selector: string): NodeListOf<Element>;
  /** `doc.importNode(node, deep)` */
  importNode<T extends Node>(doc: Document, node: T, deep: boolean): T;
  /** `doc.implementation.createHTMLDocument('')`: a new inert document */
  createInertDocument(doc: Document): Document;
  /** `parent.appendChild(child)` */
  append(parent: Node, child: Node): void;
  /** `node.remove()` */
  remove(node: Node): void;
  firstChild(n: Node): Node | null;
  /** `node.cloneNode(deep)` */
  cloneNode<T extends Node>(node: T, deep: boolean): T;
  /** a TreeWalker over `root` (Element and Text nodes unless `show` says otherwise) */
  walker(root: Node, show?: number): TreeWalker;
}

/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT */
export const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

const realms = new WeakMap<object, LiveDom>();

/** The prototype in `obj`'s chain that owns `prop` (the interface's own prototype object). */
function owner(obj: object, prop: string): object {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, prop)) return p;
  }
  throw new Error(`live-dom: no ${prop} in the prototype chain`);
}

function getter(proto: object, prop: string): Fn {
  const d = Object.getOwnPropertyDescriptor(proto, prop);
  const f = d?.get ?? d?.value;
  if (typeof f !== 'function') throw new Error(`live-dom: ${prop} is not native`);
  return f as Fn;
}

/** The unshadowable reads for `doc`'s realm (built once per realm). */
export function liveDom(doc: Document): LiveDom {
  const nodeProto = owner(doc, 'nodeType');
  const cached = realms.get(nodeProto);
  if (cached) return cached;
  const docProto = owner(doc, 'documentElement');
  const createElement = getter(owner(doc, 'createElement'), 'createElement');
  const sample = createElement.call(doc, 'b') as object;
  const elProto = owner(sample, 'tagName');
  const n = (prop: string) => getter(nodeProto, prop);
  const e = (prop: string) => getter(elProto, prop);
  const d = (prop: string) => getter(docProto, prop);
  const nodeType = n('nodeType');
  const parentNode = n('parentNode');
  const contains = n('contains');
  const textContent = n('textContent');
  const tagName = e('tagName');
  const getAttribute = e('getAttribute');
  const hasAttribute = e('hasAttribute');
  const hasAttributes = e('hasAttributes');
  const removeAttribute = e('removeAttribute');
  const querySelector = e('querySelector');
  const elQuerySelectorAll = e('querySelectorAll');
  const ownerDocument = n('ownerDocument');
  const cloneNode = n('cloneNode');
  const appendChild = n('appendChild');
  const removeChild = n('removeChild');
  const firstChild = n('firstChild');
  const querySelectorAll = d('querySelectorAll');
  const importNode = d('importNode');
  const implementation = d('implementation');
  const elByTag = e('getElementsByTagName');
  const docByTag = d('getElementsByTagName');
  const documentElement = d('documentElement');
  const head = getter(owner(doc, 'head'), 'head');
  const body = getter(owner(doc, 'body'), 'body');
  const title = getter(owner(doc, 'title'), 'title');
  const url = d('URL');
  const baseUri = n('baseURI');
  const contentType = d('contentType');
  const createTreeWalker = d('createTreeWalker');
  const dom: LiveDom = {
    nodeType: (x) => nodeType.call(x) as number,
    parent: (x) => parentNode.call(x) as Node | null,
    tagName: (x) => tagName.call(x) as string,
    getAttribute: (x, name) => getAttribute.call(x, name) as string | null,
    hasAttribute: (x, name) => hasAttribute.call(x, name) as boolean,
    hasAttributes: (x) => hasAttributes.call(x) as boolean,
    removeAttribute: (x, name) => void removeAttribute.call(x, name),
    contains: (a, b) => contains.call(a, b) as boolean,
    query: (x, selector) => querySelector.call(x, selector) as Element | null,
    textContent: (x) => (textContent.call(x) as string | null) ?? '',
    documentElement: (x) => documentElement.call(x) as Element | null,
    head: (x) => head.call(x) as HTMLHeadElement | null,
    body: (x) => body.call(x) as HTMLElement | null,
    title: (x) => (title.call(x) as string | null) ?? '',
    url: (x) => url.call(x) as string,
    baseUri: (x) => (baseUri.call(x) as string | null) ?? '',
    contentType: (x) => contentType.call(x) as string,
    byTagName: (root, tag) => (nodeType.call(root) === 9 ? docByTag : elByTag).call(root, tag) as HTMLCollectionOf<Element>,
    select: (x, selector) => querySelectorAll.call(x, selector) as NodeListOf<Element>,
    selectIn: (x, selector) => elQuerySelectorAll.call(x, selector) as NodeListOf<Element>,
    importNode: (x, node, deep) => importNode.call(x, node, deep) as typeof node,
    createInertDocument: (x) => (implementation.call(x) as DOMImplementation).createHTMLDocument(''),
    cloneNode: (node, deep) => cloneNode.call(node, deep) as typeof node,
    append: (parent, child) => void appendChild.call(parent, child),
    remove: (node) => {
      const p = parentNode.call(node);
      if (p) removeChild.call(p, node);
    },
    firstChild: (x) => firstChild.call(x) as Node | null,
    walker: (root, show = SHOW_ELEMENT_AND_TEXT) => {
      const owner = nodeType.call(root) === 9 ? root : (ownerDocument.call(root) as Document);
      return createTreeWalker.call(owner, root, show) as TreeWalker;
    },
  };
  realms.set(nodeProto, dom);
  return dom;
}
