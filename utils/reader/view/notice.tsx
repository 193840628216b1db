/**
 * A small non-modal notice in the page, for when Honbun will not open the clean view (issue #6:
 * a page too large to process). It sits in the top-right corner in its own closed shadow root,
 * leaves the page usable (no inert, no focus stolen), is read out politely by assistive
 * technology, and goes away on its close button, Esc, the shortcut again, or after a while.
 */
import { render } from 'preact';
import { createHost, type ViewHost } from './host';

/** Long enough to read two short sentences, short enough not to linger. */
const NOTICE_MS = 8000;

// Overrides the full-viewport host rules of host.ts (same specificity, later, so these win).
const NOTICE_CSS = `
:host { inset: 16px 16px auto auto !important; width: min(360px, calc(100vw - 32px)) !important; height: auto !important; contain: content !important; }
.hb-notice-box { box-sizing: border-box; display: flex; gap: 0.8em; align-items: flex-start; padding: 0.8em 1em; border-radius: 8px;
  font: 14px/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff8e1; border: 1px solid #c9a227; box-shadow: 0 2px 12px rgba(0,0,0,0.25); }
.hb-notice-box p { margin: 0; flex: 1; }
.hb-notice-box button { font: inherit; background: transparent; border: 1px solid #8a7a40; border-radius: 4px; cursor: pointer; padding: 0 0.5em; }
@media (prefers-color-scheme: dark) { .hb-notice-box { color: #f0f0f0; background: #2b2616; border-color: #8a7a40; } .hb-notice-box button { color: inherit; } }
@media (forced-colors: active) { .hb-notice-box { border: 1px solid CanvasText; } }
`;

export interface Notice {
  remove(): void;
}

export function showNotice(doc: Document, message: string, closeLabel: string, onGone: () => void): Notice {
  const view: ViewHost = createHost(doc, NOTICE_CSS);
  let gone = false;
  const remove = () => {
    if (gone) return;
    gone = true;
    clearTimeout(timer);
    window.removeEventListener('keydown', onKey, true);
    render(null, view.container);
    view.remove();
    onGone();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') remove();
  };
  const timer = setTimeout(remove, NOTICE_MS);
  window.addEventListener('keydown', onKey, true);
  render(
    <div class="hb-notice-box" role="status" aria-live="polite" data-notice="too-large">
      <p>{message}</p>
      <button type="button" aria-label={closeLabel} onClick={remove}>
        ×
      </button>
    </div>,
    view.container,
  );
  return { remove };
}
