/**
 * The clean view's host: a plain <div> appended to <html> (outside the body that goes inert),
 * with a closed shadow root, so page scripts cannot reach the view and page CSS cannot style
 * it. The isolated world's own DOM prototypes are used, so a page that patches attachShadow or
 * appendChild in its world changes nothing here. A <div> rather than a custom element name: the
 * page could define that name and get its constructor run on our element.
 */

// `:host` rules marked !important win over every page rule and inline style aimed at the host
// (html > div, *, style="display:none"): in the cascade, !important from the inner (shadow)
// context beats the outer one.
const HOST_CSS = `:host { ${[
  'all: initial',
  'position: fixed',
  'inset: 0',
  'width: 100vw',
  'height: 100vh',
  'max-width: none',
  'max-height: none',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'overflow: hidden',
  'z-index: 2147483647',
  'background: transparent',
  'pointer-events: auto',
  'contain: strict',
]
  .map((d) => `${d} !important`)
  .join('; ')} }`;

/** Every host Honbun made: the view's shield keeps their popover and focus events from the page. */
export const OUR_HOSTS = new WeakSet<Element>();

export function isOurHost(n: unknown): boolean {
  return !!n && typeof n === 'object' && OUR_HOSTS.has(n as Element);
}

export interface ViewHost {
  host: HTMLDivElement;
  /** the closed shadow root (only Honbun's code holds it) */
  shadow: ShadowRoot;
  container: HTMLDivElement;
  /** shows the host in the top layer again if the page hid it */
  show(): void;
  remove(): void;
}

function adoptCss(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    // Some engines accept the assignment but ignore a sheet from another realm.
    if (shadow.adoptedStyleSheets.length !== 1) throw new Error('not adopted');
  } catch {
    // Firefox content scripts cannot adopt a sheet built in their sandbox: fall back to <style>.
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

export function createHost(doc: Document, css: string): ViewHost {
  const host = doc.createElement('div');
  OUR_HOSTS.add(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptCss(shadow, `${HOST_CSS}\n${css}`);
  const container = doc.createElement('div');
  shadow.append(container);
  doc.documentElement.append(host);
  // The top layer paints above everything (page z-indexes, transforms or filters on <html>).
  const popover = typeof host.showPopover === 'function';
  const show = () => {
    if (!popover) return;
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      /* not connected or already shown */
    }
  };
  if (popover) host.setAttribute('popover', 'manual');
  show();

  let guarding = false;
  const observer = new MutationObserver(() => {
    if (guarding) return;
    guarding = true;
    if (popover && host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    // Removed, moved, or followed by something the page appended to <html>: last child again.
    const after = host.nextElementSibling;
    if (host.parentNode !== doc.documentElement || (after && !isOurHost(after))) doc.documentElement.append(host);
    show();
    observer.takeRecords();
    guarding = false;
  });
  const observe = () => {
    observer.observe(host, { attributes: true });
    observer.observe(doc.documentElement, { childList: true });
  };
  observe();
  host.addEventListener('toggle', () => setTimeout(show, 0));

  return {
    host,
    shadow,
    container,
    show,
    remove() {
      observer.disconnect();
      host.remove();
    },
  };
}
