import { expect, test } from 'vitest';
import { cleanUrl, normaliseArticleUrl, siteOf } from '../../../utils/library/url';
import { articleIdFor } from '../../../utils/library/ids';
import { foldForSearch } from '../../../utils/library/fold';

test('fragments and tracking parameters go; meaningful parameters stay in order', () => {
  expect(cleanUrl('https://News.Example.jp/a?id=3&utm_source=x&utm_medium=y&p=2&fbclid=abc&gclid=q#comments')).toBe(
    'https://news.example.jp/a?id=3&p=2',
  );
  expect(cleanUrl('https://example.com/a?mc_cid=1&pk_campaign=2&ref=home')).toBe('https://example.com/a?ref=home');
});

test('a canonical naming the page itself (tracking parameters, scheme, www./m. aside) is the key', () => {
  expect(normaliseArticleUrl('https://www.asahi.com/articles/ABC.html?iref=top&utm_source=x', 'https://www.asahi.com/articles/ABC.html?iref=top')).toBe(
    'https://www.asahi.com/articles/ABC.html?iref=top',
  );
  expect(normaliseArticleUrl('https://m.example.jp/x', 'https://www.example.jp/x#a')).toBe('https://www.example.jp/x');
  expect(normaliseArticleUrl('http://example.jp/x/', 'https://example.jp/x')).toBe('https://example.jp/x');
  expect(normaliseArticleUrl('https://evil.example/x?utm_source=1', 'https://www.asahi.com/articles/ABC.html')).toBe('https://evil.example/x');
  expect(normaliseArticleUrl('https://a.example/x', 'javascript:alert(1)')).toBe('https://a.example/x');
});

// issue #12 F7: on a shared host (note.com, Medium, blogs) a page must not overwrite another
// author's saved article by naming it as its canonical. Failed before: the key was the canonical.
test('a canonical naming another page on the same host is ignored: the page keeps its own key', () => {
  expect(normaliseArticleUrl('https://note.com/mallory/n/n222', 'https://note.com/alice/n/n111')).toBe('https://note.com/mallory/n/n222');
  expect(normaliseArticleUrl('https://a.example/x', '/y?utm_term=3')).toBe('https://a.example/x');
  expect(normaliseArticleUrl('https://blog.example.jp/2024/05/a.html?id=2', 'https://blog.example.jp/2024/05/a.html?id=1')).toBe(
    'https://blog.example.jp/2024/05/a.html?id=2',
  );
});

test('a canonical that is page 1 of the same multi-page article is trusted', () => {
  expect(normaliseArticleUrl('https://www.itmedia.co.jp/pcuser/articles/1902/22/news089_2.html', 'https://www.itmedia.co.jp/pcuser/articles/1902/22/news089.html')).toBe(
    'https://www.itmedia.co.jp/pcuser/articles/1902/22/news089.html',
  );
  expect(normaliseArticleUrl('https://toyokeizai.net/articles/-/700000?page=3', 'https://toyokeizai.net/articles/-/700000')).toBe('https://toyokeizai.net/articles/-/700000');
  expect(normaliseArticleUrl('https://arstechnica.com/gadgets/2016/08/renter/2/', 'https://arstechnica.com/gadgets/2016/08/renter/')).toBe(
    'https://arstechnica.com/gadgets/2016/08/renter/',
  );
  // page 1 of another article, or a later page, is not
  expect(normaliseArticleUrl('https://www.itmedia.co.jp/a/news089_2.html', 'https://www.itmedia.co.jp/a/news090.html')).toBe('https://www.itmedia.co.jp/a/news089_2.html');
  expect(normaliseArticleUrl('https://www.itmedia.co.jp/a/news089_2.html', 'https://www.itmedia.co.jp/a/news089_3.html')).toBe('https://www.itmedia.co.jp/a/news089_2.html');
});

test('pages that are not on the web are refused', () => {
  expect(() => normaliseArticleUrl('chrome://settings')).toThrow();
  expect(() => normaliseArticleUrl('file:///tmp/a.html')).toThrow();
});

test('the same article gets the same id; another gets another', () => {
  const a = articleIdFor(normaliseArticleUrl('https://example.jp/a#x'));
  expect(articleIdFor(normaliseArticleUrl('https://example.jp/a?utm_source=t'))).toBe(a);
  expect(articleIdFor(normaliseArticleUrl('https://example.jp/b'))).not.toBe(a);
  expect(a).toMatch(/^[0-9a-f]{16}$/);
  expect(siteOf('https://www.nikkei.com/x')).toBe('nikkei.com');
});

test('search folding: NFKC width, case, ideographic space', () => {
  expect(foldForSearch('ｉＰｈｏｎｅ　１５')).toBe('iphone 15');
  expect(foldForSearch('ｶﾀｶﾅ')).toBe('カタカナ');
  expect(foldForSearch('iPhone')).toBe(foldForSearch('ＩＰＨＯＮＥ'));
});
