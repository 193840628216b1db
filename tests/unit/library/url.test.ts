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

test('a same-site canonical wins; a cross-site or non-http canonical is ignored', () => {
  expect(normaliseArticleUrl('https://www.asahi.com/articles/ABC.html?iref=top', 'https://www.asahi.com/articles/ABC.html')).toBe(
    'https://www.asahi.com/articles/ABC.html',
  );
  expect(normaliseArticleUrl('https://m.example.jp/x', 'https://www.example.jp/x#a')).toBe('https://www.example.jp/x');
  expect(normaliseArticleUrl('https://evil.example/x?utm_source=1', 'https://www.asahi.com/articles/ABC.html')).toBe('https://evil.example/x');
  expect(normaliseArticleUrl('https://a.example/x', 'javascript:alert(1)')).toBe('https://a.example/x');
  expect(normaliseArticleUrl('https://a.example/x', '/y?utm_term=3')).toBe('https://a.example/y');
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
