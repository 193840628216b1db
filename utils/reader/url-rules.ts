/**
 * Where Honbun cannot run (issue #3): browser pages, other extensions, the extension stores, the
 * PDF viewer and non-HTML documents. The one table: the background checks it before the
 * shortcut or Save touches a tab, the popup shows each reason's `_locales` message.
 */

export const RESTRICTIONS = ['browser-page', 'extension-page', 'web-store', 'view-source', 'file', 'data-url', 'pdf', 'non-web', 'no-url'] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

export type UrlVerdict = { ok: true } | { ok: false; reason: Restriction };

/** Schemes of the browsers' own pages (Chrome, Edge, Brave, Opera, Vivaldi, Firefox). */
const BROWSER_SCHEME = /^(?:chrome|edge|brave|opera|vivaldi|about|devtools|chrome-search|chrome-untrusted|resource):$/;
const EXTENSION_SCHEME = /^(?:chrome-|moz-|safari-web-)?extension:$/;
/**
 * Stores where browsers block every extension's scripts (Chromium: ExtensionsClient's
 * IsScriptableURL; Firefox: extensions.webextensions.restrictedDomains).
 */
const STORE_PREFIXES = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com/',
  'https://microsoftedge.microsoft.com/addons',
  'https://addons.mozilla.org/',
  'https://addons.opera.com/',
];
/** Paths the browser opens in its PDF viewer (a guess from the URL; the tab's mime is unknown). */
const PDF_PATH = /\.pdf$/i;

export function checkUrl(url: string | null | undefined): UrlVerdict {
  if (!url) return { ok: false, reason: 'no-url' };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'no-url' };
  }
  const scheme = u.protocol.toLowerCase();
  if (scheme === 'view-source:') return { ok: false, reason: 'view-source' };
  if (BROWSER_SCHEME.test(scheme)) return { ok: false, reason: 'browser-page' };
  if (EXTENSION_SCHEME.test(scheme)) return { ok: false, reason: 'extension-page' };
  if (scheme === 'file:') return { ok: false, reason: 'file' };
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'javascript:') return { ok: false, reason: 'data-url' };
  if (scheme !== 'http:' && scheme !== 'https:') return { ok: false, reason: 'non-web' };
  const bare = `${u.protocol}//${u.host.toLowerCase()}${u.pathname}`;
  if (STORE_PREFIXES.some((p) => bare.startsWith(p) || `${bare}/` === p)) return { ok: false, reason: 'web-store' };
  if (PDF_PATH.test(u.pathname)) return { ok: false, reason: 'pdf' };
  return { ok: true };
}
