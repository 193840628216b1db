/**
 * Keeps the open view on top (issue #12, F5). The view's host is a manual popover, so it sits in
 * the top layer above every page z-index; but a popover, dialog or fullscreen element the page
 * shows later goes above it, and a modal dialog also makes everything outside itself inert,
 * our host included (a fake "your library is locked" prompt would take the user's typing).
 * Whenever the page shows one, its modal dialogs are made to wait (closed now, shown modally
 * again when the view closes) and the host is shown again, which puts it back on top.
 */

export interface TopLayer {
  /** shows the host again, on top of whatever the page put in the top layer since */
  raise(): void;
  release(): void;
}

export function keepOnTop(doc: Document, host: HTMLElement): TopLayer {
  const win = doc.defaultView;
  const popover = typeof host.showPopover === 'function';
  const waiting: HTMLDialogElement[] = [];
  let released = false;

  const parkModals = () => {
    let found: NodeListOf<HTMLDialogElement>;
    try {
      found = doc.querySelectorAll<HTMLDialogElement>('dialog:modal');
    } catch {
      return; // no :modal in this engine
    }
    for (const d of Array.from(found)) {
      if (d.contains(host)) continue;
      d.close();
      if (!waiting.includes(d)) waiting.push(d);
    }
  };

  const raise = () => {
    if (released) return;
    parkModals();
    if (!popover || !host.isConnected) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      /* not connected */
    }
  };

  // dialog.showModal() sets `open`; a popover or fullscreen element tells through events that
  // the per-page script forwards (SHIELDED_EVENTS), which call raise() too.
  const observer = win
    ? new win.MutationObserver((records) => {
        if (records.some((r) => r.target !== host && (r.target as Element).hasAttribute?.('open'))) raise();
      })
    : null;
  observer?.observe(doc.documentElement, { subtree: true, attributes: true, attributeFilter: ['open'] });

  return {
    raise,
    release() {
      released = true;
      observer?.disconnect();
      for (const d of waiting) {
        try {
          if (d.isConnected && !d.open) d.showModal();
        } catch {
          /* the page changed it meanwhile */
        }
      }
    },
  };
}
