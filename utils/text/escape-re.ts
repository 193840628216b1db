/**
 * A string matched literally inside a RegExp. One helper for the declutter tables (class names)
 * and the source & quote analysis (names, outlets): both build patterns from words they hold.
 * Its own folder, importing nothing, so either bundle may take it without pulling in the other.
 */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
