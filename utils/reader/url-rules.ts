/**
 * Where Honbun cannot run (issue #3): browser pages, other extensions, the extension stores, the
 * PDF viewer and non-HTML documents. Pure: used by the background (the shortcut does nothing
 * harmful there), by the popup (a plain message) and by unit tests.
 */

export type Restriction =
  | 'browser-page'
  | 'extension-page'
  | 'web-store'
  | 'view-source'
  | 'file'
  | 'data-url'
  | 'pdf'
  | 'non-web'
  | 'no-url';

export type UrlVerdict = { ok: true } | { ok: false; reason: Restriction };

/** Schemes of the browsers' own pages (Chrome, Edge, Brave, Opera, Vivaldi, Firefox). */
const BROWSER_SCHEMES = ['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'resource:'];
const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:'];
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
  if (BROWSER_SCHEMES.includes(scheme)) return { ok: false, reason: 'browser-page' };
  if (EXTENSION_SCHEMES.includes(scheme)) return { ok: false, reason: 'extension-page' };
  if (scheme === 'file:') return { ok: false, reason: 'file' };
  if (scheme === 'data:' || scheme === 'blob:' || scheme === 'javascript:') return { ok: false, reason: 'data-url' };
  if (scheme !== 'http:' && scheme !== 'https:') return { ok: false, reason: 'non-web' };
  const bare = `${u.protocol}//${u.host.toLowerCase()}${u.pathname}`;
  if (STORE_PREFIXES.some((p) => bare.startsWith(p) || `${bare}/` === p)) return { ok: false, reason: 'web-store' };
  if (PDF_PATH.test(u.pathname)) return { ok: false, reason: 'pdf' };
  return { ok: true };
}

const MESSAGES: Record<'en' | 'ja', Record<Restriction, string>> = {
  en: {
    'browser-page': 'Honbun cannot run on the browser’s own pages.',
    'extension-page': 'Honbun cannot run on pages of extensions.',
    'web-store': 'Browsers do not let extensions run on the extension store.',
    'view-source': 'Honbun cannot run on a page’s source view.',
    file: 'Honbun cannot read local files unless “Allow access to file URLs” is on for it.',
    'data-url': 'Honbun cannot run on data: or blob: pages.',
    pdf: 'This is a PDF, not a web page: Honbun cannot make a clean view of it.',
    'non-web': 'Honbun only runs on web pages (http and https).',
    // Without host permission the browser hides a tab's URL: chrome:// pages, other extensions.
    'no-url': 'Honbun cannot run on this page (browser pages, extension pages and the extension store are off limits).',
  },
  ja: {
    'browser-page': 'ブラウザ自体のページでは Honbun は動作しません。',
    'extension-page': '拡張機能のページでは Honbun は動作しません。',
    'web-store': '拡張機能ストアでは、ブラウザが拡張機能の動作を禁止しています。',
    'view-source': 'ソース表示のページでは Honbun は動作しません。',
    file: 'ローカルファイルは「ファイルの URL へのアクセスを許可する」をオンにしないと読めません。',
    'data-url': 'data: や blob: のページでは Honbun は動作しません。',
    pdf: 'これは PDF でウェブページではないため、本文表示にできません。',
    'non-web': 'Honbun はウェブページ（http・https）でのみ動作します。',
    'no-url': 'このページでは Honbun は動作しません（ブラウザや拡張機能のページ、拡張機能ストアでは使えません）。',
  },
};

/** A plain sentence for the popup (or any UI) saying why Honbun cannot run here. */
export function restrictionMessage(reason: Restriction, uiLang: 'en' | 'ja'): string {
  return MESSAGES[uiLang][reason];
}
