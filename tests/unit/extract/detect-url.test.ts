/**
 * Detect stage, URL shape: real URLs of article pages (from the fixtures and the benchmark
 * corpus) and of front, section, tag, search, ranking and product pages.
 */
import { describe, expect, it } from 'vitest';
import { queryPairs, urlSignal } from '../../../utils/extract/detect/url';

function signal(url: string | null): string {
  const out: string[] = [];
  urlSignal(url, (name, weight) => out.push(`${name}${weight > 0 ? '+' : '-'}`));
  return out.join(' ');
}

describe('urlSignal', () => {
  it.each([
    ['http://www.afpbb.com/articles/-/3178894', 'url:article(id)+'],
    ['https://www.asahi.com/articles/ASM2Q5HKNM2QUCVL02D.html', 'url:article(id)+'],
    ['https://www.nikkei.com/article/DGXMZO31897660Y8A610C1000000/', 'url:article(id)+'],
    ['https://www.yomiuri.co.jp/sports/soccer/20190411-OYT1T50287/', 'url:article(id+date)+'],
    ['https://www.japantimes.co.jp/news/2020/02/18/national/crime-legal/6000-surgical-masks-stolen/', 'url:article(date+slug)+'],
    ['https://getnews.jp/archives/2146078', 'url:article(id)+'],
    ['https://www.kangnamtimes.jp/news/articleView.html?idxno=48213', 'url:article(id)+'],
    ['https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181595', 'url:article(id)+'],
    ['http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm', 'url:article(id+date)+'],
    ['https://www.itmedia.co.jp/pcuser/articles/1902/22/news089.html', 'url:article(path)+'],
    ['https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm', 'url:article(id+date)+'],
  ])('%s looks like an article', (url, want) => expect(signal(url)).toBe(want));

  it.each([
    ['https://news.yahoo.co.jp/', 'url:front-'],
    ['https://www.yomiuri.co.jp/politics/', 'url:section-'],
    ['https://www.spiegel.de/politik/deutschland/', 'url:section-'],
    ['https://greenwire.example/tag/climate-change/', 'url:listing(tag)-'],
    ['https://example.com/category/news/page/2/', 'url:listing(category)-'],
    ['https://news.yahoo.co.jp/ranking/access/news', 'url:listing(ranking)-'],
    ['https://www.itmedia.co.jp/keywords/generative_ai.html', 'url:listing(keywords)-'],
    ['https://blog.example.com/archives/', 'url:listing(archives)-'],
    ['https://example.com/2025/10/', 'url:date-archive-'],
    ['https://www.northernherald.example/search?q=tokyo+olympics', 'url:search-'],
    ['https://www.baidu.com/s?wd=%E6%96%B0%E9%97%BB', 'url:search-'],
    ['https://www.amazon.co.jp/dp/B07XJ8C8F5', 'url:product-'],
    ['https://shop.trailhead.example/products/ridgeline-45-backpacking-pack', 'url:product-'],
    ['https://item.jd.com/100012043978.html', 'url:product-'],
  ])('%s looks like a non-article page', (url, want) => expect(signal(url)).toBe(want));

  it.each([
    // benchmark-corpus articles whose single hyphenated segment must not read as a section
    'http://www.autoracing.com.br/classificacao-nascar/',
    'https://vortexcannon.org/about-bugs/',
    null,
    'about:blank',
    'chrome://newtab/',
    'not a url',
  ])('%s gives no signal', (url) => expect(signal(url)).toBe(''));
});

describe('queryPairs', () => {
  // URLSearchParams is the reference; queryPairs exists because its iterators are not iterable in
  // a Firefox content script (tests/firefox/smoke.test.ts checks the verdict there)
  it.each(['?q=tokyo+olympics', '?wd=%E6%96%B0%E9%97%BB&x', '?lang=e&Seq_Code=181595', '?a=1&a=2&=v&b', '?bad=%E0%A4%A&ok=1', ''])('%s reads as URLSearchParams does', (search) => {
    const want = [...new URLSearchParams(search)];
    const got = queryPairs(search);
    // (a malformed escape: URLSearchParams substitutes U+FFFD, queryPairs keeps the raw text)
    expect(got.map(([k]) => k)).toEqual(want.map(([k]) => k));
    expect(got.filter(([, v]) => !v.includes('%')).map(([, v]) => v)).toEqual(want.filter(([, v]) => !v.includes('\uFFFD')).map(([, v]) => v));
  });
});
