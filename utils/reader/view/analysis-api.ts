/**
 * The handle the analysis bundle (entrypoints/analysis.content/) leaves for the clean view. The
 * view paints the article first and asks the background to inject the analysis afterwards;
 * content scripts cannot import extension chunks (there are deliberately no
 * web_accessible_resources), so the bundle is an injected file, and both scripts meet in the
 * extension's isolated world of the tab's top frame, whose global the page cannot see.
 *
 * Keyed by a registered Symbol, like the reader's handle (reader-api.ts): the page's elements
 * with an id become named properties of the global, in the isolated world too, so
 * `<p id="honbunAnalysis">` would shadow a string key (issue #12, F6). What is found is checked
 * before it is trusted. `scope` is the global (a jsdom window in tests).
 */
import type { AnalysisInput, AnalysisResult } from '../../analysis/types';

export interface AnalysisApi {
  /** the source & quote analysis of an extracted article (utils/analysis `analyseArticle`) */
  analyse(input: AnalysisInput): AnalysisResult;
}

export const ANALYSIS_KEY = Symbol.for('honbun.analysis');

type Store = Record<symbol, unknown>;

function isAnalysisApi(v: unknown): v is AnalysisApi {
  return !!v && typeof v === 'object' && typeof (v as Partial<AnalysisApi>).analyse === 'function';
}

export function getAnalysisApi(scope: object = globalThis): AnalysisApi | undefined {
  const v = (scope as Store)[ANALYSIS_KEY];
  return isAnalysisApi(v) ? v : undefined;
}

/** Always replaces: a bundle injected after an extension update must not find the old one's handle in use. */
export function setAnalysisApi(api: AnalysisApi, scope: object = globalThis): void {
  (scope as Store)[ANALYSIS_KEY] = api;
}
