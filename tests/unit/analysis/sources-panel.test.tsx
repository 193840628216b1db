// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourcesPanel, kindLabel, panelStrings } from '../../../components/sources-panel';
import { SOURCE_KINDS, type Quote, type Source } from '../../../utils/analysis/types';

const EVIL = '<img src=x onerror="window.__pwned=1">';
const sources: Source[] = [
  { name: 'イズベスチヤ', kind: 'newspaper', mentions: 3, paragraphs: [0, 3, 6], sentence: 'ロシア紙イズベスチヤが29日、情報筋を引用して報じた。' },
  { name: EVIL, kind: 'other', mentions: 1, paragraphs: [4], sentence: EVIL },
  { name: 'NPR', kind: 'broadcaster', mentions: 2, paragraphs: [], credit: true, sentence: '引用:NPR' },
  { name: '情報筋', kind: 'anonymous', mentions: 2, paragraphs: [0, 1] },
];
const quotes: Quote[] = [
  { speaker: 'イズベスチヤ', role: null, text: 'こうした高官レベルの接触自体が…', paragraph: 3, via: null },
  { speaker: 'セルゲイ・リャブコフ', role: 'ロシア外務次官', text: '今秋中に関係改善に向けた協議が開催され得る', paragraph: 3, via: 'タス通信' },
  { speaker: EVIL, text: EVIL, paragraph: 5, via: null },
  { speaker: 'イズベスチヤ', role: null, text: 'トランプ政権が…', paragraph: 6, via: null },
  { speaker: null, role: null, text: '誰かの言葉', paragraph: 7, via: null },
];

let host: HTMLElement;
function mount(props: Partial<Parameters<typeof SourcesPanel>[0]> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const onJump = vi.fn();
  render(<SourcesPanel sources={sources} quotes={quotes} anonymousSources={2} lang="en" onJump={onJump} publisher="カンナムタイムズ" {...props} />, host);
  return onJump;
}
afterEach(() => {
  render(null, host);
  host.remove();
});
const text = (sel: string) => host.querySelector(sel)?.textContent ?? null;

describe('SourcesPanel', () => {
  it('renders page text as text, never as HTML', () => {
    mount();
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(EVIL);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows "published by" at the top, apart from the sources', () => {
    mount();
    expect(text('.hb-sp-publisher')).toBe('Published by カンナムタイムズ');
    expect(host.querySelector('.hb-sp-sources')!.textContent).not.toContain('カンナムタイムズ');
    // older records without a publisher: no line at all
    render(null, host);
    mount({ publisher: undefined });
    expect(host.querySelector('.hb-sp-publisher')).toBeNull();
  });

  it('shows each source with its kind, mentions and the sentence it was found in, and jumps there', () => {
    const onJump = mount();
    const izv = [...host.querySelectorAll('.hb-sp-sources button')].find((b) => b.textContent!.includes('イズベスチヤ'))!;
    expect(izv.textContent).toContain('newspaper · 3 mentions');
    expect(izv.querySelector('.hb-sp-sentence')!.textContent).toBe('ロシア紙イズベスチヤが29日、情報筋を引用して報じた。');
    (izv as HTMLButtonElement).click();
    expect(onJump).toHaveBeenLastCalledWith(0);
  });

  it('puts photo credits on a "Credits" line (no mention count) and anonymous sources once', () => {
    mount();
    expect(text('.hb-sp-credits')).toBe('Credits NPR');
    expect(host.querySelector('.hb-sp-sources')!.textContent).not.toContain('NPR');
    expect(host.textContent).not.toMatch(/NPR[^]*2 mentions/u);
    // 情報筋 is listed once, and the older "2 anonymous attributions" count is not added on top
    expect([...host.querySelectorAll('.hb-sp-name, .hb-sp-chip, .hb-sp-static')].filter((e) => e.textContent === '情報筋')).toHaveLength(1);
    expect(host.querySelector('.hb-sp-sources')!.textContent).not.toContain('anonymous ·');
    expect(host.textContent).not.toContain('anonymous attributions');
    expect(text('.hb-sp-anon')).toBe('Anonymous 情報筋');
  });

  it('still shows the count line for older records whose anonymous sources were not listed', () => {
    mount({ sources: sources.filter((s) => s.kind !== 'anonymous') });
    expect(text('.hb-sp-anon')).toBe('2 anonymous attributions');
  });

  it('groups quotes by speaker with the role, via and a jump to the paragraph; unattributed last', () => {
    const onJump = mount();
    const speakers = [...host.querySelectorAll('.hb-sp-speaker')].map((e) => e.textContent);
    expect(speakers).toEqual(['イズベスチヤ', 'セルゲイ・リャブコフロシア外務次官', EVIL, 'Unattributed']);
    expect(text('.hb-sp-role')).toBe('ロシア外務次官');
    expect(host.textContent).toContain('via タス通信');
    [...host.querySelectorAll('.hb-sp-quotes button')].find((b) => b.textContent?.includes('トランプ政権'))!.dispatchEvent(new MouseEvent('click'));
    expect(onJump).toHaveBeenLastCalledWith(6);
  });

  it('explains its terms in plain words, in English and in Japanese', () => {
    mount();
    const terms = host.querySelector('.hb-sp-terms')!;
    expect(terms.querySelector('summary')!.textContent).toBe('What these words mean');
    const dts = [...terms.querySelectorAll('dt')].map((d) => d.textContent);
    expect(dts).toEqual(expect.arrayContaining(['via', 'credit', 'anonymous']));
    expect(terms.textContent).toContain('the quote reached the article through another outlet');
    render(null, host);
    mount({ lang: 'ja' });
    expect(host.querySelector('h2')!.textContent).toBe('情報源と発言');
    expect(text('.hb-sp-publisher')).toBe('発行元 カンナムタイムズ');
    expect(host.textContent).toContain('新聞 · 3回');
    expect(host.querySelector('.hb-sp-terms summary')!.textContent).toBe('用語の説明');
    expect(host.querySelector('.hb-sp-terms')!.textContent).toContain('写真や図版の提供元');
  });

  it('names a person cited in indirect speech (kind other, round 13) as a person in every UI language', () => {
    const labels = (['en', 'ja', 'zh-Hans', 'zh-Hant', 'ko'] as const).map((lang) => kindLabel('other', lang));
    expect(labels).toEqual(['person or other', '人物・その他', '人物或其他', '人物或其他', '인물·기타']);
  });

  it('speaks the five UI languages of the reader: every string and kind name in each, none left in English', () => {
    const en = panelStrings('en');
    const keys = (o: object) => Object.keys(o).sort();
    for (const lang of ['ja', 'zh-Hans', 'zh-Hant', 'ko'] as const) {
      const t = panelStrings(lang);
      expect(keys(t)).toEqual(keys(en));
      for (const k of Object.keys(en) as (keyof typeof en)[]) {
        const [a, b] = [t[k], en[k]].map((v) => (typeof v === 'function' ? (v as (x: number & string) => string)(2 as number & string) : JSON.stringify(v)));
        expect(a, `${lang}.${k}`).not.toBe(b);
        expect(a, `${lang}.${k}`).not.toMatch(/^\s*$/);
      }
      expect(t.terms.map((x) => x.term)).toHaveLength(en.terms.length);
      for (const kind of SOURCE_KINDS) expect(kindLabel(kind, lang), `${lang} ${kind}`).not.toBe(kindLabel(kind, 'en'));
    }
    render(null, host);
    mount({ lang: 'ko' });
    expect(host.querySelector('h2')!.textContent).toBe('출처와 인용');
    expect(text('.hb-sp-publisher')).toBe('발행처 カンナムタイムズ');
    expect(host.textContent).toContain('신문 · 3회 언급');
    render(null, host);
    mount({ lang: 'zh-Hant' });
    expect(host.querySelector('h2')!.textContent).toBe('資訊來源與引述');
    expect(text('.hb-sp-credits')).toBe('圖片來源 NPR');
  });

  it('while the analysis loads: its title and one quiet line in its place, marked busy, nothing to press', () => {
    mount({ state: 'loading', lang: 'zh-Hans' });
    const section = host.querySelector('section.hb-sp')!;
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(host.querySelector('h2')!.textContent).toBe('信息来源与引述');
    expect(text('.hb-sp-loading')).toBe('正在查找信息来源与引述…');
    // no live region: the line is quiet, the filled panel is announced by nothing either
    expect(host.querySelector('[role=status], [aria-live]')).toBeNull();
    expect(host.querySelectorAll('button, li')).toHaveLength(0);
  });

  it('never crashes on crafted records: a kind of "__proto__", missing lists, odd fields (issue #12 F3)', () => {
    const crafted = [
      { name: 'A', kind: '__proto__', mentions: 1, paragraphs: [1] },
      { name: 'B', kind: 'constructor', mentions: 'x', paragraphs: 'nope' },
      { name: 'C', kind: 'toString' },
    ] as unknown as Source[];
    const odd = [{ speaker: { x: 1 }, text: 'quoted words here now', paragraph: '3', via: 5, role: [] }] as unknown as Quote[];
    expect(() => mount({ sources: crafted, quotes: odd, lang: 'ja' })).not.toThrow();
    expect(host.querySelector('[data-kind="__proto__"]')!.textContent).toContain('その他');
    expect(host.textContent).toContain('quoted words here now');
  });

  it('uses real buttons (keyboard reachable) and shows a clear empty state', () => {
    mount();
    for (const b of host.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
    render(null, host);
    const onJump = mount({ sources: [], quotes: [], anonymousSources: 0 });
    expect(host.querySelector('[role=status]')!.textContent).toMatch(/No sources or direct quotes/);
    expect(host.querySelectorAll('button')).toHaveLength(0);
    expect(onJump).not.toHaveBeenCalled();
  });
});
