/**
 * Saved articles keep images as links to the original (no image bytes stored yet). When an
 * image cannot load (offline, or the site is gone), it is replaced by its alt text, so the
 * figure still says what it showed; the caption stays as it is.
 */
export function replaceBrokenImages(root: ParentNode, label: (alt: string) => string): () => void {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const swap = (img: HTMLImageElement) => {
    const alt = (img.getAttribute('alt') ?? '').trim();
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.trim();
    if (!alt && caption) return img.remove(); // the caption already tells it
    const span = doc.createElement('span');
    span.className = 'img-offline';
    span.setAttribute('role', 'img');
    span.textContent = label(alt || '—');
    span.setAttribute('aria-label', span.textContent);
    img.replaceWith(span);
  };
  const onError = (ev: Event) => {
    if (ev.target instanceof HTMLImageElement) swap(ev.target);
  };
  root.addEventListener('error', onError, true);
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (offline || (img.complete && img.naturalWidth === 0 && img.getAttribute('src'))) swap(img);
  }
  return () => root.removeEventListener('error', onError, true);
}
