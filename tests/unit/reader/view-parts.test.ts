// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { runPipelineOnPage } from '../../../utils/article/run-page';
import { confidentlyNotArticle } from '../../../utils/reader/not-article';
import { removalItems } from '../../../utils/reader/removal-items';
import { tcySegments, verticalQuotes, verticalSegments } from '../../../utils/reader/tate-chu-yoko';
import { toUiLang, UI_LANGS, strings } from '../../../utils/reader/strings';

describe('where removed blocks stood (put back in place)', () => {
  test('the seed’s share bar stood before the first paragraph and its ad in the body; sidebars stood outside', () => {
    for (const id of ['seed-us-russia-talks', 'seed-us-russia-talks-dense']) {
      const html = readFileSync(resolve(`tests/fixtures/pages/${id}/source.html`), 'utf8');
      const dom = new JSDOM(html, { url: 'https://www.kangnamtimes.jp/news/articleView.html?idxno=48213' });
      const r = runPipelineOnPage(dom.window.document, { url: dom.window.location.href, window: dom.window as unknown as Window & typeof globalThis });
      const blocks = (r.text ?? '').split('\n\n').length;
      const ad = r.removed.find((x) => x.category === 'ads');
      expect(ad?.at).toBeGreaterThan(0);
      expect(ad?.at).toBeLessThan(blocks);
      if (id === 'seed-us-russia-talks') expect(r.removed.find((x) => x.category === 'share')?.at).toBe(0);
      const ranking = r.removed.find((x) => x.category === 'ranking');
      expect(ranking?.at).toBeUndefined();
      for (const x of r.removed) if (x.at !== undefined) expect(x.at).toBeLessThanOrEqual(blocks);
    }
  });
  test('the CLI (no removal html) gets no positions', () => {
    const html = readFileSync(resolve('tests/fixtures/pages/seed-us-russia-talks/source.html'), 'utf8');
    const dom = new JSDOM(html, { url: 'https://www.kangnamtimes.jp/news/articleView.html?idxno=48213' });
    const r = runPipelineOnPage(dom.window.document, { url: dom.window.location.href, window: dom.window as unknown as Window & typeof globalThis, removedHtml: false });
    expect(r.removed.every((x) => x.at === undefined)).toBe(true);
  });
});

describe('removal items', () => {
  test('a ranking lists its headlines, innermost items only; a share bar is one item; long items are cut', () => {
    expect(removalItems('<h2>ランキング</h2><ol><li><a>一つ目の見出し</a></li><li><a>二つ目の見出し</a></li></ol>', '')).toEqual(['一つ目の見出し', '二つ目の見出し']);
    expect(removalItems('<ul><li>A group<ul><li>first item</li><li>second item</li></ul></li></ul>', '')).toEqual(['first item', 'second item']);
    expect(removalItems('<div><a href="/a">Headline one</a> <a href="/b">Headline two</a></div>', '')).toEqual(['Headline one', 'Headline two']);
    expect(removalItems('<p>Facebookでシェア</p>', 'Facebookでシェア')).toEqual(['Facebookでシェア']);
    expect(removalItems(undefined, 'plain text')).toEqual(['plain text']);
    expect(removalItems(`<p>${'x'.repeat(500)}</p>`, '')[0].length).toBe(140);
  });
});

describe('vertical forms', () => {
  test('half-width ! and ? stand upright, one or two together; “ ” become 〝 〟', () => {
    const up = (s: string) => tcySegments(s).filter((x) => x.tcy).map((x) => x.text);
    expect(up('再開か!戦争')).toEqual(['!']);
    expect(up('本当に!?まさか??')).toEqual(['!?', '??']);
    expect(up('えっ!!!')).toEqual([]); // three stay as they are
    expect(verticalSegments('焦点は“外交とビザ問題”').map((s) => s.text).join('')).toBe('焦点は〝外交とビザ問題〟');
    const doc = document.implementation.createHTMLDocument('');
    const p = doc.createElement('p');
    p.innerHTML = '“外交”と<code>“x”</code>';
    expect(verticalQuotes(p)).toBe(1);
    expect(p.innerHTML).toBe('〝外交〟と<code>“x”</code>');
  });
});

describe('the non-article question', () => {
  const d = (isArticle: boolean, confidence: number, reasons: string[] = []) => ({ isArticle, confidence, reasons });
  test('asked only when detection ran and is confident the page is not an article', () => {
    expect(confidentlyNotArticle(d(false, 0.04))).toBe(true);
    expect(confidentlyNotArticle(null)).toBe(false); // not run yet
    expect(confidentlyNotArticle(d(false, 0.45))).toBe(false); // unsure
    expect(confidentlyNotArticle(d(true, 0.9))).toBe(false);
    expect(confidentlyNotArticle(d(false, 0.01, ['text/plain(veto)']))).toBe(false); // a text file: show it
    expect(confidentlyNotArticle(d(false, 0, ['error:boom']))).toBe(false);
  });
});

describe('UI languages', () => {
  test('browser languages map to the five tables, each complete', () => {
    expect(toUiLang('zh-CN')).toBe('zh-Hans');
    expect(toUiLang('zh_TW')).toBe('zh-Hant');
    expect(toUiLang('zh-HK')).toBe('zh-Hant');
    expect(toUiLang('ko')).toBe('ko');
    expect(toUiLang('ja-JP')).toBe('ja');
    expect(toUiLang('fr')).toBe('en');
    const keys = Object.keys(strings('en')).sort();
    for (const l of UI_LANGS) expect(Object.keys(strings(l)).sort()).toEqual(keys);
  });
  test('_locales: zh_CN, zh_TW and ko translate every English key; Japanese minutes read 約3分', () => {
    const load = (l: string) => JSON.parse(readFileSync(resolve(`public/_locales/${l}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const en = load('en');
    for (const l of ['ja', 'zh_CN', 'zh_TW', 'ko']) {
      const t = load(l);
      expect(Object.keys(t).sort(), l).toEqual(Object.keys(en).sort());
      for (const k of Object.keys(en)) {
        // placeholders survive translation
        const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
        expect(holes(t[k].message), `${l}:${k}`).toBe(holes(en[k].message));
      }
    }
    expect(load('ja').libMinutes.message.replace('$1', '3')).toBe('約3分');
  });
});
