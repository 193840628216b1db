// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { filterEntries, siteCounts } from '../../../utils/library/search';
import { buildEntry, buildRecord, buildSearch, foldedFullText } from '../../../utils/library/record';
import { SEARCH_TEXT_CAP } from '../../../utils/library/schema';
import { extractForSave } from '../../../utils/library/extract-for-save';
import { loadPageFixture } from '../../helpers/fixtures';
import { payload } from '../../helpers/library';

function library() {
  const items = [
    payload('https://www.itmedia.co.jp/a', { title: 'iPhone 16の新機能', siteName: 'ITmedia', text: '東京都内で発表された。' }),
    payload('https://www.asahi.com/b', { title: 'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞', siteName: '朝日新聞', text: '文化庁は発表した。' }),
    payload('https://www.yomiuri.co.jp/c', { title: 'バルセロナ、マンＵに先勝', siteName: '読売新聞', text: 'ＣＬ準々決勝第１戦が行われた。' }),
  ];
  const entries = [];
  const texts = new Map<string, string>();
  for (const [i, p] of items.entries()) {
    const r = buildRecord(p, 1000 + i);
    const s = buildSearch(r);
    entries.push(buildEntry(r, s));
    texts.set(r.id, s.folded);
  }
  return { entries, texts };
}

test('full-width, case and CJK substrings all match; text is searched too', () => {
  const { entries, texts } = library();
  const q = (query: string, site: string | null = null) => filterEntries(entries, texts, { query, site }).map((e) => e.title);
  expect(q('ｉＰｈｏｎｅ')).toEqual(['iPhone 16の新機能']);
  expect(q('IPHONE')).toEqual(['iPhone 16の新機能']);
  expect(q('チコちゃん')).toHaveLength(1);
  expect(q('マンU')).toEqual(['バルセロナ、マンＵに先勝']); // half-width query, full-width title
  expect(q('準々決勝第1戦')).toHaveLength(1); // body text, full-width digits folded
  expect(q('文化庁')).toHaveLength(1);
  expect(q('朝日新聞')).toHaveLength(1); // site name
  expect(q('存在しない語')).toEqual([]);
  expect(q('', 'asahi.com')).toHaveLength(1);
  expect(siteCounts(entries).map(([s]) => s).sort()).toEqual(['asahi.com', 'itmedia.co.jp', 'yomiuri.co.jp']);
});

test('before the texts are loaded, title and site still match', () => {
  const { entries } = library();
  expect(filterEntries(entries, new Map(), { query: 'ｉｐｈｏｎｅ', site: null })).toHaveLength(1);
  expect(filterEntries(entries, new Map(), { query: '文化庁', site: null })).toHaveLength(0);
});

test('the stored search text is the opening; the whole-text form reaches the end, folded the same way', () => {
  const text = `${'予算案の審議が続いた。'.repeat(400)}最後にＣＬ準々決勝の話が出た。`;
  const r = buildRecord(payload('https://www.yomiuri.co.jp/long', { title: 'Ｌｏｎｇ Article', siteName: '読売新聞', text }), 1);
  expect(text.length).toBeGreaterThan(SEARCH_TEXT_CAP * 2);
  const stored = buildSearch(r).folded;
  const full = foldedFullText(r);
  expect(stored).not.toContain('準々決勝');
  expect(full).toContain('cl準々決勝');
  // the same text up to the cap, so a match on the opening is a match on the whole
  expect(full.startsWith(stored)).toBe(true);
  expect(filterEntries([buildEntry(r, buildSearch(r))], new Map([[r.id, full]]), { query: 'ＣＬ準々決勝', site: null })).toHaveLength(1);
});

test('extractForSave on a real fixture page yields a savable payload with canonical and body', () => {
  const fx = loadPageFixture('parser-asahi');
  const html = new TextDecoder(fx.expected.encoding ?? 'utf-8').decode(fx.bytes);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const p = extractForSave(doc, window as Window & typeof globalThis, 'https://www.asahi.com/articles/x.html?utm_source=tw');
  expect(p.title).toContain('チコちゃん');
  expect(p.text.length).toBeGreaterThan(50);
  expect(p.html).toMatch(/<p/);
  expect(p.html).not.toMatch(/<script/i);
});

test('extractForSave on a page with no article still saves its text, marked best effort', () => {
  const doc = new DOMParser().parseFromString(
    '<html><head><title>Index</title></head><body><nav>menu</nav><div><p>一行目</p><p>二行目</p></div><script>x()</script></body></html>',
    'text/html',
  );
  const p = extractForSave(doc, window as Window & typeof globalThis, 'https://example.jp/');
  expect(p.bestEffort).toBe(true);
  expect(p.text).toContain('一行目');
  expect(p.html).not.toContain('menu');
  expect(p.html).not.toContain('x()');
});

