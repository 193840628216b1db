/**
 * Screenshots of the sources & quotes panel in real Chromium (Debian's /usr/bin/chromium through
 * playwright-core): the pipeline runs on real pages (jsdom, as the CLI does), the panel renders
 * with the reader's own stylesheet and theme variables, light and dark, English and Japanese UI,
 * 400 px and 700 px wide. The "published by" line comes from the analysis' `publisher`.
 *
 *   npx tsx scripts/analysis/panel-shots.ts OUT_DIR
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { runPipelineOnPage } from '../../utils/article/run-page';
import { gunzipIfNeeded, loadDocument } from '../cli/load-document';

const out = resolve(process.argv[2] ?? 'artifacts/analysis-shots');
mkdirSync(out, { recursive: true });

const PAGES = [
  { id: 'seed', file: 'tests/fixtures/pages/seed-us-russia-talks/source.html', url: 'https://www.kangnamtimes.jp/news/articleView.html?idxno=48213' },
  // an English wire-style page of the tuning set (roles, documents, unnamed sources), when the shared corpus is beside the repository
  {
    id: 'usatoday',
    file: '../shared/corpus/scrapinghub/html/c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7.html.gz',
    url: 'https://www.usatoday.com/story/news/politics/2019/11/19/prison-guards-arrested-alleged-failure-check-jeffrey-epstein/4082679002/',
  },
].filter((p) => existsSync(p.file));

const ENTRY = `
import { render } from 'preact';
import { SourcesPanel } from './components/sources-panel';
import { READER_CSS } from './components/reader/reader-css';
const d = window.__DATA;
const style = document.createElement('style');
style.textContent = READER_CSS + ' .hb-root { position: static; padding: 12px; } body { margin: 0; }';
document.head.append(style);
const root = document.getElementById('root');
render(<div class="hb-root" data-theme={d.theme}><aside class="hb-panel" style="font-size:14px"><SourcesPanel sources={d.sources} quotes={d.quotes} anonymousSources={d.anonymousSources} publisher={d.publisher} lang={d.ui} contentLang={d.lang} onJump={() => {}} /></aside></div>, root);
`;

const bundle = await build({
  stdin: { contents: ENTRY, loader: 'tsx', resolveDir: process.cwd() },
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'error',
  // Vite's `?inline` CSS imports (the reader's stylesheet) arrive as text, as WXT's build gives them
  plugins: [
    {
      name: 'inline-css',
      setup(b) {
        b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
        b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
      },
    },
  ],
});
const js = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const p of PAGES) {
    const loaded = loadDocument(gunzipIfNeeded(readFileSync(p.file)), p.url);
    if (!loaded.document || !loaded.window) throw new Error(`cannot load ${p.file}`);
    const r = runPipelineOnPage(loaded.document, { url: p.url, window: loaded.window, removedHtml: false });
    loaded.close();
    for (const [name, theme, ui, width] of [
      ['light-en', 'light', 'en', 700],
      ['dark-en', 'dark', 'en', 700],
      ['light-ja', 'light', 'ja', 700],
      ['narrow-400-ja', 'light', 'ja', 400],
      ['narrow-400-dark-en', 'dark', 'en', 400],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const data = { sources: r.sources, quotes: r.quotes, anonymousSources: r.anonymousSources, publisher: r.publisher, lang: r.lang, theme, ui };
      await page.setContent(`<!doctype html><html lang="${ui}"><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>`);
      await page.evaluate((d) => ((window as unknown as { __DATA: unknown }).__DATA = d), data);
      await page.addScriptTag({ content: js });
      // open the terms, as a reader who wants them explained would
      await page.evaluate(() => document.querySelector('details')?.setAttribute('open', ''));
      const shot = resolve(out, `panel-${p.id}-${name}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      console.log(shot);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
