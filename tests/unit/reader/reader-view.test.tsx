// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReaderView, type ReaderArticle } from '../../../components/reader/reader-view';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from '../../../utils/reader/settings';

const ARTICLE: ReaderArticle = {
  isArticle: true,
  title: '米露、10月にも関係改善協議',
  byline: '竹内智子',
  siteName: 'カンナムタイムズ',
  lang: 'ja',
  dir: 'ltr',
  publishedTime: '2025-09-30T10:12:00+09:00',
  readingMinutes: 3,
  truncated: true,
  nextPage: 'https://example.com/news/2',
  url: 'https://example.com/news/1',
  html: [
    '<p data-p="0">米国とロシアが早ければ10月にも<a href="#fn1">注1</a>協議を再開する。</p>',
    '<p data-p="1"><ruby>露<rt>ろ</rt></ruby>外務省は<a href="https://example.org/x">発表</a>した。</p>',
    '<a data-embed="iframe" href="https://www.youtube.com/embed/abc"></a>',
    '<p data-p="2" id="user-content-fn1">注1: 脚注。</p>',
    '<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>',
    '<a href="javascript:window.__pwned=3">x</a>',
  ].join(''),
  removed: [
    { category: 'ranking', rule: 'r1', text: 'ランキング 1位 カナリア諸島で波にのまれる', html: '<ol><li>カナリア諸島で波にのまれる</li></ol>' },
    { category: 'ranking', rule: 'r1', text: 'ランキング 2位 ロールス・ロイス', html: '<ol><li>ロールス・ロイス</li></ol>' },
    { category: 'share', rule: 's1', text: 'Facebookでシェア', html: '<p>Facebookでシェア</p>' },
  ],
};

let host: HTMLElement;
function mount(props: Partial<Parameters<typeof ReaderView>[0]> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  act(() => {
    render(<ReaderView article={ARTICLE} settings={DEFAULT_READER_SETTINGS} uiLang="ja" {...props} />, host);
  });
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('ReaderView', () => {
  test('renders headline, meta, notices and the sanitized body with landmarks', () => {
    const el = mount({ onClose: () => {} });
    expect(el.querySelector('header button[data-action="close"]')?.textContent).toBe('本文表示を閉じる');
    expect(el.querySelector('main article h1')?.textContent).toBe(ARTICLE.title);
    const article = el.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('ja');
    expect(article.getAttribute('dir')).toBe('ltr');
    const meta = el.querySelector('.hb-meta')!.textContent!;
    expect(meta).toContain('竹内智子');
    expect(meta).toContain('カンナムタイムズ');
    expect(meta).toContain('約3分');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe(ARTICLE.publishedTime);
    expect(el.querySelector('[data-notice="truncated"]')).not.toBeNull();
    expect(el.querySelector('[data-notice="next-page"] a')?.getAttribute('href')).toBe('https://example.com/news/2');
    expect(el.querySelector('[data-notice="not-article"]')).toBeNull();
    expect(el.querySelectorAll('.hb-body [data-p]')).toHaveLength(3);
  });

  test('links leave in a new tab without opener; embeds get a placeholder; nothing executable survives', () => {
    const el = mount();
    const ext = el.querySelector('.hb-body a[href="https://example.org/x"]')!;
    expect(ext.getAttribute('target')).toBe('_blank');
    expect(ext.getAttribute('rel')).toBe('noopener noreferrer');
    const embed = el.querySelector('.hb-body a[data-embed]')!;
    expect(embed.textContent).toContain('埋め込みコンテンツ');
    expect(el.querySelector('.hb-body a[href="#fn1"]')?.hasAttribute('target')).toBe(false);
    expect(el.querySelector('.hb-body script')).toBeNull();
    expect(el.querySelector('.hb-body [onerror]')).toBeNull();
    expect(el.querySelector('.hb-body a[href^="javascript"]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('in-article anchors resolve to the user-content- prefixed target inside the view', () => {
    const el = mount();
    const target = el.querySelector('#user-content-fn1') as HTMLElement;
    let scrolled = false;
    target.scrollIntoView = () => {
      scrolled = true;
    };
    const link = el.querySelector('.hb-body a[href="#fn1"]') as HTMLAnchorElement;
    const ev = new MouseEvent('click', { bubbles: true, cancelable: true });
    act(() => {
      link.dispatchEvent(ev);
    });
    expect(ev.defaultPrevented).toBe(true);
    expect(scrolled).toBe(true);
  });

  test('the removed summary lists categories with counts, shows text only when expanded, restores on click', () => {
    const el = mount();
    const summary = el.querySelector('.hb-removed')!;
    expect(summary.textContent).toContain('順位リスト');
    expect(summary.textContent).toContain('2件');
    expect(summary.textContent).toContain('共有ボタン');
    // collapsed: no clutter text, and the label does not repeat the site's heading
    expect(el.textContent).not.toContain('ランキング');
    expect(el.textContent).not.toContain('カナリア諸島');
    const toggle = summary.querySelector('li[data-category="ranking"] .hb-disclosure') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(summary.textContent).toContain('カナリア諸島で波にのまれる');
    act(() => toggle.click());
    expect(summary.textContent).not.toContain('カナリア諸島');
    const restore = summary.querySelector('li[data-category="ranking"] .hb-restore') as HTMLButtonElement;
    act(() => restore.click());
    expect(el.querySelector('.hb-restored')?.textContent).toContain('ロールス・ロイス');
    expect(summary.querySelector('li[data-category="ranking"] .hb-restore')).toBeNull();
  });

  test('settings apply through data attributes and CSS variables; vertical wraps tate-chu-yoko', () => {
    let changed: ReaderSettings | null = null;
    const el = mount({
      settings: { ...DEFAULT_READER_SETTINGS, theme: 'sepia', vertical: true, furigana: false, fontSize: 24 },
      onSettingsChange: (s) => (changed = s),
    });
    const root = el.querySelector('.hb-root') as HTMLElement;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.hasAttribute('data-vertical')).toBe(true);
    expect(root.dataset.furigana).toBe('off');
    expect(root.style.getPropertyValue('--hb-size')).toBe('24px');
    expect(Array.from(el.querySelectorAll('.hb-body .tcy'), (s) => s.textContent)).toEqual(['10', '1', '1']); // 10月, 注1 ×2
    const larger = el.querySelector('[data-setting="larger"]') as HTMLButtonElement;
    act(() => larger.click());
    expect(changed).toMatchObject({ fontSize: 25 });
    // furigana switch shown because the article has ruby; vertical switch because it is Japanese
    expect(el.querySelector('[data-setting="furigana"]')).not.toBeNull();
    expect(el.querySelector('[data-setting="vertical"]')).not.toBeNull();
  });

  test('the sources panel sits in the complementary landmark and jumps to its paragraph', () => {
    const el = mount({
      article: {
        ...ARTICLE,
        sources: [{ name: 'イズベスチヤ', kind: 'newspaper', mentions: 2, paragraphs: [1] }],
        quotes: [],
        anonymousSources: 0,
      },
    });
    const aside = el.querySelector('aside.hb-panel')!;
    expect(aside.getAttribute('aria-label')).toBe('情報源と引用');
    expect(aside.textContent).toContain('イズベスチヤ');
    const target = el.querySelector('.hb-body [data-p="1"]') as HTMLElement;
    let jumped = false;
    target.scrollIntoView = () => {
      jumped = true;
    };
    act(() => (aside.querySelector('button') as HTMLButtonElement).click());
    expect(jumped).toBe(true);
  });

  test('English UI, a non-article banner, Esc calls onClose', () => {
    let closed = 0;
    const el = mount({ uiLang: 'en', article: { ...ARTICLE, isArticle: false, lang: 'en', html: null }, onClose: () => closed++ });
    expect(el.querySelector('[data-notice="not-article"]')?.textContent).toMatch(/may not be an article/);
    expect(el.querySelector('[data-notice="empty"]')).not.toBeNull();
    expect(el.querySelector('.hb-removed')?.textContent).toContain('Popularity lists (2 blocks)');
    expect(el.querySelector('[data-setting="vertical"]')).toBeNull();
    expect(el.querySelector('aside')).toBeNull(); // no sources or quotes: no panel
    act(() => {
      el.querySelector('.hb-root')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(closed).toBe(1);
  });
});

describe('formatDate', () => {
  test('keeps the article’s own time zone', async () => {
    const { formatDate } = await import('../../../components/reader/reader-view');
    expect(formatDate('2025-09-30T10:12:00+09:00', 'ja')).toBe('2025年9月30日 10:12');
    expect(formatDate('2025-09-30T10:12:00Z', 'en')).toBe('30 September 2025 at 10:12');
    expect(formatDate('not a date', 'en')).toBeNull();
  });
});
