// @vitest-environment jsdom
/**
 * The analysis bundle's handle in the isolated world (utils/reader/view/analysis-api.ts) and the
 * clean view's loader (entrypoints/reader.content/analysis-loader.ts). The page's elements with
 * an id are named properties of the global, also in the isolated world: a string key would find
 * the page's element, the registered Symbol never does, and whatever is found is checked.
 */
import { describe, expect, test, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { ANALYSIS_KEY, getAnalysisApi, setAnalysisApi, type AnalysisApi } from '../../../utils/reader/view/analysis-api';
import { analyseWith, createAnalysisLoader } from '../../../entrypoints/reader.content/analysis-loader';
import { analyseArticle } from '../../../utils/analysis';

/** A page whose elements are named like the handle: by its Symbol's description and as a plain name. */
function hostilePage() {
  return new JSDOM('<!doctype html><body><p id="honbun.analysis">x</p><div id="honbunAnalysis">y</div><p id="analyse">z</p></body>').window;
}

const api: AnalysisApi = { analyse: analyseArticle };

describe('the analysis handle', () => {
  test('a page element with the handle’s name shadows a string key, never the Symbol', () => {
    const win = hostilePage();
    const g = win as unknown as Record<string | symbol, unknown>;
    // what a string key would have found: the page's own elements
    expect(g['honbun.analysis']).toBeInstanceOf(win.HTMLElement);
    expect(g.honbunAnalysis).toBeInstanceOf(win.HTMLElement);
    expect(getAnalysisApi(win)).toBeUndefined();
    setAnalysisApi(api, win);
    expect(getAnalysisApi(win)).toBe(api);
    // the elements are still there, the handle is not confused with them
    expect(g['honbun.analysis']).toBeInstanceOf(win.HTMLElement);
  });

  test('what is found under the Symbol is checked before it is trusted', () => {
    const win = hostilePage();
    const g = win as unknown as Record<symbol, unknown>;
    for (const v of [win.document.getElementById('analyse'), { analyse: 'not a function' }, 'analyse', 42, null]) {
      g[ANALYSIS_KEY] = v;
      expect(getAnalysisApi(win)).toBeUndefined();
    }
    expect(ANALYSIS_KEY).toBe(Symbol.for('honbun.analysis'));
  });

  test('a bundle injected again replaces the handle (after an update the old one must not be used)', () => {
    const win = hostilePage();
    const old: AnalysisApi = { analyse: () => ({ sources: [], quotes: [], anonymousSources: 0, publisher: 'old' }) };
    setAnalysisApi(old, win);
    setAnalysisApi(api, win);
    expect(getAnalysisApi(win)).toBe(api);
  });
});

describe('the clean view’s analysis loader', () => {
  test('asks the background once, then finds the handle the injected bundle left', async () => {
    const win = hostilePage();
    const request = vi.fn(async () => {
      setAnalysisApi(api, win); // what the injected bundle does
      return { ok: true as const };
    });
    const loader = createAnalysisLoader(request, win);
    expect(loader.loaded()).toBeNull();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(api);
    expect(b).toBe(api);
    expect(await loader.load()).toBe(api);
    expect(request).toHaveBeenCalledTimes(1);
    expect(loader.loaded()).toBe(api);
    const r = analyseWith(a, { blocks: ['「協議は再開され得る」と外務次官のセルゲイ・リャブコフ氏は述べた。'], captions: [], links: [], lang: 'ja', siteName: null, byline: null, canonicalUrl: null, url: null });
    expect(r.quotes.map((q) => q.speaker)).toEqual(['セルゲイ・リャブコフ']);
  });

  test('an injection that left no handle (only the page’s element by that name) is a failure, tried again next time', async () => {
    const win = hostilePage();
    let inject = false;
    const request = vi.fn(async () => {
      if (inject) setAnalysisApi(api, win);
      return { ok: true as const };
    });
    const loader = createAnalysisLoader(request, win);
    await expect(loader.load()).rejects.toThrow('analysis-load-failed');
    expect(loader.loaded()).toBeNull();
    inject = true;
    expect(await loader.load()).toBe(api);
    expect(request).toHaveBeenCalledTimes(2);
  });

  test('a refused or failed request rejects with its reason', async () => {
    const refused = createAnalysisLoader(async () => ({ ok: false, error: 'not-top-frame' }), hostilePage());
    await expect(refused.load()).rejects.toThrow('not-top-frame');
    const gone = createAnalysisLoader(async () => undefined, hostilePage());
    await expect(gone.load()).rejects.toThrow('analysis-load-failed');
  });
});
