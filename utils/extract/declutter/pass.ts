/**
 * One declutter run: the root, the guards that protect the main content, and the removal log.
 * Every stage removes through `Pass.remove`, which refuses to take out the root, the main
 * content container or the headline, and records the removal with its document position so
 * the final list is in document order whatever stage found it.
 */
import type { Category, Removal } from '../types';
import { collapseSpace, measure, statsTree, weight, type Stats } from './measure';
import { descendants, isHidden } from './dom';
import { noteNeighbours } from './anchor';

/** Removal.text is capped: a reader lists removals, it does not need a sidebar's full text. */
const MAX_TEXT = 1000;
/** Text nodes shorter than this do not vote for the main content container. */
const MIN_VOTE_CHARS = 25;
/** Characters of the page's description a block must open with to be the one it describes. */
const DESCRIBED_CHARS = 50;
const SKIP_TEXT_IN = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg|SVG)$/;
const HEADLINE_TAG = /^H[1-3]$/;
/** Links, and the page furniture HTML names as such, never hold the article body (zdnet-japan's
 * legal paragraph in <footer> outweighs its two-sentence article). */
const NO_VOTE = /^(A|FOOTER|NAV|ASIDE|FORM|BUTTON|SELECT)$/;
/** Inline wrappers inside a paragraph: the paragraph, not the span, is the voting block. */
const INLINE_VOTE = /^(SPAN|B|STRONG|EM|I|FONT|SMALL|U|MARK|Q|CITE|SUB|SUP|RUBY|RT|TIME|ABBR)$/;

/**
 * `html` is serialised on first read: outerHTML of big sidebars is the costliest part of a
 * removal in jsdom, and the CLI drops it unread. The removed elements are detached and never
 * touched again, so the late serialisation equals an early one. Plain data property once read
 * or assigned (the pipeline writes the sanitized html back); `delete` works as usual.
 */
function lazyHtml(removal: Removal, els: Element[]): void {
  Object.defineProperty(removal, 'html', {
    enumerable: true,
    configurable: true,
    get(): string {
      const html = els.map((e) => e.outerHTML).join('');
      Object.defineProperty(removal, 'html', { value: html, writable: true, enumerable: true, configurable: true });
      return html;
    },
    set(value: string | undefined) {
      Object.defineProperty(removal, 'html', { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

interface Entry {
  order: number;
  removal: Removal;
}

export class Pass {
  readonly root: Element;
  readonly doc: Document;
  readonly phase: 'pre' | 'post';
  readonly title: string | null;
  /** every element under the root when the run began, in document order */
  readonly all: Element[];
  /** every non-blank text node outside script/style when the run began, in document order */
  readonly texts: Text[] = [];
  private readonly order = new Map<Element, number>();
  private readonly protectedEls: Element[] = [];
  private readonly log: Entry[] = [];
  private readonly statMap: Map<Element, Stats>;

  constructor(el: Element, phase: 'pre' | 'post', title: string | null, description: string | null = null) {
    this.root = el;
    this.doc = el.ownerDocument;
    this.phase = phase;
    this.title = title ? collapseSpace(title) : null;
    // a sibling walk, not querySelectorAll('*'): jsdom's selector engine costs ~6 ms a page here
    this.all = descendants(el);
    let i = 0;
    this.order.set(el, i++);
    for (const e of this.all) this.order.set(e, i++);
    this.statMap = statsTree(el);
    this.protectMainContent();
    this.protectHeadline();
    if (phase === 'pre') this.protectDescribed(description);
  }

  /**
   * The block the page's own description opens with (WordPress writes og:description from the
   * post's first words) is the post, even when the post is a list of links the list rules would
   * take for a sidebar: nurmeinstandpunkt.wordpress.com's link-roundup posts lost their whole
   * body as a "related" list. The smallest element holding the description's first 50
   * characters is protected, so none of the blocks around it can be removed whole.
   */
  private protectDescribed(description: string | null): void {
    const d = description ? collapseSpace(description) : '';
    if (d.length < DESCRIBED_CHARS) return;
    const prefix = d.slice(0, DESCRIBED_CHARS);
    const head = prefix.slice(0, 16);
    let tries = 0;
    for (const t of this.texts) {
      if (!collapseSpace(t.nodeValue ?? '').startsWith(head)) continue;
      // climb while the element is shorter than the prefix (a link inside the first item)
      let el = t.parentElement;
      let text = '';
      for (let up = 0; el && el !== this.root && up < 6; up++, el = el.parentElement) {
        text = collapseSpace(el.textContent ?? '');
        if (text.length >= prefix.length) break;
      }
      if (el && el !== this.root && text.startsWith(prefix) && !this.inHidden(el)) {
        this.protectedEls.push(el);
        return;
      }
      if (++tries >= 5) return;
    }
  }

  /** The block whose children hold the most prose: the article body. Never removed whole. */
  private protectMainContent(): void {
    const votes = new Map<Element, number>();
    const collectTexts = (node: Element): void => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) this.texts.push(c as Text);
        else if (c.nodeType === 1 && !SKIP_TEXT_IN.test((c as Element).tagName)) collectTexts(c as Element);
      }
    };
    // recursive walk: the paragraph's container gets the vote (paragraphs are siblings in the body)
    const walk = (node: Element, block: Element): void => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          const t = c.nodeValue ?? '';
          if (!t.trim()) continue;
          this.texts.push(c as Text);
          if (t.length < MIN_VOTE_CHARS) continue;
          const f = collapseSpace(t);
          if (f.length < MIN_VOTE_CHARS) continue;
          const container = block === this.root ? block : block.parentElement ?? block;
          votes.set(container, (votes.get(container) ?? 0) + weight(f));
        } else if (c.nodeType === 1) {
          const e = c as Element;
          if (SKIP_TEXT_IN.test(e.tagName)) continue;
          if (NO_VOTE.test(e.tagName)) collectTexts(e);
          else walk(e, INLINE_VOTE.test(e.tagName) ? block : e);
        }
      }
    };
    walk(this.root, this.root);
    let best: Element | null = null;
    let bestScore = 0;
    for (const [e, s] of votes) {
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    if (best && best !== this.root) this.protectedEls.push(best);
    // marked-up article bodies are protected too, when they hold real text
    for (const e of this.all) {
      if (e.getAttribute('itemprop') === 'articleBody' && this.stats(e).total > 200) this.protectedEls.push(e);
    }
  }

  /** The headline (h1..h3 equal to the title, else the first h1) stays for Readability. */
  private protectHeadline(): void {
    if (this.phase !== 'pre') return;
    const heads = this.all.filter((h) => HEADLINE_TAG.test(h.tagName) && !this.inHidden(h));
    const t = this.title;
    const hit = t ? heads.find((h) => collapseSpace(h.textContent ?? '') === t) : undefined;
    const h1 = hit ?? heads.find((h) => h.tagName === 'H1');
    if (h1) this.protectedEls.push(h1);
  }

  private inHidden(el: Element): boolean {
    for (let a: Element | null = el; a && a !== this.root; a = a.parentElement) if (isHidden(a)) return true;
    return false;
  }

  private listCache: Element[] | null = null;

  /** Elements that look like lists (computed once by `find`), still under the root. */
  lists(find: (all: Element[]) => Element[]): Element[] {
    this.listCache ??= find(this.all);
    return this.listCache.filter((e) => this.alive(e));
  }

  /** Text/link/prose stats of an element, kept current as blocks are removed. */
  stats(el: Element): Stats {
    let s = this.statMap.get(el);
    if (!s) {
      s = measure(el);
      this.statMap.set(el, s);
    }
    return s;
  }

  /** A removed block no longer counts in its ancestors' stats. */
  private subtract(el: Element): void {
    const s = this.statMap.get(el);
    if (!s) return;
    for (let a = el.parentElement; a; a = a.parentElement) {
      const as = this.statMap.get(a);
      if (as) {
        as.total -= s.total;
        as.links -= s.links;
        as.prose -= s.prose;
        as.proseBlocks -= s.proseBlocks;
        as.linkCount -= s.linkCount;
      }
      if (a === this.root) break;
    }
  }

  /** Still under the root (not taken out with an earlier block)? */
  alive(el: Element): boolean {
    return this.root.contains(el);
  }

  /** Is this element still in the tree and free of protected content? */
  removable(el: Element): boolean {
    if (el === this.root || !this.root.contains(el)) return false;
    if (el.tagName === 'HTML' || el.tagName === 'BODY' || el.tagName === 'HEAD' || el.tagName === 'MAIN') return false;
    for (const p of this.protectedEls) if (el === p || el.contains(p)) return false;
    return true;
  }

  /** Removes `el` and records it; returns false (and removes nothing) when a guard refuses. */
  remove(el: Element, category: Category, rule: string): boolean {
    return this.removeGroup([el], category, rule);
  }

  /** Removes sibling elements as one block (a heading and the list after it). */
  removeGroup(els: Element[], category: Category, rule: string): boolean {
    if (els.length === 0 || !els.every((e) => this.removable(e))) return false;
    const text = collapseSpace(els.map((e) => measure(e).text).join(' '));
    const removal: Removal = { category, rule, text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) + '…' : text };
    lazyHtml(removal, els);
    noteNeighbours(removal, els, this.texts, this.root);
    this.log.push({ order: this.order.get(els[0]) ?? Number.MAX_SAFE_INTEGER, removal });
    for (const e of els) {
      this.subtract(e);
      e.remove();
    }
    return true;
  }

  removals(): Removal[] {
    return this.log.sort((a, b) => a.order - b.order).map((e) => e.removal);
  }
}
