/**
 * Moving through vertical writing (縦書き, writing-mode: vertical-rl), where the text advances
 * right to left: the scroller starts at its right edge and "forward" is leftwards. Browsers
 * report scrollLeft as 0 at the start and negative towards the end (CSSOM View), so forward is
 * a negative left delta. A plain mouse wheel or trackpad scrolls vertically, which a
 * vertical-rl scroller cannot: its vertical delta moves the columns sideways instead.
 */

export type Move = 'pageNext' | 'pagePrev' | 'lineNext' | 'linePrev' | 'start' | 'end';

/** A screenful less this share, so the last lines of one screen open the next. */
const PAGE_OVERLAP = 0.1;
/** Lines an arrow key moves. */
const ARROW_LINES = 3;
/** Pixels per wheel "line" (deltaMode 1, Firefox with a mouse). */
const WHEEL_LINE_PX = 40;

function lineAdvance(el: Element): number {
  const win = el.ownerDocument.defaultView;
  const cs = win?.getComputedStyle(el);
  const size = parseFloat(cs?.fontSize ?? '') || 16;
  const leading = parseFloat(cs?.getPropertyValue('--hb-leading') ?? '') || 1.8;
  return size * leading;
}

function behavior(el: Element, smooth: boolean): ScrollBehavior {
  const reduce = !!el.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return smooth && !reduce ? 'smooth' : 'auto';
}

/** Scrolls a vertical-rl scroller by one move; returns the left delta asked for. */
export function moveColumns(el: HTMLElement, move: Move, smooth = true): void {
  const page = el.clientWidth * (1 - PAGE_OVERLAP);
  const line = lineAdvance(el) * ARROW_LINES;
  const b = behavior(el, smooth);
  switch (move) {
    case 'pageNext':
      return el.scrollBy({ left: -page, behavior: b });
    case 'pagePrev':
      return el.scrollBy({ left: page, behavior: b });
    case 'lineNext':
      return el.scrollBy({ left: -line, behavior: b });
    case 'linePrev':
      return el.scrollBy({ left: line, behavior: b });
    case 'start':
      return el.scrollTo({ left: 0, behavior: b });
    case 'end':
      return el.scrollTo({ left: -(el.scrollWidth - el.clientWidth), behavior: b });
  }
}

/**
 * Lets the wheel move a vertical-rl scroller: a mostly vertical wheel delta scrolls sideways,
 * down = forward (leftwards). Horizontal wheels and pinch-zoom (ctrl) keep their own meaning.
 * Returns the stop function.
 */
export function wheelToColumns(el: HTMLElement): () => void {
  const onWheel = (e: WheelEvent) => {
    if (e.ctrlKey || Math.abs(e.deltaY) <= Math.abs(e.deltaX)) return;
    const dy = e.deltaMode === 1 ? e.deltaY * WHEEL_LINE_PX : e.deltaMode === 2 ? e.deltaY * el.clientWidth : e.deltaY;
    e.preventDefault();
    el.scrollBy({ left: -dy, behavior: 'auto' });
  };
  el.addEventListener('wheel', onWheel, { passive: false });
  return () => el.removeEventListener('wheel', onWheel);
}
