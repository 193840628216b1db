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
    { category: 'ranking', rule: 'r1', text: 'ランキング 1位 カナリア諸島で波にのまれる', html: '<ol><li>カナリア諸島で波にのまれる</li></ol>', at: 1 },
    { category: 'ranking', rule: 'r1', text: 'ランキング 2位 ロールス・ロイス', html: '<ol><li>ロールス・ロイス</li></ol>', at: 3 },
    { category: 'share', rule: 's1', text: 'Facebookでシェア', html: '<p>Facebookでシェア</p>' },
  ],
};

let hosts: HTMLElement[] = [];
function mount(props: Partial<Parameters<typeof ReaderView>[0]> = {}) {
  const host = document.createElement('div');
  hosts.push(host);
  document.body.append(host);
  act(() => {
    render(<ReaderView article={ARTICLE} settings={DEFAULT_READER_SETTINGS} uiLang="ja" {...props} />, host);
  });
  return host;
}
afterEach(() => {
  for (const host of hosts) {
    render(null, host);
    host.remove();
  }
  hosts = [];
});

describe('ReaderView', () => {
  test('the meta line names a one-person site once: no "By Pamela Anderson · Pamela Anderson"', () => {
    const meta = (byline: string | null, siteName: string | null) => {
      const el = mount({ article: { ...ARTICLE, byline, siteName } });
      return [el.querySelector('.hb-byline')?.textContent ?? null, el.querySelector('.hb-site')?.textContent ?? null];
    };
    expect(meta('Pamela Anderson', 'Pamela  anderson')).toEqual(['Pamela Anderson', null]);
    expect(meta('竹内智子', 'カンナムタイムズ')).toEqual(['竹内智子', 'カンナムタイムズ']);
    expect(meta(null, 'カンナムタイムズ')).toEqual([null, 'カンナムタイムズ']);
  });

  test('renders headline, meta, notices and the sanitized body with landmarks', () => {
    const el = mount({ onClose: () => {} });
    expect(el.querySelector('header button[data-action="close"]')?.getAttribute('aria-label')).toBe('本文表示を閉じる');
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

  test('the removed summary is one quiet line; Show lists items; put back sets blocks back in place and hides them again', () => {
    const el = mount();
    const summary = el.querySelector('.hb-removed')!;
    // collapsed: one line with the count and the categories' natural names, none of the removed text
    expect(summary.querySelector('.hb-removed-line')?.textContent).toBe('3件を非表示：ランキング、共有ボタン · 表示する');
    expect(el.textContent).not.toContain('カナリア諸島');
    expect(el.textContent).not.toContain('Facebookでシェア');
    const show = summary.querySelector('.hb-removed-line button') as HTMLButtonElement;
    expect(show.getAttribute('aria-expanded')).toBe('false');
    act(() => show.click());
    expect(show.getAttribute('aria-expanded')).toBe('true');
    // items as a list, one line per headline
    expect(Array.from(summary.querySelectorAll('li[data-category="ranking"] .hb-items li'), (li) => li.textContent)).toEqual([
      'カナリア諸島で波にのまれる',
      'ロールス・ロイス',
    ]);
    const back = summary.querySelector('li[data-category="ranking"] .hb-putback-toggle') as HTMLButtonElement;
    expect(back.textContent).toBe('戻す');
    act(() => back.click());
    // the ranking stood before block 1 and after block 2's end: both back where they stood
    const body = el.querySelector('.hb-body')!;
    const order = Array.from(body.children, (c) => (c.classList.contains('hb-putback') ? `put:${c.textContent?.includes('カナリア') ? 'a' : 'b'}` : c.getAttribute('data-p') ?? c.tagName));
    expect(order.slice(0, 3)).toEqual(['0', 'put:a', '1']);
    expect(order.indexOf('put:b')).toBe(order.length - 1); // after the last block: at the end
    expect(body.querySelector('.hb-putback')?.getAttribute('aria-label')).toBe('戻した部分：ランキング');
    expect(back.textContent).toBe('隠す');
    // the share bar stood nowhere in the article: it comes back after it
    act(() => (summary.querySelector('li[data-category="share"] .hb-putback-toggle') as HTMLButtonElement).click());
    expect(el.querySelector('.hb-restored')?.textContent).toContain('Facebookでシェア');
    // hide again from the block itself
    act(() => (body.querySelector('.hb-putback .hb-link') as HTMLButtonElement).click());
    expect(body.querySelector('.hb-putback')).toBeNull();
    expect(back.textContent).toBe('戻す');
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
    expect(root.style.getPropertyValue('--hb-measure')).toBe('38em'); // Japanese default
    expect(Array.from(el.querySelectorAll('.hb-body .tcy'), (s) => s.textContent)).toEqual(['10', '1', '1']); // 10月, 注1 ×2
    // the vertical button is pressed; the Aa popover holds the steppers and switches
    expect(el.querySelector('[data-action="vertical"]')?.getAttribute('aria-pressed')).toBe('true');
    act(() => (el.querySelector('[data-action="settings"]') as HTMLButtonElement).click());
    const larger = el.querySelector('[data-setting="fontSize"] [data-step="more"]') as HTMLButtonElement;
    act(() => larger.click());
    expect(changed).toMatchObject({ fontSize: 25 });
    act(() => (el.querySelector('[data-setting="width"] [data-step="less"]') as HTMLButtonElement).click());
    expect(changed).toMatchObject({ measures: { ja: { width: 36 } } });
    expect(el.querySelector('[data-setting="width"] output')?.textContent).toBe('38字');
    // furigana switch because the article has ruby; vertical because it is Japanese
    expect(el.querySelector('[data-setting="furigana"] input')).not.toBeNull();
    expect((el.querySelector('[data-setting="vertical"] input') as HTMLInputElement).disabled).toBe(false);
  });

  test('keys: + and - size, p panel, ? help, Esc closes a popover first and then the view', () => {
    let changed: ReaderSettings | null = null;
    let closed = 0;
    const el = mount({
      onSettingsChange: (s) => (changed = s),
      onClose: () => closed++,
      article: { ...ARTICLE, sources: [{ name: 'イズベスチヤ', kind: 'newspaper', mentions: 2, paragraphs: [1] }], quotes: [], anonymousSources: 0 },
    });
    const root = el.querySelector('.hb-root') as HTMLElement;
    const key = (k: string) => act(() => { root.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })); });
    key('+');
    expect(changed).toMatchObject({ fontSize: 20 });
    key('-');
    expect(changed).toMatchObject({ fontSize: 18 });
    key('p');
    expect(changed).toMatchObject({ panel: false });
    key('?');
    expect(el.querySelector('#hb-pop-help')?.textContent).toContain('Esc');
    key('Escape');
    expect(el.querySelector('#hb-pop-help')).toBeNull();
    expect(closed).toBe(0);
    key('Escape');
    expect(closed).toBe(1);
  });

  test('every toolbar button has a name and a tooltip with its key; the bar never changes its buttons', () => {
    const el = mount({ onClose: () => {}, onSave: () => {}, onSettingsChange: () => {} });
    const buttons = Array.from(el.querySelectorAll('.hb-bar button'));
    expect(buttons.map((b) => b.getAttribute('data-action'))).toEqual(['close', 'save', 'settings', 'panel', 'vertical', 'help']);
    for (const b of buttons) {
      expect(b.getAttribute('aria-label')).toBeTruthy();
      expect(b.getAttribute('title')).toMatch(/（(Esc|S|A|P|V|\?)）$/);
    }
    // an English article: the same buttons, vertical marked unavailable
    const en = mount({ uiLang: 'en', onClose: () => {}, onSave: () => {}, onSettingsChange: () => {}, article: { ...ARTICLE, lang: 'en' } });
    const vertical = en.querySelector('[data-action="vertical"]')!;
    expect(en.querySelectorAll('.hb-bar button')).toHaveLength(6);
    expect(vertical.getAttribute('aria-disabled')).toBe('true');
    expect(vertical.getAttribute('title')).toBe('Vertical writing (Japanese and Chinese articles) (V)');
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
    expect(aside.getAttribute('aria-label')).toBe('情報源と発言');
    expect(aside.textContent).toContain('イズベスチヤ');
    const target = el.querySelector('.hb-body [data-p="1"]') as HTMLElement;
    let jumped = false;
    target.scrollIntoView = () => {
      jumped = true;
    };
    act(() => (aside.querySelector('.hb-sp button') as HTMLButtonElement).click());
    expect(jumped).toBe(true);
  });

  test('the live view: the panel holds its place while the analysis loads, fills in, and stays when it found nothing (the article does not move)', () => {
    const host = mount({ analysis: 'loading' });
    const state = () => ({
      panel: host.querySelector('.hb-root')!.getAttribute('data-panel'),
      open: host.querySelector('.hb-root')!.hasAttribute('data-panel-open'),
      title: host.querySelector('aside .hb-sp h2')?.textContent,
      busy: host.querySelector('aside .hb-sp')?.getAttribute('aria-busy') ?? null,
      line: host.querySelector('aside .hb-sp-empty')?.textContent ?? null,
      quotes: host.querySelectorAll('aside .hb-sp-quote').length,
    });
    expect(state()).toEqual({ panel: 'column', open: true, title: '情報源と発言', busy: 'true', line: '情報源と発言を探しています…', quotes: 0 });
    // the panel's button works while it loads
    expect(host.querySelector('[data-action="panel"]')!.getAttribute('aria-expanded')).toBe('true');
    const rerender = (props: Partial<Parameters<typeof ReaderView>[0]>) =>
      act(() => render(<ReaderView article={ARTICLE} settings={DEFAULT_READER_SETTINGS} uiLang="ja" {...props} />, host));
    rerender({ analysis: 'ready', article: { ...ARTICLE, sources: [], quotes: [{ speaker: 'ドミトリー・ノビコフ', role: null, text: '切り離して解決すべきだ', paragraph: 1, via: null }], anonymousSources: 0, publisher: null } });
    expect(state()).toMatchObject({ panel: 'column', open: true, title: '情報源と発言', busy: null, quotes: 1 });
    rerender({ analysis: 'ready', article: { ...ARTICLE, sources: [], quotes: [], anonymousSources: 0, publisher: null } });
    expect(state()).toMatchObject({ panel: 'column', open: true, busy: null, line: 'この記事には情報源や直接の発言が見つかりませんでした。' });
    rerender({ analysis: 'failed' });
    expect(state()).toMatchObject({ panel: 'column', open: true, busy: null, line: '情報源と発言を読み込めませんでした。本文表示を閉じて開き直すと、もう一度試します。' });
    // a saved article (no analysis state) with nothing found keeps the page without a panel
    rerender({ article: { ...ARTICLE, sources: [], quotes: [], anonymousSources: 0 } });
    expect(state()).toMatchObject({ panel: null, title: undefined });
  });

  test.each([
    ['zh-Hans', '信息来源与引述', '正在查找信息来源与引述…', '报纸 · 提及 2 次'],
    ['zh-Hant', '資訊來源與引述', '正在尋找資訊來源與引述…', '報紙 · 提及 2 次'],
    ['ko', '출처와 인용', '출처와 인용을 찾는 중…', '신문 · 2회 언급'],
    ['en', 'Sources & quotes', 'Finding sources and quotes…', 'newspaper · 2 mentions'],
  ] as const)('the panel speaks the UI language (%s), loading and filled', (uiLang, title, loading, kind) => {
    const host = mount({ uiLang, analysis: 'loading' });
    expect(host.querySelector('aside .hb-sp h2')?.textContent).toBe(title);
    expect(host.querySelector('aside .hb-sp')?.getAttribute('lang')).toBe(uiLang);
    expect(host.querySelector('aside .hb-sp-empty')?.textContent).toBe(loading);
    act(() =>
      render(
        <ReaderView
          article={{ ...ARTICLE, sources: [{ name: 'イズベスチヤ', kind: 'newspaper', mentions: 2, paragraphs: [1] }], quotes: [], anonymousSources: 0 }}
          analysis="ready"
          settings={DEFAULT_READER_SETTINGS}
          uiLang={uiLang}
        />,
        host,
      ),
    );
    expect(host.querySelector('aside .hb-sp-sources')?.textContent).toContain(kind);
  });

  test('DOM order is bar, article, panel, summary (the Tab order)', () => {
    const el = mount({ onClose: () => {}, article: { ...ARTICLE, sources: [{ name: 'X', kind: 'newspaper', mentions: 1, paragraphs: [0] }], quotes: [], anonymousSources: 0 } });
    const order = Array.from(el.querySelectorAll('header, article, aside, .hb-removed'), (e) => e.tagName.toLowerCase() + (e.classList.contains('hb-removed') ? '.removed' : ''));
    expect(order).toEqual(['header', 'article', 'aside', 'section.removed']);
    expect(el.querySelector('article')?.getAttribute('tabindex')).toBe('0');
  });

  test('English UI, a non-article banner, Esc calls onClose', () => {
    let closed = 0;
    const el = mount({ uiLang: 'en', article: { ...ARTICLE, isArticle: false, lang: 'en', html: null }, onClose: () => closed++ });
    expect(el.querySelector('[data-notice="not-article"]')?.textContent).toMatch(/may not be an article/);
    expect(el.querySelector('[data-notice="empty"]')).not.toBeNull();
    expect(el.querySelector('.hb-removed-line')?.textContent).toBe('Hid 3 blocks: rankings, share buttons · Show');
    expect(el.querySelector('aside')).toBeNull(); // no sources or quotes: no panel
    act(() => {
      el.querySelector('.hb-root')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(closed).toBe(1);
  });
});

describe('formatDate', () => {
  test('the reader’s zone, named when it differs from the article’s; the UI language', async () => {
    const { formatDate } = await import('../../../components/reader/reader-view');
    expect(formatDate('2025-09-30T10:12:00+09:00', 'ja', 'Asia/Tokyo')).toBe('2025年9月30日 10:12');
    expect(formatDate('2025-09-30T04:16:00Z', 'ja', 'Asia/Tokyo')).toBe('2025年9月30日 13:16 JST');
    expect(formatDate('2025-09-30T10:12:00Z', 'en', 'UTC')).toBe('30 September 2025 at 10:12');
    expect(formatDate('2025-09-30T10:12:00+09:00', 'ko', 'Asia/Seoul')).toBe('2025년 9월 30일 AM 10:12');
    expect(formatDate('not a date', 'en')).toBeNull();
  });
});
