/**
 * The sanitized article body. The HTML string is parsed in an inert document and imported as
 * DOM (utils/reader/article-dom.ts), never assigned to innerHTML. In-article `#anchor` links
 * scroll inside the view by script: fragment navigation does not enter a shadow root.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { articleFragment, findAnchorTarget } from '../../utils/reader/article-dom';

interface Props {
  html: string;
  tateChuYoko: boolean;
  embedLabel: string;
  class?: string;
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

export function ArticleBody({ html, tateChuYoko, embedLabel, class: cls, prepare }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(articleFragment(html, el.ownerDocument, { tateChuYoko, embedLabel, prepare }));
  }, [html, tateChuYoko, embedLabel, prepare]);

  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
    if (!a || !ref.current) return;
    e.preventDefault();
    const reduce = !!ref.current.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    scrollToAnchor(ref.current, a.getAttribute('href') ?? '', reduce);
  };

  return <div ref={ref} class={cls} onClick={onClick} />;
}
