/**
 * `npm run bench:browser` (issue #3): in real Chromium with the built extension, on every
 * fixture page, measures
 *  - shortcut → painted clean view (cold: the first press, which injects the reader bundle;
 *    warm: later presses on the same page), timed in the page from just before the key event to
 *    the second animation frame after the view's host appears;
 *  - plain Readability alone on the same page in the same run (`new Readability(clone).parse()`);
 *  - Honbun's whole pipeline alone (runPipeline), to tell extraction from the view's own cost;
 *  - the per-page detector (`detectArticle`, the same code the content script runs), also on two
 *    hostile pages: 20,000 <p> (issue #12 F2: the detector must stay under 20 ms on any page)
 *    and the form controls named after DOM properties (tests/e2e/pages/hostile-forms.html);
 *  - shortcut → painted view on an article with a 200,000-character paragraph of quoted words
 *    (issue #12 F2: under 1 s; the analysis fills the panel after the paint).
 * Prints median and p95 of each. Needs `npm run build` first. Nothing leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { listPageFixtures } from '../tests/helpers/fixtures';
import { failOutsideRequests, launchWithExtension } from '../tests/e2e/helpers/browser';
import { startServer } from '../tests/e2e/helpers/server';

const WARM_RUNS = 2;
const READABILITY_RUNS = 3;
const DETECT_RUNS = 5;
const READABILITY_JS = resolve('node_modules/@mozilla/readability/Readability.js');
/** Alt+Shift+K, the toggle-reader command, as a raw key event (reaches chrome.commands). */
const CHORD = { modifiers: 1 | 8, windowsVirtualKeyCode: 75, nativeVirtualKeyCode: 75, code: 'KeyK', key: 'K' };

async function detectorBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: [
        "import { detectArticle } from './utils/extract/detect';",
        "import { runPipelineOnPage as runPipeline } from './utils/article/run-page';",
        '(globalThis as any).__hbDetect = detectArticle;',
        '(globalThis as any).__hbPipeline = runPipeline;',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return out.outputFiles[0].text;
}

/** An article whose second paragraph is 50,000 quoted words, each “word” in its own marks. */
function quotePageHtml(): string {
  const words = Array.from({ length: 50_000 }, (_, i) => `“w${i % 100}”`).join(' ');
  const lead = 'The city council met on Tuesday to discuss the new budget for schools and parks. ';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quoted words</title></head><body><article><h1>Quoted words</h1><p>${lead.repeat(4)}</p><p>${words}</p><p>${lead.repeat(4)}</p></article></body></html>`;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
}

async function press(cdp: CDPSession): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...CHORD });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...CHORD });
}

/** A slow press, split where its time went: our own work (key → view appended) or the frames after it. */
const slowPresses: string[] = [];

/** Milliseconds from just before the key event to the first frame painted with the view. */
async function timeOpen(page: Page, cdp: CDPSession): Promise<number> {
  const t0 = await page.evaluate(() => {
    const w = window as unknown as { __hbPainted?: Promise<number[]> };
    w.__hbPainted = new Promise<number[]>((ok) => {
      let longTasks = 0;
      const lt = new PerformanceObserver((l) => void (longTasks += l.getEntries().reduce((a, e) => a + e.duration, 0)));
      try {
        lt.observe({ type: 'longtask' });
      } catch {
        /* not supported: report 0 */
      }
      const mo = new MutationObserver(() => {
        if (document.documentElement.lastElementChild?.tagName !== 'DIV') return;
        mo.disconnect();
        const appended = performance.now();
        requestAnimationFrame((f1) =>
          requestAnimationFrame(() => {
            lt.disconnect();
            ok([performance.now(), appended, f1, longTasks]);
          }),
        );
      });
      mo.observe(document.documentElement, { childList: true });
    });
    return performance.now();
  });
  await press(cdp);
  const [t1, appended, frame1, longTasks] = await page.evaluate(() => (window as unknown as { __hbPainted: Promise<number[]> }).__hbPainted);
  if (t1 - t0 > 400) {
    slowPresses.push(
      `${page.url().replace(/^https?:\/\/[^/]+/, '')}: ${(t1 - t0).toFixed(0)} ms = view appended ${(appended - t0).toFixed(0)} + first frame ${(frame1 - appended).toFixed(0)} + second ${(t1 - frame1).toFixed(0)}; long tasks ${longTasks.toFixed(0)} ms`,
    );
  }
  return t1 - t0;
}

async function close(page: Page, cdp: CDPSession): Promise<void> {
  await press(cdp);
  await page.waitForFunction(() => document.documentElement.lastElementChild?.tagName === 'BODY', null, { timeout: 10_000 });
}

async function main(): Promise<void> {
  const [browser, server, detectJs] = await Promise.all([launchWithExtension(), startServer(), detectorBundle()]);
  const readabilityJs = readFileSync(READABILITY_JS, 'utf8');
  const cold: number[] = [];
  const warm: number[] = [];
  const readability: number[] = [];
  const detect: number[] = [];
  const pipeline: number[] = [];
  const rows: string[] = [];
  const hostile: [string, number[]][] = [];
  try {
    // The fixtures still name their sites' CDNs. Left to the sandbox's resolver, a render-blocking
    // stylesheet on one of them holds the page's first paint for ~2 s, and a press in that window
    // measured the page's own blocked rendering (view appended at 71 ms, first frame at 1,839 ms, no
    // long task). Failing those requests at once measures the view, as on a page that has painted.
    await failOutsideRequests(browser.context);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    for (const id of listPageFixtures()) {
      // Some pages never fire load (a subresource that hangs): parsed is enough to open the view.
      await page.goto(server.url(`/pages/${id}/`), { waitUntil: 'domcontentloaded' });
      await page.waitForLoadState('load', { timeout: 3000 }).catch(() => {});
      await page.waitForTimeout(150); // let the per-page script's own detection run first
      const c = await timeOpen(page, cdp);
      await close(page, cdp);
      const w: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) {
        w.push(await timeOpen(page, cdp));
        await close(page, cdp);
      }
      await page.addScriptTag({ content: readabilityJs });
      await page.addScriptTag({ content: detectJs });
      const r = await page.evaluate((n) => {
        const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          new R(document.cloneNode(true) as Document).parse();
          out.push(performance.now() - t);
        }
        return out;
      }, READABILITY_RUNS);
      const d = await page.evaluate((n) => {
        const f = (window as unknown as { __hbDetect: (d: Document, u: string) => unknown }).__hbDetect;
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          f(document, location.href);
          out.push(performance.now() - t);
        }
        return out;
      }, DETECT_RUNS);
      const p = await page.evaluate((n) => {
        type Run = (d: Document, o: { url: string; window: Window }) => unknown;
        const f = (window as unknown as { __hbPipeline: Run }).__hbPipeline;
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          f(document, { url: location.href, window });
          out.push(performance.now() - t);
        }
        return out;
      }, READABILITY_RUNS);
      pipeline.push(...p);
      cold.push(c);
      warm.push(...w);
      readability.push(...r);
      detect.push(...d);
      rows.push(
        `${id.padEnd(34)} ${c.toFixed(0).padStart(6)} ${quantile(w, 0.5).toFixed(0).padStart(6)} ${quantile(r, 0.5).toFixed(1).padStart(8)} ${quantile(p, 0.5).toFixed(1).padStart(8)} ${quantile(d, 0.5).toFixed(2).padStart(7)}`,
      );
    }
    // The detector on hostile pages: 20,000 paragraphs (set as the page's content) and the form page.
    const timeDetect = () =>
      page.evaluate((n) => {
        const f = (window as unknown as { __hbDetect: (d: Document, u: string) => unknown }).__hbDetect;
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          f(document, location.href);
          out.push(performance.now() - t);
        }
        return out;
      }, DETECT_RUNS);
    await page.goto(server.url('/e2e/hostile-forms.html'), { waitUntil: 'load' });
    await page.addScriptTag({ content: detectJs });
    hostile.push(['detector, form controls named after DOM properties', await timeDetect()]);
    await page.evaluate(() => {
      const h1 = document.createElement('h1');
      h1.textContent = 'Archive';
      const box = document.createElement('div');
      for (let i = 0; i < 20_000; i++) {
        const p = document.createElement('p');
        p.textContent = 'A short line of an archive page, one of many.';
        box.append(p);
      }
      document.body.replaceChildren(h1, box);
    });
    hostile.push(['detector, 20,000 <p>', await timeDetect()]);
    // Issue #12 F2: an article whose paragraph is 50,000 quoted words (200,000 characters) opens
    // in under a second. Served under the fixture server's origin so the per-page script runs.
    const quotePage = server.url('/e2e/quote-200k.html');
    await page.route(quotePage, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: quotePageHtml() }));
    await page.goto(quotePage, { waitUntil: 'load' });
    await page.waitForTimeout(150);
    const q: number[] = [];
    for (let i = 0; i < 1 + WARM_RUNS; i++) {
      q.push(await timeOpen(page, cdp));
      await close(page, cdp);
    }
    hostile.push(['shortcut → painted view, 200,000-character quoted paragraph', q]);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nper page (ms)                      ${'cold'.padStart(6)} ${'warm'.padStart(6)} ${'Readab.'.padStart(8)} ${'pipeline'.padStart(8)} ${'detect'.padStart(7)}`);
  for (const r of rows) console.log(r);
  const line = (name: string, xs: number[], digits = 1) =>
    `| ${name.padEnd(44)} | ${quantile(xs, 0.5).toFixed(digits).padStart(8)} | ${quantile(xs, 0.95).toFixed(digits).padStart(8)} | ${String(xs.length).padStart(4)} |`;
  console.log(`\n| ${'measure (ms), Chromium, fixture pages'.padEnd(44)} | ${'median'.padStart(8)} | ${'p95'.padStart(8)} | ${'n'.padStart(4)} |`);
  console.log(`|${'-'.repeat(46)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(6)}|`);
  console.log(line('shortcut → painted view, first press (cold)', cold, 0));
  console.log(line('shortcut → painted view, later presses', warm, 0));
  console.log(line('shortcut → painted view, all presses', [...cold, ...warm], 0));
  console.log(line('plain Readability.parse() on a clone', readability));
  console.log(line('Honbun pipeline alone (runPipeline)', pipeline));
  console.log(line('per-page detector (detectArticle)', detect, 2));
  for (const [name, xs] of hostile) console.log(line(name, xs, 2));
  if (slowPresses.length) console.log(`\npresses over 400 ms, split:\n${slowPresses.join('\n')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
