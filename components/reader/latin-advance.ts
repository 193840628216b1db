/**
 * The average advance of a Latin character in the face the browser actually uses for the
 * article, in em, so a Latin measure set in characters (66) is 66 characters whatever face the
 * stack falls back to (Charter on macOS, Georgia on Windows, DejaVu Serif on a bare Linux,
 * which is a fifth wider). Measured once per face on a sentence of ordinary news prose.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

const SAMPLE =
  'The minister said on Tuesday that talks with the union would resume next week, after officials from both sides met in the capital to discuss wages.';
/** A large size for a precise width. */
const PROBE_PX = 100;
const cache = new Map<string, number>();

export function measureLatinAdvance(host: Element, fontFamily: string): number | null {
  const hit = cache.get(fontFamily);
  if (hit) return hit;
  const doc = host.ownerDocument;
  const span = doc.createElement('span');
  span.textContent = SAMPLE;
  span.setAttribute('aria-hidden', 'true');
  span.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;left:-9999px;top:0;font-size:${PROBE_PX}px;line-height:1;font-family:${fontFamily}`;
  host.append(span);
  const width = span.getBoundingClientRect().width;
  span.remove();
  if (!(width > 0)) return null;
  const em = width / PROBE_PX / SAMPLE.length;
  cache.set(fontFamily, em);
  return em;
}

/** The measured advance for `fontFamily` (null until measured, or when the text is not Latin). */
export function useLatinAdvance(ref: { current: Element | null }, fontFamily: string | null): number | undefined {
  const [em, setEm] = useState<number | undefined>(fontFamily ? cache.get(fontFamily) : undefined);
  useLayoutEffect(() => {
    if (!fontFamily || !ref.current) return;
    const measured = measureLatinAdvance(ref.current, fontFamily);
    if (measured) setEm(measured);
    // faces still loading measure a fallback: measure again once they are in
    const fonts = ref.current.ownerDocument.fonts;
    let live = true;
    void fonts?.ready.then(() => {
      if (!live || !ref.current) return;
      cache.delete(fontFamily);
      const again = measureLatinAdvance(ref.current, fontFamily);
      if (again) setEm(again);
    });
    return () => {
      live = false;
    };
  }, [fontFamily]);
  return fontFamily ? em : undefined;
}
