/**
 * Keeps the page from collapsing the open view through <html> (issue #12, F5): the view's host
 * is a child of <html>, so `html { display: none }`, `content-visibility: hidden`, `hidden` or
 * `inert` on <html> would hide it or make it dead while <body> stays inert. When <html> is
 * found in such a state (checked when its attributes change and a few times a second, since a
 * stylesheet can do it too), inline !important declarations put it right: inline !important
 * beats every page rule, layers included. The page's own attribute values are remembered, also
 * when the page changes them while the view is open, and put back on release.
 */

/** What <html> must be for a child to show; each pair is property and the value forced. */
const FORCED: [string, string][] = [
  ['display', 'block'],
  ['content-visibility', 'visible'],
  ['visibility', 'visible'],
  ['opacity', '1'],
];
const WATCHED_ATTRS = ['style', 'inert', 'hidden', 'class'];
const CHECK_MS = 250;

export interface RootGuard {
  release(): void;
}

function broken(win: Window, root: HTMLElement): boolean {
  if (root.hasAttribute('inert') || root.hasAttribute('hidden')) return true;
  const cs = win.getComputedStyle(root);
  return FORCED.some(([p, v]) => cs.getPropertyValue(p) !== '' && cs.getPropertyValue(p) !== v);
}

export function guardRoot(doc: Document): RootGuard {
  const win = doc.defaultView;
  const root = doc.documentElement;
  if (!win || !root) return { release() {} };
  const saved: Record<string, string | null> = {};
  for (const a of ['style', 'inert', 'hidden']) saved[a] = root.getAttribute(a);
  let ours = false;
  let applying = false;

  const apply = () => {
    if (!broken(win, root)) return;
    applying = true;
    ours = true;
    root.removeAttribute('inert');
    root.removeAttribute('hidden');
    for (const [p, v] of FORCED) root.style.setProperty(p, v, 'important');
    observer.takeRecords();
    applying = false;
  };
  const observer = new win.MutationObserver((records) => {
    if (applying) return;
    // the page changed <html>: that is its new wish, restored on release (without our fixes)
    for (const r of records) {
      if (r.attributeName === 'inert' || r.attributeName === 'hidden') saved[r.attributeName] = root.getAttribute(r.attributeName);
      if (r.attributeName === 'style') saved.style = withoutForced(root);
    }
    apply();
  });
  observer.observe(root, { attributes: true, attributeFilter: WATCHED_ATTRS });
  const timer = win.setInterval(apply, CHECK_MS);
  apply();

  return {
    release() {
      observer.disconnect();
      win.clearInterval(timer);
      if (!ours) return;
      for (const a of ['style', 'inert', 'hidden']) {
        const v = saved[a];
        if (v === null || v === undefined) root.removeAttribute(a);
        else root.setAttribute(a, v);
      }
    },
  };
}

/** The style attribute as the page would have it: our forced declarations taken out. */
function withoutForced(root: HTMLElement): string | null {
  if (!root.hasAttribute('style')) return null;
  const copy = root.ownerDocument.createElement('div');
  copy.setAttribute('style', root.getAttribute('style') ?? '');
  for (const [p, v] of FORCED) {
    if (copy.style.getPropertyValue(p) === v && copy.style.getPropertyPriority(p) === 'important') copy.style.removeProperty(p);
  }
  return copy.getAttribute('style');
}
