/**
 * The source & quote analysis (utils/analysis) as its own bundle. Never in the manifest: the
 * clean view paints the article first, then asks the background to inject this file into the
 * tab's top frame (`analysis:load`, utils/reader/background.ts) and finds the analysis on a
 * handle in the shared isolated world (utils/reader/view/analysis-api.ts). It only defines a
 * pure function: no listener, no DOM access, nothing said to the page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyseArticle } from '../../utils/analysis';
import { setAnalysisApi } from '../../utils/reader/view/analysis-api';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    setAnalysisApi({ analyse: analyseArticle });
  },
});
