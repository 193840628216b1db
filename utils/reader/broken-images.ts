/**
 * Images that cannot load (offline, a saved copy whose site is gone, or remote hosts that are
 * unreachable) would show a broken-image icon in an empty box. Shared by the clean view and the
 * saved-article page (both through ReaderView): a failed image is replaced by its alt text so
 * the figure still says what it showed; the caption and credit (figcaption) stay as they are.
 * When the image has no alt text but its figure has a caption, the image simply goes: the
 * caption already tells it. DOM only, so it runs in a shadow root, an extension page and jsdom.
 */

export const BROKEN_IMAGE_CLASS = 'img-offline';

/** The figure's caption text when the image sits in one (the credit, e.g. 引用:NPR). */
function captionOf(img: Element): string {
  return img.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
}

/**
 * Replaces one failed image; returns nothing so it can run inside an event handler. `label` gets
 * the alt text, '' when there is none.
 */
export function replaceBrokenImage(img: HTMLImageElement, label: (alt: string) => string): void {
  if (!img.isConnected) return;
  const alt = (img.getAttribute('alt') ?? '').trim();
  // a <picture> wrapper holds only sources for this image: it goes with it
  const target: Element = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
  if (!alt && captionOf(img)) {
    target.remove();
    return;
  }
  const span = img.ownerDocument.createElement('span');
  span.className = BROKEN_IMAGE_CLASS;
  span.setAttribute('role', 'img');
  // an empty alt goes to the label as it is: each label has its own words for "no description"
  span.textContent = label(alt);
  span.setAttribute('aria-label', span.textContent);
  target.replaceWith(span);
}

/** Tag-name test: `instanceof` fails across realms (content-script worlds, jsdom windows). */
const isImg = (n: unknown): n is HTMLImageElement => !!n && (n as Element).tagName === 'IMG';

/**
 * Watches `root` (an element or shadow root) for images that fail, now or later (error does not
 * bubble, so the listener captures), and replaces those that already failed. Returns the stop.
 */
export function replaceBrokenImages(root: Element | ShadowRoot | Document, label: (alt: string) => string): () => void {
  const onError = (ev: Event) => {
    if (isImg(ev.target)) replaceBrokenImage(ev.target, label);
  };
  root.addEventListener('error', onError, true);
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const failed = img.complete && img.naturalWidth === 0 && !!img.getAttribute('src');
    // offline, only remote images fail: a saved article's stored photos (blob:) still show
    const remote = /^https?:/i.test(img.getAttribute('src') ?? '');
    if ((offline && remote) || failed) replaceBrokenImage(img, label);
  }
  return () => root.removeEventListener('error', onError, true);
}
