// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourcesPanel } from '../../../components/sources-panel';
import type { Quote, Source } from '../../../utils/analysis/types';

const EVIL = '<img src=x onerror="window.__pwned=1">';
const sources: Source[] = [
  { name: 'イズベスチヤ', kind: 'newspaper', mentions: 3, paragraphs: [0, 3, 6] },
  { name: EVIL, kind: 'other', mentions: 1, paragraphs: [4] },
  { name: 'NPR', kind: 'broadcaster', mentions: 2, paragraphs: [] },
];
const quotes: Quote[] = [
  { speaker: 'イズベスチヤ', text: 'こうした高官レベルの接触自体が…', paragraph: 3, via: null },
  { speaker: EVIL, text: EVIL, paragraph: 5, via: 'タス通信' },
  { speaker: 'イズベスチヤ', text: 'トランプ政権が…', paragraph: 6, via: null },
];

let host: HTMLElement;
function mount(props: Partial<Parameters<typeof SourcesPanel>[0]> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const onJump = vi.fn();
  render(<SourcesPanel sources={sources} quotes={quotes} anonymousSources={2} lang="en" onJump={onJump} {...props} />, host);
  return onJump;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('SourcesPanel', () => {
  it('renders page text as text, never as HTML', () => {
    mount();
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(EVIL);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('calls onJump with the paragraph of the activated source or quote', () => {
    const onJump = mount();
    const buttons = [...host.querySelectorAll('button')];
    // NPR is credit-only: no paragraph, so no button
    expect(buttons.map((b) => b.textContent)).not.toContain(expect.stringContaining('NPR'));
    buttons.find((b) => b.textContent?.includes('イズベスチヤ'))!.click();
    expect(onJump).toHaveBeenLastCalledWith(0);
    buttons.find((b) => b.textContent?.includes('トランプ政権'))!.click();
    expect(onJump).toHaveBeenLastCalledWith(6);
    expect(host.textContent).toContain('NPR');
    expect(host.textContent).toContain('credit only');
  });

  it('groups quotes by speaker, with kind, mention count and via', () => {
    mount();
    const speakers = [...host.querySelectorAll('.hb-sp-speaker')].map((e) => e.textContent);
    expect(speakers).toEqual(['イズベスチヤ', EVIL]);
    expect(host.querySelectorAll('.hb-sp-quotes > li')[0].querySelectorAll('button')).toHaveLength(2);
    expect(host.textContent).toContain('newspaper · 3 mentions');
    expect(host.textContent).toContain('via タス通信');
    expect(host.textContent).toContain('2 anonymous attributions');
  });

  it('uses real buttons (keyboard reachable) and Japanese UI strings', () => {
    mount({ lang: 'ja' });
    for (const b of host.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
    expect(host.querySelector('h2')!.textContent).toBe('情報源と発言');
    expect(host.textContent).toContain('新聞 · 3回');
  });

  it('shows a clear empty state', () => {
    const onJump = mount({ sources: [], quotes: [], anonymousSources: 0 });
    expect(host.querySelector('[role=status]')!.textContent).toMatch(/No sources or direct quotes/);
    expect(host.querySelectorAll('button')).toHaveLength(0);
    expect(onJump).not.toHaveBeenCalled();
  });
});
