/**
 * Types for the deep import of Readability's ~5 kB readerable check. The package's own
 * index.d.ts only covers its entry (all of Readability, ~37 kB), which the per-page detector
 * must not pull in. Kept here, not at the top of utils/ (WXT scans top-level utils/*.ts).
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  export interface ReaderableOptions {
    minContentLength?: number;
    minScore?: number;
    visibilityChecker?: (node: Element) => boolean;
  }
  export default function isProbablyReaderable(doc: Document, options?: ReaderableOptions): boolean;
}
