/**
 * Declutter: removes what is not the article, before Readability (on the cloned page) and after
 * it (inside the extracted article). STUB — owned by the declutter work; contract fixed here.
 */
import type { Removal } from '../types';

export interface DeclutterContext {
  /** 'pre' runs on the whole cloned document before Readability; 'post' on the extracted body. */
  phase: 'pre' | 'post';
  /** the article's headline if known (used to spot the article's own headline repeated in lists) */
  title: string | null;
  /** declared or detected language (BCP 47), or null */
  lang: string | null;
}

/**
 * Removes clutter under `root` in place (root is always an inert clone, never the live page)
 * and returns one Removal per removed block, in document order. Each Removal carries the raw
 * outerHTML in `html`; the pipeline sanitizes it before it leaves the engine.
 */
export function declutter(_root: Document | Element, _ctx: DeclutterContext): Removal[] {
  return [];
}
