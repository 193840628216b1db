// @vitest-environment jsdom
/**
 * Failed images become their alt text (utils/reader/broken-images.ts), in the helper and in
 * ReaderView, which the clean view and the saved-article page both render.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { replaceBrokenImages } from '../../../utils/reader/broken-images';
import { ReaderView, type ReaderArticle } from '../../../components/reader/reader-view';
import { DEFAULT_READER_SETTINGS } from '../../../utils/reader/settings';
import { UI_LANGS, strings as uiStrings } from '../../../utils/reader/strings';

const label = (alt: string) => `Image: ${alt}`;
const fail = (img: Element) => img.dispatchEvent(new Event('error'));

function mount(html: string): HTMLElement {
  const el = document.createElement('div');
  // test markup parsed in an inert document, then moved in
  el.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
  document.body.append(el);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('replaceBrokenImages', () => {
  test('an image with alt text that fails becomes that text; its caption and credit stay', () => {
    const root = mount('<figure><img src="https://unreachable.invalid/a.jpg" alt="会談の様子"><figcaption>引用:NPR</figcaption></figure>');
    const stop = replaceBrokenImages(root, label);
    expect(root.querySelector('img')).not.toBeNull(); // not failed yet: left alone
    fail(root.querySelector('img')!);
    expect(root.querySelector('img')).toBeNull();
    const span = root.querySelector('.img-offline')!;
    expect(span.textContent).toBe('Image: 会談の様子');
    expect(span.getAttribute('role')).toBe('img');
    expect(span.getAttribute('aria-label')).toBe('Image: 会談の様子');
    expect(root.querySelector('figcaption')!.textContent).toBe('引用:NPR');
    stop();
  });

  test('an image without alt inside a captioned figure goes (the caption tells it), with its <picture>', () => {
    const root = mount('<figure><picture><source srcset="a.webp"><img src="a.jpg" alt=""></picture><figcaption>引用:NPR</figcaption></figure>');
    replaceBrokenImages(root, label);
    fail(root.querySelector('img')!);
    expect(root.querySelector('picture, img, .img-offline')).toBeNull();
    expect(root.querySelector('figure')!.textContent).toBe('引用:NPR');
  });

  test('an image without alt and without a caption says it did not load, in the view\'s language (not "Image: —")', () => {
    const root = mount('<p>本文。<img src="https://unreachable.invalid/c.jpg"></p>');
    replaceBrokenImages(root, uiStrings('ja').image);
    fail(root.querySelector('img')!);
    const span = root.querySelector('.img-offline')!;
    expect(span.textContent).toBe('画像を読み込めませんでした');
    expect(span.getAttribute('aria-label')).toBe('画像を読み込めませんでした');
    for (const lang of UI_LANGS) expect(uiStrings(lang).image('')).not.toMatch(/—|:\s*$|：$/u);
  });

  test('after stop(), failures are left alone', () => {
    const root = mount('<p><img src="b.jpg" alt="地図"></p>');
    replaceBrokenImages(root, label)();
    fail(root.querySelector('img')!);
    expect(root.querySelector('img')).not.toBeNull();
  });
});

const ARTICLE: ReaderArticle = {
  isArticle: true,
  title: '米露協議',
  byline: null,
  siteName: null,
  lang: 'ja',
  dir: 'ltr',
  publishedTime: null,
  readingMinutes: null,
  truncated: false,
  nextPage: null,
  html: '<p data-p="0">本文。</p><figure><img src="https://unreachable.invalid/p.jpg" alt="握手する両首脳"><figcaption>写真=AP</figcaption></figure>',
  removed: [],
};

test('ReaderView replaces an image that fails after it rendered, keeping the credit', () => {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<ReaderView article={ARTICLE} settings={DEFAULT_READER_SETTINGS} uiLang="ja" />, host));
  const img = host.querySelector('.hb-body img');
  expect(img).not.toBeNull();
  act(() => void fail(img!));
  expect(host.querySelector('.hb-body img')).toBeNull();
  expect(host.querySelector('.hb-body .img-offline')!.textContent).toBe('画像：握手する両首脳');
  expect(host.querySelector('.hb-body figcaption')!.textContent).toBe('写真=AP');
  act(() => render(null, host));
});
