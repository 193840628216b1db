/**
 * Extract stage, part 1: Mozilla Readability on the pipeline's clone (never the live page),
 * with options tuned by script. Returns the article container as a DOM element of the clone
 * (the serializer option hands it back untouched: no serialise-and-reparse round trip).
 */
import { Readability } from '@mozilla/readability';
import { CHAR_THRESHOLD, NB_TOP_CANDIDATES } from '../constants';

export interface ReadabilityOutput {
  /** the article body, an element owned by the clone */
  content: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
}

/**
 * Readability counts commas to score paragraphs, but its list lacks the ideographic comma 、
 * (U+3001, and halfwidth U+FF64), the comma of Japanese prose, so Japanese paragraphs score as
 * if they had none and a comma-rich English footer can outscore a short Japanese body (seen on
 * ZDNet Japan). Set on the instance: the shared prototype stays stock for other users.
 */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001\uFF64]/g;

function tuneScoring(reader: object): void {
  const r = reader as { REGEXPS: Record<string, RegExp> };
  r.REGEXPS = { ...r.REGEXPS, commas: COMMAS };
}

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
 * namespaces by the name exactly). Set on the instance, like the commas: the prototype stays stock.
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
    let cur: Element | null = node.firstElementChild;
    while (cur) {
      const name = cur.localName;
      if (exact.has(name) || (html.has(name) && cur.namespaceURI === HTML_NS)) out.push(cur);
      const down: Element | null = cur.firstElementChild;
      if (down) {
        cur = down;
        continue;
      }
      while (cur && cur !== node && !cur.nextElementSibling) cur = cur.parentElement;
      if (!cur || cur === node) break;
      cur = cur.nextElementSibling;
    }
    return out;
  };
}

function isCjk(lang: string | null): boolean {
  return !!lang && /^(?:ja|zh|ko)\b/i.test(lang);
}

/** Runs Readability on `clone` (mutated: it is the pipeline's private copy). Null if nothing found. */
export function runReadability(clone: Document, lang: string | null): ReadabilityOutput | null {
  const reader = new Readability<Element>(clone, {
    charThreshold: isCjk(lang) ? CHAR_THRESHOLD.cjk : CHAR_THRESHOLD.other,
    nbTopCandidates: NB_TOP_CANDIDATES,
    // Classes stay until the post-declutter pass has seen them (it matches on class names);
    // the pipeline drops them before sanitizing.
    keepClasses: true,
    serializer: (el) => el as Element,
  });
  tuneScoring(reader);
  collectByWalk(reader, clone);
  const r = reader.parse();
  if (!r || !r.content) return null;
  return {
    content: r.content,
    title: r.title ?? null,
    byline: r.byline ?? null,
    siteName: r.siteName ?? null,
    lang: r.lang ?? null,
    dir: r.dir ?? null,
    publishedTime: r.publishedTime ?? null,
  };
}
