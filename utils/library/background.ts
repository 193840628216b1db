/**
 * Background wiring for the saved library (issue #5): the single serialized save queue.
 * STUB — owned by the library work.
 */
export function registerLibrary(): void {}
