// @vitest-environment jsdom
/**
 * Pagination detection (issue #13): where an article's next page is, on the multi-page fixtures
 * (ITmedia, 新华网, Ars Technica markup) and on small pages for each URL pattern and link text.
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { findNextPage } from '../../../utils/extract/page/next-page';
import { isFirstPageOf, pageNumberRelativeTo, pageReadings } from '../../../utils/extract/page/page-number';
import { scanPage } from '../../../utils/extract/page/scan';
import { fixture } from './fake-site';

function nextOf(html: string, url: string): string | null {
  const doc = new JSDOM(html, { url }).window.document;
  return findNextPage(scanPage(doc), url, url);
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body><article><h1>T</h1><p>text</p>${body}</article></body></html>`;

describe('page numbers in URLs', () => {
  test.each([
    ['?page=N', 'https://toyokeizai.net/articles/-/700000', 'https://toyokeizai.net/articles/-/700000?page=2'],
    ['?p=N', 'https://gendai.example/articles/123?from=top', 'https://gendai.example/articles/123?from=top&p=2'],
    ['_N.html', 'https://www.itmedia.co.jp/a/news089.html', 'https://www.itmedia.co.jp/a/news089_2.html'],
    ['_N.htm', 'http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm', 'http://www.xinhuanet.com/local/2020-02/19/c_1125597921_2.htm'],
    ['-N.html', 'https://news.example.cn/2024/05/article.html', 'https://news.example.cn/2024/05/article-2.html'],
    ['/N/', 'https://arstechnica.com/gadgets/2016/08/renter/', 'https://arstechnica.com/gadgets/2016/08/renter/2/'],
  ])('%s: page 2 is page 1 + 1 of the same article', (_name, first, second) => {
    expect(pageNumberRelativeTo(second, first)).toEqual({ candidate: 2, current: 1 });
    expect(isFirstPageOf(first, second)).toBe(true);
  });

  test('years, ids and other articles are not page numbers', () => {
    expect(pageReadings('https://e.jp/news/2024/').map((r) => r.n)).toEqual([1]);
    expect(pageNumberRelativeTo('https://e.jp/a/news090.html', 'https://e.jp/a/news089.html')).toBeNull();
    expect(pageNumberRelativeTo('https://other.jp/a/news089_2.html', 'https://e.jp/a/news089.html')).toBeNull();
  });
});

describe('the next page on the multi-page fixtures', () => {
  test('ITmedia: <link rel=next>, then 次のページへ and the numbered pager on each page', () => {
    const base = 'http://127.0.0.1:9/e2e/multipage/ja/';
    expect(nextOf(fixture('ja/news089.html'), `${base}news089.html`)).toBe(`${base}news089_2.html`);
    expect(nextOf(fixture('ja/news089_2.html'), `${base}news089_2.html`)).toBe(`${base}news089_3.html`);
    expect(nextOf(fixture('ja/news089_3.html'), `${base}news089_3.html`)).toBeNull();
    // without its rel=next, the 次のページへ link alone still leads on
    expect(nextOf(fixture('ja/news089.html').replace(/<link rel="next"[^>]*>/, ''), `${base}news089.html`)).toBe(`${base}news089_2.html`);
  });

  test('新华网: no rel=next, the numbered pager and 下一页 lead on; the last page has none', () => {
    const base = 'http://127.0.0.1:9/e2e/multipage/zh/';
    expect(nextOf(fixture('zh/c_1125597921.htm'), `${base}c_1125597921.htm`)).toBe(`${base}c_1125597921_2.htm`);
    expect(nextOf(fixture('zh/c_1125597921_2.htm'), `${base}c_1125597921_2.htm`)).toBe(`${base}c_1125597921_3.htm`);
    expect(nextOf(fixture('zh/c_1125597921_3.htm'), `${base}c_1125597921_3.htm`)).toBeNull();
  });

  test('Ars Technica: the pager’s "Next →", never the rel=next "Next story" (another article)', () => {
    const base = 'http://127.0.0.1:9/e2e/multipage/en/the-connected-renter-how-to-make-your-apartment-smarter/';
    expect(nextOf(fixture('en/the-connected-renter-how-to-make-your-apartment-smarter/index.html'), base)).toBe(`${base}2/`);
    expect(nextOf(fixture('en/the-connected-renter-how-to-make-your-apartment-smarter/3/index.html'), `${base}3/`)).toBeNull();
  });
});

describe('next-page links', () => {
  const url = 'https://news.example.jp/articles/123.html';
  test.each([
    ['次のページ', '<a href="/articles/123_2.html">次のページ</a>'],
    ['次ページ', '<a href="/articles/123_2.html">次ページ ›</a>'],
    ['次へ (same article)', '<a href="/articles/123_2.html">次へ</a>'],
    ['下一页', '<a href="/articles/123_2.html">下一页</a>'],
    ['下页', '<a href="/articles/123_2.html">下页</a>'],
    ['다음', '<a href="/articles/123_2.html">다음</a>'],
    ['다음 페이지', '<a href="/articles/123_2.html">다음 페이지</a>'],
    ['Next page', '<a href="/articles/123_2.html">Next page »</a>'],
    ['numbered 2', '<span>1</span> <a href="/articles/123_2.html">2</a> <a href="/articles/123_3.html">3</a>'],
  ])('%s', (_name, body) => {
    expect(nextOf(page(body), url)).toBe('https://news.example.jp/articles/123_2.html');
  });

  test('?page=N pager links', () => {
    const u = 'https://toyokeizai.net/articles/-/700000';
    expect(nextOf(page('<a href="?page=2">2</a> <a href="?page=3">3</a>'), u)).toBe(`${u}?page=2`);
    expect(nextOf(page('<a href="/articles/-/700000?page=3">3</a>'), `${u}?page=2`)).toBe(`${u}?page=3`);
  });

  test('a bare 次へ or Next to another article, another origin, or this page is not the next page', () => {
    expect(nextOf(page('<a href="/articles/124.html">次へ</a>'), url)).toBeNull();
    expect(nextOf(page('<a href="/articles/124.html">Next</a>'), url)).toBeNull();
    expect(nextOf(page('<a href="https://other.example/articles/123_2.html">次のページ</a>'), url)).toBeNull();
    expect(nextOf(page('<a href="http://news.example.jp/articles/123_2.html">次のページ</a>'), url)).toBeNull();
    expect(nextOf(page('<a href="#top">次のページ</a>'), url)).toBeNull();
    expect(nextOf(page('', '<link rel="next" href="https://other.example/x_2.html">'), url)).toBeNull();
    // a pager "3" is not the next page of page 1
    expect(nextOf(page('<a href="/articles/123_3.html">3</a>'), url)).toBeNull();
  });
});
