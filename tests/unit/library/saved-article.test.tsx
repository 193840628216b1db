// @vitest-environment jsdom
/**
 * The saved-article page's rendering (issue #13): all its pages with the quiet separators, the
 * stored photos in place of the remote ones (never requested), a visible "photo not saved"
 * placeholder with its caption where one is missing, the removal summary as it was when saved,
 * and no javascript: link from a stored value (issue #12 F3).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderView } from '../../../components/reader/reader-view';
import { DEFAULT_READER_SETTINGS } from '../../../utils/reader/settings';
import { storedPhotos, toReaderArticle, trackersOf } from '../../../entrypoints/article/saved-article';
import { buildRecord } from '../../../utils/library/record';
import type { ArticleRecord } from '../../../utils/library/schema';
import { payload } from '../../helpers/library';

function record(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    ...buildRecord(
      payload('https://news.example.jp/a', {
        html: '<figure><img src="https://img.example.jp/1.jpg" srcset="https://img.example.jp/1-2x.jpg 2x" alt="議場"><figcaption>引用:NPR</figcaption></figure><p data-p="0">一ページ目の本文。</p>',
        pages: [
          { url: 'https://news.example.jp/a_2', html: '<p data-p="1">二ページ目の本文。</p>' },
          { url: 'https://news.example.jp/a_3', html: '<p data-p="2">三ページ目の本文。</p><figure><img src="https://img.example.jp/3.jpg" alt="会見"><figcaption>共同</figcaption></figure>' },
        ],
        joinNote: { joined: 3, failed: null },
        removed: [
          { category: 'ranking', rule: 'rank', text: 'アクセスランキング' },
          { category: 'share', rule: 'share', text: 'シェアする' },
        ],
      }),
      1_700_000_000_000,
    ),
    ...over,
  };
}

let host: HTMLElement;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

function mount(r: ArticleRecord, photos: Map<string, string>) {
  host = document.createElement('div');
  document.body.append(host);
  act(() => {
    render(
      <ReaderView article={toReaderArticle(r)} settings={DEFAULT_READER_SETTINGS} uiLang="en" prepareBody={storedPhotos(photos, (alt) => `Photo not saved: ${alt}`)} />,
      host,
    );
  });
}

describe('a saved multi-page article', () => {
  test('an image Save found to be a tracking pixel is simply gone, not a "photo not saved"', () => {
    const r = record({ html: '<p data-p="0">本文</p><img src="https://t.example/p.gif">', pages: [], images: [{ url: 'https://t.example/p.gif', stored: false, reason: 'tracker' }] });
    host = document.createElement('div');
    document.body.append(host);
    act(() => {
      render(<ReaderView article={toReaderArticle(r)} settings={DEFAULT_READER_SETTINGS} uiLang="en" prepareBody={storedPhotos(new Map(), (a) => a, trackersOf(r))} />, host);
    });
    expect(host.querySelector('.hb-body')?.innerHTML).not.toContain('p.gif');
    expect(host.querySelector('.hb-body .hb-photo-missing')).toBeNull();
  });

  test('every page after a quiet separator; what was joined is said', () => {
    mount(record(), new Map());
    expect(Array.from(host.querySelectorAll('.hb-page-sep'), (s) => s.textContent)).toEqual(['Page 2 / 3', 'Page 3 / 3']);
    expect(host.querySelector('.hb-join-note')?.textContent).toBe('3 pages joined');
    expect(host.textContent).toContain('三ページ目の本文。');
  });

  test('stored photos come from their stored copies; a missing one is a visible placeholder, its caption kept', () => {
    mount(record(), new Map([['https://img.example.jp/3.jpg', 'blob:chrome-extension://x/3']]));
    const imgs = Array.from(host.querySelectorAll('img'));
    expect(imgs.map((i) => [i.getAttribute('src'), i.getAttribute('srcset')])).toEqual([['blob:chrome-extension://x/3', null]]);
    const missing = host.querySelector('.hb-photo-missing');
    expect(missing?.textContent).toBe('Photo not saved: 議場');
    expect(missing?.getAttribute('role')).toBe('img');
    expect(missing?.closest('figure')?.querySelector('figcaption')?.textContent).toBe('引用:NPR');
    // no remote URL is left anywhere an image could load from
    expect(host.innerHTML).not.toContain('img.example.jp');
  });

  test('the removal summary is the one saved (it used to say "Nothing was taken out"), without Put back', () => {
    mount(record(), new Map());
    const summary = host.querySelector('.hb-removed');
    expect(summary?.textContent).not.toContain('Nothing');
    expect(summary?.textContent).toMatch(/Hid 2 blocks/);
    // the one quiet line opens the per-category list
    act(() => summary!.querySelector<HTMLButtonElement>('.hb-removed-line button')!.click());
    expect(Array.from(summary!.querySelectorAll('li[data-category]'), (li) => li.getAttribute('data-category'))).toEqual(['ranking', 'share']);
    // a saved article keeps the removed text, not its HTML: nothing to put back
    expect(summary?.querySelector('.hb-putback-toggle')).toBeNull();
  });

  test('a stored javascript: next page or page URL never becomes a link', () => {
    const r = record({ nextPage: 'javascript:alert(1)', pages: [{ url: 'javascript:alert(2)', html: '<p>x</p>' }] });
    const a = toReaderArticle(r);
    expect(a.nextPage).toBeNull();
    expect(a.pages).toEqual([]);
    mount(r, new Map());
    expect(Array.from(host.querySelectorAll('a[href]'), (x) => x.getAttribute('href')).filter((h) => /^javascript:/i.test(h ?? ''))).toEqual([]);
  });
});
