/**
 * Text stage: the plain reading text of the article (one block per paragraph, blocks separated
 * by one blank line; figure captions and ruby readings left out), with each block marked
 * `data-p="N"` (0-based) in the article DOM so the reader can jump to block N. Also collects the
 * captions and links the source/quote analysis needs.
 */
import {
  BLOCK_TAGS, MAX_CAPTION_PARAGRAPH_CHARS, MAX_CREDIT_LINE_CHARS, MAX_SENTENCE_CAPTION_CHARS, RE_CREDIT_AFTER_SENTENCE, RE_CREDIT_LINE, RE_CREDIT_SUFFIX, SKIP_TEXT_TAGS,
} from '../constants';
import { asRead } from '../fold-space';

export interface TextResult {
  /** blocks joined by "\n\n"; "" when the article has no text */
  text: string;
  /** the blocks, index = data-p */
  blocks: string[];
  /** figure captions and photo credits, in document order */
  captions: string[];
  /** links in the body (http/https only) with the block they sit in, -1 when in none */
  links: { href: string; text: string; paragraph: number }[];
}

/** Inline whitespace folded to one space; line breaks from <br> kept as "\n". */
function tidy(s: string): string {
  return s
    .replace(/[^\S\n\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isBlock(c) || hasBlockChild(c)) return true;
  }
  return false;
}

/** Plain text of inline content: rt/rp and non-text elements skipped, <br> as a line break. */
function inlineText(node: Node, pre: boolean): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += pre ? c.nodeValue : (c.nodeValue ?? '').replace(/\n/g, ' ');
    else if (c.nodeType === 1) {
      const el = c as Element;
      const tag = el.tagName;
      if (tag === 'BR') out += '\n';
      else if (tag === 'TD' || tag === 'TH') out += `${inlineText(el, pre).trim()}\t`;
      else if (!SKIP_TEXT_TAGS.has(tag)) out += inlineText(el, pre || tag === 'PRE');
    }
  }
  return out;
}

interface Walk {
  blocks: string[];
  captions: string[];
  blockOf: Map<Element, number>;
  /** the alt text of the picture just passed, when no text block has come since */
  alt: string | null;
}

/** An alt text this long describes the picture in words a caption would repeat. */
const MIN_CAPTION_ALT_CHARS = 20;
/** A caption may add this much to the alt it repeats ("Vergrößern", a credit). */
const MAX_ALT_CAPTION_EXTRA = 40;

/** Notes the alt (else title) of the last picture in `nodes`: a text block right after it that repeats it is its caption. */
function notePictures(w: Walk, nodes: Iterable<Node>): void {
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const imgs = el.tagName === 'IMG' ? [el] : el.querySelectorAll('img');
    for (const img of imgs) {
      const alt = (img.getAttribute('alt') || img.getAttribute('title') || '').replace(/\s+/g, ' ').trim();
      w.alt = alt.length >= MIN_CAPTION_ALT_CHARS ? alt : null;
    }
  }
}

/** Marks `el` as block N if it has text. */
function addBlock(w: Walk, el: Element, raw: string): void {
  raw = asRead(raw);
  const text = el.tagName === 'TR' ? raw.replace(/\t+$/g, '').replace(/[^\S\t\n]+/g, ' ').trim() : el.tagName === 'PRE' ? raw.replace(/^\n+|\s+$/g, '') : tidy(raw);
  const alt = w.alt;
  if (!text) {
    notePictures(w, [el]);
    return;
  }
  w.alt = null;
  const credit = text.length <= MAX_CREDIT_LINE_CHARS && RE_CREDIT_LINE.test(text);
  // the text under a picture that repeats its alt ("Eine kleine runde Aussparung für die
  // Facetime-Kamera …" under the picture so described, macwelt; scmp's caption paragraph)
  const repeatsAlt = !!alt && text.length <= alt.length + MAX_ALT_CAPTION_EXTRA && text.replace(/\s+/g, ' ').includes(alt);
  if (
    credit ||
    repeatsAlt ||
    (text.length <= MAX_CAPTION_PARAGRAPH_CHARS && RE_CREDIT_SUFFIX.test(text)) ||
    (text.length <= MAX_SENTENCE_CAPTION_CHARS && RE_CREDIT_AFTER_SENTENCE.test(text))
  ) {
    w.captions.push(text);
    return;
  }
  el.setAttribute('data-p', String(w.blocks.length));
  w.blockOf.set(el, w.blocks.length);
  w.blocks.push(text);
}

/**
 * Text a figure may hold besides its picture: a table, code. (Not a list: figures carry their
 * toolbars as lists, acpjournals' "Download figure / Download PowerPoint"; not a blockquote: a
 * figure's quote is a pull quote repeating the body, legrandcontinent, or an embedded post.)
 */
const FIGURE_TEXT = 'table,pre';

/**
 * A figure that holds a table or code (WordPress's `figure.wp-block-table`, thebalance's
 * comparison tables in `figure.js-table-scroll`, `figure > pre`) is read as text: those blocks
 * join the text, the figcaption (if any) is its caption. False when the figure holds neither (a
 * picture and its caption, a pull quote).
 */
function walkFigureText(w: Walk, figure: Element): boolean {
  const caption = figure.querySelector('figcaption');
  let found = false;
  for (const el of figure.querySelectorAll(FIGURE_TEXT)) {
    const outer = el.parentElement?.closest(FIGURE_TEXT);
    if (caption?.contains(el) || (outer && figure.contains(outer))) continue; // read with its caption or its outer block
    found = true;
    walk(w, el);
  }
  if (!found) return false;
  const cap = caption ? tidy(inlineText(caption, false)) : '';
  if (cap) w.captions.push(cap);
  w.alt = null;
  return true;
}

function walk(w: Walk, el: Element): void {
  const tag = el.tagName;
  if (SKIP_TEXT_TAGS.has(tag)) return;
  if (tag === 'FIGURE' && walkFigureText(w, el)) return;
  if (tag === 'FIGURE' || tag === 'FIGCAPTION') {
    const cap = tidy(inlineText(tag === 'FIGURE' ? el.querySelector('figcaption') ?? el : el, false));
    if (cap) w.captions.push(cap);
    w.alt = null;
    return;
  }
  if (tag === 'TR' || tag === 'PRE' || !hasBlockChild(el)) {
    addBlock(w, el, inlineText(el, tag === 'PRE'));
    return;
  }
  // Mixed content: runs of inline nodes between blocks become their own <p> blocks.
  let run: Node[] = [];
  const flush = (before: Node | null): void => {
    if (!run.length) return;
    const text = run.map((n) => (n.nodeType === 3 ? n.nodeValue : n.nodeType === 1 && !SKIP_TEXT_TAGS.has((n as Element).tagName) ? inlineText(n, false) + (n.nodeName === 'BR' ? '\n' : '') : '')).join('');
    if (tidy(text)) {
      const p = el.ownerDocument.createElement('p');
      el.insertBefore(p, before);
      for (const n of run) p.appendChild(n);
      addBlock(w, p, inlineText(p, false));
    } else notePictures(w, run);
    run = [];
  };
  for (let c: ChildNode | null = el.firstChild; c; ) {
    const next: ChildNode | null = c.nextSibling;
    if (c.nodeType === 1 && (isBlock(c as Element) || hasBlockChild(c as Element))) {
      flush(c);
      walk(w, c as Element);
    } else if (c.nodeType === 3 || c.nodeType === 1) run.push(c);
    c = next;
  }
  flush(null);
}

function nearestBlock(el: Element, w: Walk, root: Element): number {
  for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
    const n = w.blockOf.get(e);
    if (n !== undefined) return n;
  }
  return -1;
}

/** Marks blocks in `article` (mutated: data-p attributes, inline runs wrapped) and returns the text. */
export function extractText(article: Element): TextResult {
  const w: Walk = { blocks: [], captions: [], blockOf: new Map(), alt: null };
  walk(w, article);
  const links: TextResult['links'] = [];
  for (const a of article.querySelectorAll('a[href]')) {
    const href = (a as HTMLAnchorElement).href || a.getAttribute('href') || '';
    if (!/^https?:/i.test(href)) continue;
    links.push({ href, text: tidy(a.textContent ?? ''), paragraph: nearestBlock(a, w, article) });
  }
  return { text: w.blocks.join('\n\n'), blocks: w.blocks, captions: w.captions, links };
}
