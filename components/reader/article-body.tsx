/**
 * The sanitized article body. The HTML string is parsed in an inert document and imported as
 * DOM (utils/reader/article-dom.ts), never assigned to innerHTML. In-article `#anchor` links
 * scroll inside the view by script: fragment navigation does not enter a shadow root.
 *
 * Blocks the reader put back (issue #14) are set back where they stood: before the text block
 * `data-p = removal.at` (or its outermost wrapper that starts with it), after the last block
 * when `at` is the block count. Each carries a small line naming it, with a button to hide it
 * again.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Removal } from '../../utils/extract/types';
import { articleFragment, findAnchorTarget } from '../../utils/reader/article-dom';

export interface PutBackBlock {
  removal: Removal;
  /** the category's name in the UI language */
  label: string;
}

interface Props {
  html: string;
  tateChuYoko: boolean;
  embedLabel: string;
  class?: string;
  /** blocks put back in place (their `at` set), in document order */
  putBack?: PutBackBlock[];
  /** "Put back: rankings" */
  markLabel?: (label: string) => string;
  /** the hide-again button's text and name */
  hideLabel?: string;
  hideName?: (label: string) => string;
  onHide?: (removal: Removal) => void;
  /** runs on the inert parsed body before it is imported (see ArticleDomOptions.prepare) */
  prepare?: (body: HTMLElement) => void;
}

export function scrollToAnchor(from: Element, hash: string, reduceMotion: boolean): boolean {
  const root = from.getRootNode() as ParentNode;
  const target = findAnchorTarget(root, hash);
  if (!target) return false;
  target.scrollIntoView({ block: 'start', inline: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  (target as HTMLElement).focus({ preventScroll: true });
  return true;
}

/** The node to insert before so a put-back block lands just before text block `at`, or null (append). */
function insertionPoint(body: Element, at: number): Element | null {
  const target = body.querySelector(`[data-p="${Number(at)}"]`);
  if (!target) return null;
  let node: Element = target;
  // climb while the parent begins with this block: a section or list that opens with it
  while (node.parentElement && node.parentElement !== body && node.parentElement.querySelector('[data-p]') === target) node = node.parentElement;
  // never inside a list or table: before the whole list
  const inList = node.closest('li, tr, dd, dt');
  if (inList && body.contains(inList)) node = inList.parentElement?.closest('ul, ol, dl, table') ?? node;
  return node;
}

/** The wrapper of one put-back block: its name, a hide-again button, then the block itself. */
export function putBackElement(doc: Document, block: PutBackBlock, opts: { vertical: boolean; embedLabel: string; mark: string; hide: string; hideName: string; onHide?: () => void }): HTMLElement {
  const wrap = doc.createElement('div');
  wrap.className = 'hb-putback';
  wrap.setAttribute('role', 'group');
  wrap.setAttribute('aria-label', opts.mark);
  wrap.dataset.category = block.removal.category;
  const line = doc.createElement('p');
  line.className = 'hb-putback-mark';
  const name = doc.createElement('span');
  name.textContent = opts.mark;
  line.append(name);
  if (opts.onHide) {
    const btn = doc.createElement('button');
    btn.type = 'button';
    btn.className = 'hb-link';
    btn.textContent = opts.hide;
    btn.setAttribute('aria-label', opts.hideName);
    btn.addEventListener('click', opts.onHide);
    line.append(' · ', btn);
  }
  wrap.append(line, articleFragment(block.removal.html ?? '', doc, { tateChuYoko: opts.vertical, embedLabel: opts.embedLabel }));
  return wrap;
}

export function ArticleBody({ html, tateChuYoko, embedLabel, class: cls, putBack, markLabel, hideLabel, hideName, onHide, prepare }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const doc = el.ownerDocument;
    el.replaceChildren(articleFragment(html, doc, { tateChuYoko, embedLabel, prepare }));
    const count = el.querySelectorAll('[data-p]').length;
    for (const block of putBack ?? []) {
      const at = block.removal.at;
      if (at === undefined) continue;
      const node = at < count ? insertionPoint(el, at) : null;
      const wrap = putBackElement(doc, block, {
        vertical: tateChuYoko,
        embedLabel,
        mark: markLabel ? markLabel(block.label) : block.label,
        hide: hideLabel ?? '×',
        hideName: hideName ? hideName(block.label) : block.label,
        onHide: onHide && (() => onHide(block.removal)),
      });
      if (node?.parentNode) node.parentNode.insertBefore(wrap, node);
      else el.append(wrap);
    }
  }, [html, tateChuYoko, embedLabel, putBack, markLabel, hideLabel, hideName, onHide, prepare]);

  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
    if (!a || !ref.current) return;
    e.preventDefault();
    const reduce = !!ref.current.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    scrollToAnchor(ref.current, a.getAttribute('href') ?? '', reduce);
  };

  return <div ref={ref} class={cls} onClick={onClick} />;
}
