/**
 * Where Honbun can act on a tab. Browsers forbid extensions on their own pages, their extension
 * stores and the PDF viewer; anything but http(s) has no article to save.
 */
/** Store hosts where content scripts are blocked (Chrome Web Store old and new, Firefox AMO). */
const BLOCKED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
const RE_PDF = /\.pdf(?:$|[?#])/i;

export type CannotRunReason = 'no-tab' | 'browser-page' | 'store' | 'pdf' | 'not-web';

export function cannotRunReason(url: string | undefined | null): CannotRunReason | null {
  if (!url) return 'no-tab';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not-web';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return /^(chrome|edge|about|brave|opera|vivaldi|moz-extension|chrome-extension|view-source|devtools):$/.test(u.protocol)
      ? 'browser-page'
      : 'not-web';
  }
  if (BLOCKED_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
  if (RE_PDF.test(u.pathname)) return 'pdf';
  return null;
}
