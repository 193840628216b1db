/**
 * Hides the page under the clean view from assistive technology and gives it back untouched.
 * `inert` on <body> (Chromium ignores aria-hidden there); the view's host lives on <html>, outside
 * the inert subtree. Whatever `inert` the page had is remembered — also if the page changes it
 * while the view is open — and put back, with the scroll position and the focused element.
 */

export interface PageLock {
  release(): void;
}

export function lockPage(doc: Document): PageLock {
  const win = doc.defaultView;
  const body = doc.body;
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
  const focused = doc.activeElement as HTMLElement | null;
  let pageInert = body?.getAttribute('inert') ?? null;
  let released = false;
  let ours = false;

  const apply = () => {
    if (!body || body.getAttribute('inert') === '') return;
    ours = true;
    body.setAttribute('inert', '');
  };
  // The page may toggle inert on <body> itself (its own modal closing): remember its wish and
  // keep the page hidden until the view closes.
  const observer = win
    ? new win.MutationObserver(() => {
        if (released || !body) return;
        if (ours) {
          ours = false;
          if (body.getAttribute('inert') === '') return;
        }
        pageInert = body.getAttribute('inert');
        apply();
      })
    : null;
  apply();
  if (body) observer?.observe(body, { attributes: true, attributeFilter: ['inert'] });

  return {
    release() {
      if (released) return;
      released = true;
      observer?.disconnect();
      if (body) {
        if (pageInert === null) body.removeAttribute('inert');
        else body.setAttribute('inert', pageInert);
      }
      if (win && (win.scrollX !== scroll.x || win.scrollY !== scroll.y)) win.scrollTo(scroll.x, scroll.y);
      if (focused && focused !== doc.body && focused.isConnected && typeof focused.focus === 'function') {
        focused.focus({ preventScroll: true });
      }
    },
  };
}
