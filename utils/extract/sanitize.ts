/**
 * Sanitize stage. STUB — owned by the sanitizer work; the signature is the contract.
 */
export interface SanitizeOptions {
  /** the window DOMPurify binds to (jsdom's in Node, the browser's in the extension) */
  window: Window & typeof globalThis;
  /** absolute URL that relative URLs resolve against, or null */
  baseUrl: string | null;
}

/** Returns sanitized HTML. Throws when DOMPurify cannot run safely in this window (fails closed). */
export function sanitizeArticleHtml(html: string, _opts: SanitizeOptions): string {
  if (/<script/i.test(html)) throw new Error('sanitizer not implemented yet');
  return html;
}
