/**
 * Lazy images: the real picture sits in data-src / data-srcset while src holds a 1×1 placeholder
 * (the seed's dense markup, ITmedia, Gizmodo). Readability fixes some of these; this pass covers
 * the rest, including <source data-srcset> inside <picture>.
 */
import { LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS, RE_PLACEHOLDER_SRC } from '../constants';

function firstAttr(el: Element, names: string[]): string | null {
  for (const n of names) {
    const v = el.getAttribute(n)?.trim();
    if (v) return v;
  }
  return null;
}

/** Best URL from a srcset: the widest candidate (reading views are large). */
export function pickFromSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestW = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [u, d] = part.trim().split(/\s+/);
    if (!u) continue;
    const w = d ? parseFloat(d) * (d.endsWith('x') ? 1000 : 1) : 0;
    if (w > bestW) {
      best = u;
      bestW = w;
    }
  }
  return best;
}

export function resolveLazyImage(el: Element): void {
  const src = el.getAttribute('src')?.trim() ?? '';
  const lazy = firstAttr(el, LAZY_SRC_ATTRS);
  const lazySet = firstAttr(el, LAZY_SRCSET_ATTRS);
  if (lazySet && !el.getAttribute('srcset')) el.setAttribute('srcset', lazySet);
  if (!src || RE_PLACEHOLDER_SRC.test(src)) {
    const set = el.getAttribute('srcset');
    const real = lazy ?? (set ? pickFromSrcset(set) : null);
    if (real && !/^data:/i.test(real)) el.setAttribute('src', real);
  }
}

export function resolveLazyImages(root: Element): void {
  for (const el of root.querySelectorAll('img, source')) resolveLazyImage(el);
}
