import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cannotRunKey } from '../../../entrypoints/popup/cannot-run';
import { checkUrl, RESTRICTIONS, type Restriction } from '../../../utils/reader/url-rules';

const BLOCKED: [string | undefined, Restriction][] = [
  ['chrome://extensions/', 'browser-page'],
  ['chrome://newtab/', 'browser-page'],
  ['edge://settings', 'browser-page'],
  ['about:blank', 'browser-page'],
  ['about:reader?url=https://example.com/', 'browser-page'],
  ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'extension-page'],
  ['moz-extension://6f1c7b0e-0000-4000-8000-000000000000/page.html', 'extension-page'],
  ['https://chromewebstore.google.com/detail/some-extension/abcdefghijklmnop', 'web-store'],
  ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
  ['https://addons.mozilla.org/ja/firefox/addon/some-addon/', 'web-store'],
  ['https://microsoftedge.microsoft.com/addons/detail/x/y', 'web-store'],
  ['view-source:https://www.asahi.com/', 'view-source'],
  ['file:///home/user/article.html', 'file'],
  ['data:text/html,<h1>hi</h1>', 'data-url'],
  ['blob:https://example.com/0b7a4c1e', 'data-url'],
  ['https://example.com/report/annual-2024.PDF', 'pdf'],
  ['ftp://example.com/file.txt', 'non-web'],
  ['', 'no-url'],
  [undefined, 'no-url'],
  ['not a url', 'no-url'],
];

const ALLOWED = [
  'https://www.asahi.com/articles/ASV1234.html',
  'http://127.0.0.1:8080/pages/seed-us-russia-talks/',
  'https://www.kangnamtimes.jp/news/articleView.html?idxno=48213#comments',
  // only the store's own paths are blocked, not other Google pages or look-alike hosts
  'https://www.google.com/search?q=chromewebstore',
  'https://chromewebstore.google.com.example.org/detail/x',
  'https://example.com/pdf-guide/',
];

describe('checkUrl', () => {
  test.each(BLOCKED)('%s cannot run: %s', (url, reason) => {
    expect(checkUrl(url)).toEqual({ ok: false, reason });
  });
  test.each(ALLOWED)('%s can run', (url) => {
    expect(checkUrl(url)).toEqual({ ok: true });
  });
});

describe('what the popup says', () => {
  const locale = (lang: string) =>
    JSON.parse(readFileSync(resolve(process.cwd(), `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  test.each(['en', 'ja'])('every reason has a plain sentence in %s', (lang) => {
    const messages = locale(lang);
    for (const reason of [...RESTRICTIONS, 'no-tab' as const]) {
      const text = messages[cannotRunKey(reason)]?.message;
      expect(text, reason).toMatch(lang === 'en' ? /\w.*\.$/ : /[ぁ-んァ-ン一-龯].*。$/);
    }
  });
  test('the reasons the URL table gives are the ones it lists', () => {
    for (const [, reason] of BLOCKED) expect(RESTRICTIONS).toContain(reason);
  });
});
