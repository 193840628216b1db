/**
 * Types for the deep import of Readability's class alone (Readability.js). The package's entry
 * (index.js) is CommonJS and also requires Readability-readerable.js, which a bundler cannot drop
 * from a CommonJS object: the reader bundle paid ~1.3 kB for a check it never runs (the detector
 * has its own, detect/readerable.ts). The class and its types are the package's own.
 */
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
