/**
 * The clean view's source & quote analysis, which is not in the reader bundle: once the article
 * has painted, the view asks the background to inject the analysis bundle
 * (entrypoints/analysis.content/) into this tab's top frame and finds it on its handle in the
 * isolated world. Loaded once per reader bundle (a later view on the page reuses it); a load that
 * failed is tried again on the next call (Save asks too).
 */
import { browser } from 'wxt/browser';
import type { AnalysisResult } from '../../utils/analysis/types';
import { analysisInputOf, type AnalysisSource } from '../../utils/article/analysis-input';
import type { Message } from '../../utils/messages';
import type { ReaderLoadResponse } from '../../utils/reader/messages';
import { getAnalysisApi, type AnalysisApi } from '../../utils/reader/view/analysis-api';

export interface AnalysisLoader {
  /** the analysis, its bundle loaded first when needed; rejects when it cannot be loaded */
  load(): Promise<AnalysisApi>;
  /** the analysis when its bundle is already loaded, else null */
  loaded(): AnalysisApi | null;
}

/** Asks the background for the analysis bundle (utils/reader/background.ts, `analysis:load`). */
export function requestAnalysisBundle(): Promise<ReaderLoadResponse | undefined> {
  return browser.runtime.sendMessage({ type: 'analysis:load' } satisfies Message) as Promise<ReaderLoadResponse | undefined>;
}

/** `request` injects the bundle; `scope` is the isolated world's global (a jsdom window in tests). */
export function createAnalysisLoader(request: () => Promise<ReaderLoadResponse | undefined>, scope: object = globalThis): AnalysisLoader {
  let api: AnalysisApi | null = null;
  let loading: Promise<AnalysisApi> | null = null;
  const load = async (): Promise<AnalysisApi> => {
    const r = await request();
    if (!r?.ok) throw new Error(r?.error ?? 'analysis-load-failed');
    // checked, not trusted: only a handle the bundle left under its Symbol counts
    const found = getAnalysisApi(scope);
    if (!found) throw new Error('analysis-load-failed');
    return (api = found);
  };
  return {
    load() {
      if (api) return Promise.resolve(api);
      loading ??= load().finally(() => (loading = null));
      return loading;
    },
    loaded: () => api,
  };
}

/** The analysis of an extracted (or joined) article, read from its blocks, captions and links. */
export function analyseWith(api: AnalysisApi, a: AnalysisSource & { url?: string | null }): AnalysisResult {
  return api.analyse(analysisInputOf(a, a.url ?? null));
}
