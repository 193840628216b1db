/**
 * Background wiring for the clean view (issue #3): toolbar state from detection, the
 * `toggle-reader` command, injecting the reader bundle on demand. STUB — owned by the reader work.
 */
export function registerReader(): void {}
