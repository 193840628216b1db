/**
 * A small non-modal notice in the page, for when Honbun will not (yet) open the clean view:
 * a page too large or too complex, a page that does not look like an article (with a button to
 * show it anyway, issue #14), or the work in progress (issue #12, F2). It sits in the top-right
 * corner in its own closed shadow root, leaves the page usable (no inert), is read out politely
 * by assistive technology, and goes away on its close button, Esc, the shortcut again, or after
 * a while. A notice that asks a question takes focus on its answer and gives it back after.
 */
import { render } from 'preact';
import { createHost, type ViewHost } from './host';

/** Long enough to read two short sentences, short enough not to linger. */
const NOTICE_MS = 8000;
/** A question waits longer for its answer. */
const QUESTION_MS = 20000;

// Overrides the full-viewport host rules of host.ts (same specificity, later, so these win).
const NOTICE_CSS = `
:host { inset: 16px 16px auto auto !important; width: min(380px, calc(100vw - 32px)) !important; height: auto !important; contain: content !important; }
.hb-notice-box { box-sizing: border-box; display: flex; gap: 0.8em; align-items: flex-start; padding: 0.8em 1em; border-radius: 10px;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", sans-serif; color: #1b1b1b; background: #fff8e1; border: 1px solid #c9a227; box-shadow: 0 4px 18px rgba(0,0,0,0.22); }
.hb-notice-box p { margin: 0; flex: 1; }
.hb-notice-box .hb-notice-actions { display: flex; gap: 0.5em; margin-top: 0.6em; }
.hb-notice-box button { font: inherit; color: inherit; background: transparent; border: 1px solid #8a7a40; border-radius: 6px; cursor: pointer; padding: 0.15em 0.7em; }
.hb-notice-box button.hb-notice-action { background: #1b1b1b; color: #fff; border-color: #1b1b1b; }
.hb-notice-box button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .hb-notice-box { color: #f0f0f0; background: #2b2616; border-color: #8a7a40; } .hb-notice-box button.hb-notice-action { background: #f0f0f0; color: #1b1b1b; border-color: #f0f0f0; } }
@media (forced-colors: active) { .hb-notice-box { border: 1px solid CanvasText; } }
`;

export interface Notice {
  remove(): void;
}

export interface NoticeOptions {
  /** data-notice value (tests and styles): too-large, too-complex, working, not-article */
  kind: string;
  message: string;
  closeLabel: string;
  /** a button that answers the notice (it closes the notice, then runs) */
  action?: { label: string; run: () => void };
  /** ms before it goes by itself; null: stays until removed */
  timeoutMs?: number | null;
  onGone: () => void;
}

export function showNotice(doc: Document, opts: NoticeOptions): Notice {
  const view: ViewHost = createHost(doc, NOTICE_CSS);
  const before = doc.activeElement as HTMLElement | null;
  let gone = false;
  const remove = () => {
    if (gone) return;
    gone = true;
    clearTimeout(timer);
    window.removeEventListener('keydown', onKey, true);
    const hadFocus = doc.activeElement === view.host;
    render(null, view.container);
    view.remove();
    if (hadFocus && before && before !== doc.body && before.isConnected) before.focus({ preventScroll: true });
    opts.onGone();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') remove();
  };
  const ms = opts.timeoutMs === undefined ? (opts.action ? QUESTION_MS : NOTICE_MS) : opts.timeoutMs;
  const timer = ms === null ? undefined : setTimeout(remove, ms);
  window.addEventListener('keydown', onKey, true);
  const action = opts.action;
  render(
    <div class="hb-notice-box" role={action ? 'alertdialog' : 'status'} aria-live={action ? undefined : 'polite'} aria-label={action ? opts.message : undefined} data-notice={opts.kind}>
      <div style={{ flex: 1 }}>
        <p>{opts.message}</p>
        {action && (
          <div class="hb-notice-actions">
            <button
              type="button"
              class="hb-notice-action"
              onClick={() => {
                remove();
                action.run();
              }}
            >
              {action.label}
            </button>
          </div>
        )}
      </div>
      <button type="button" aria-label={opts.closeLabel} title={opts.closeLabel} onClick={remove}>
        ×
      </button>
    </div>,
    view.container,
  );
  if (action) view.shadow.querySelector<HTMLElement>('.hb-notice-action')?.focus({ preventScroll: true });
  return { remove };
}
