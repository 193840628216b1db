/**
 * Printing while the clean view is open prints the article alone (issue #14). The view's host
 * sits in the top layer over an inert <body> that would print too: for the print, the host
 * leaves the top layer and <body> is hidden; both come back right after. The view's own print
 * styles (reader-css.ts) drop the bar and the summary, put the panel after the article as
 * endnotes and write each link's URL after it. Returns the cleanup.
 */
export function printArticleAlone(doc: Document, host: HTMLElement, setPrinting: (on: boolean) => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  let bodyStyle: string | null = null;
  let active = false;
  const before = () => {
    const body = doc.body;
    if (active || !body) return;
    active = true;
    setPrinting(true);
    bodyStyle = body.getAttribute('style');
    body.style.setProperty('display', 'none', 'important');
    try {
      if (host.matches(':popover-open')) host.hidePopover();
    } catch {
      /* no popover support */
    }
  };
  const after = () => {
    if (!active) return;
    active = false;
    const body = doc.body;
    if (body) {
      if (bodyStyle === null) body.removeAttribute('style');
      else body.setAttribute('style', bodyStyle);
    }
    try {
      if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
    } catch {
      /* not connected */
    }
    setPrinting(false);
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    after();
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}
