/**
 * What the open view does with the page-world events the per-page script forwards from
 * document_start, before any page listener (issue #12, F4/F5):
 *  - keys, focus and the host's own popover events from inside the view stop there, so the page
 *    neither sees the keys pressed in the view nor learns that the view opened or took focus;
 *    key presses are handed to the view's key handler directly;
 *  - a key pressed while focus sits on a page element (the page took it) is cancelled, so no
 *    text typed for the view lands in the page, and focus returns to the view;
 *  - Esc always closes (no page listener can swallow it: ours runs first);
 *  - a popover, dialog or fullscreen element the page shows brings the view back on top.
 */

export interface ShieldTarget {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** focuses the view (its last focused element, else its root) */
  focus(): void;
  /** shows the host on top of the page's top layer again */
  raise(): void;
  close(): void;
  /** the host is out of the top layer on purpose (printing) */
  printing(): boolean;
  /** the view's key handler (ReaderView's), with the element focused in the view; true when used */
  keys(e: KeyboardEvent, target: Element | null): boolean;
}

import { isOurHost } from '../../utils/reader/view/host';

const FOCUS = new Set(['focus', 'blur', 'focusin', 'focusout']);
const KEYS = new Set(['keydown', 'keyup', 'keypress']);

/** Hands a key press to the view (its focused element as the target); Esc closes if the view did not use it. */
function forwardKey(t: ShieldTarget, e: KeyboardEvent): void {
  const target: Element | null = t.shadow.activeElement ?? t.shadow.querySelector('.hb-root');
  // a direct call, not a re-dispatched event: Firefox lets a content script's synthetic event
  // out of the closed shadow root to the window, where it would come back here
  const handled = t.keys(e, target);
  if (handled) e.preventDefault();
  else if (e.key === 'Escape') {
    e.preventDefault();
    t.close();
  }
}

/**
 * Honbun's own hosts (the view's and the notices'), open view or not: their popover and focus
 * events never reach the page. Returns whether the event was one of those.
 */
export function shieldOwnHosts(e: Event): boolean {
  const toggle = e.type === 'beforetoggle' || e.type === 'toggle';
  if (!toggle && !FOCUS.has(e.type)) return false;
  if (!(toggle ? isOurHost(e.target) : e.composedPath().some(isOurHost))) return false;
  e.stopImmediatePropagation();
  return true;
}

export function shieldEvent(t: ShieldTarget, e: Event): void {
  const fromView = e.composedPath().includes(t.host);
  if (e.type === 'beforetoggle' || e.type === 'toggle') {
    const state = (e as Event & { newState?: string }).newState;
    if (e.target === t.host) {
      if (e.type === 'toggle' && state === 'closed' && !t.printing()) setTimeout(t.raise, 0);
    } else if (state === 'open' && !isOurHost(e.target)) setTimeout(t.raise, 0);
    return;
  }
  if (e.type === 'fullscreenchange') {
    setTimeout(t.raise, 0);
    return;
  }
  if (FOCUS.has(e.type)) {
    // a page element took focus while the view is open: give it back to the view
    const pageTook = (e.type === 'focusin' || e.type === 'focus') && !fromView && !e.composedPath().some(isOurHost);
    if (pageTook && (e.target as Node | null)?.nodeType === 1) setTimeout(t.focus, 0);
    return;
  }
  if (!KEYS.has(e.type)) return;
  e.stopImmediatePropagation();
  if (!fromView) {
    e.preventDefault();
    t.focus();
  }
  if (e.type === 'keydown') forwardKey(t, e as KeyboardEvent);
}
