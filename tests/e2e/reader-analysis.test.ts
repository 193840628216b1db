/**
 * The clean view paints the article before the source & quote analysis arrives, then the panel
 * fills in (issue #10: the analysis is its own bundle, injected after the paint). In real
 * Chromium with the built extension:
 *  - the moment the analysis bundle leaves its handle in the isolated world is recorded there
 *    (a setter on the handle's Symbol, installed through CDP in the extension's isolated world):
 *    by then a frame with the view had been painted, the article's paragraphs were in the view
 *    and the panel showed its quiet loading line; the article did not move when it filled in;
 *  - on the seed page the panel then lists the 6 quotes; on the seed split over three pages the
 *    panel covers every page as they are joined (re-run as each page comes), and each quote
 *    jumps to the block on its own page;
 *  - the view's Save stores the sources and quotes, also when pressed at once.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { storedEntries } from './helpers/popup';
import { inView, toggleReader, waitOpen, waitPanelFilled } from './helpers/reader';

const b = useExtension({ server: true, lang: 'en' });

const SEED = '/pages/seed-us-russia-talks/';
const SEED_PAGES = '/e2e/multipage/seed/48213.html';
/** The speakers of the seed's six quotes, as labelled by hand (the same on one page or three). */
const SEED_SPEAKERS: string[] = (JSON.parse(readFileSync('tests/fixtures/analysis/seed-us-russia-talks.json', 'utf8')) as { quotes: { speaker: string }[] }).quotes
  .map((q) => q.speaker)
  .sort();

interface Arrival {
  /** performance.now() when the analysis handle was set */
  at: number;
  bodyInert: boolean;
  paragraphs: number;
  panelState: string | null;
  articleLeft: number | null;
  articleWidth: number | null;
}

/** The extension's isolated world in the page's top frame (where the content scripts run). */
async function isolatedWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith('chrome-extension://'));
  if (!ctx) throw new Error('no isolated world of the extension in the top frame');
  return { cdp, contextId: ctx.id };
}

/**
 * Records, in the isolated world, what the view looked like when the analysis handle was set;
 * and, in the page, when the first frame with the view's host was painted.
 */
async function watch(page: Page): Promise<{ arrivals: () => Promise<Arrival[]>; painted: () => Promise<number | null>; done: () => Promise<void> }> {
  const { cdp, contextId } = await isolatedWorld(page);
  const run = async <T,>(expression: string): Promise<T> => {
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as { result: { value: T }; exceptionDetails?: unknown };
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    return r.result.value;
  };
  await run(`(() => {
    const KEY = Symbol.for('honbun.analysis');
    const log = (globalThis.__hbArrivals = []);
    let value = globalThis[KEY];
    Object.defineProperty(globalThis, KEY, {
      configurable: true,
      get() { return value; },
      set(v) {
        const host = document.documentElement.lastElementChild;
        const root = host && host.tagName === 'DIV' ? chrome.dom.openOrClosedShadowRoot(host) : null;
        const article = root && root.querySelector('.hb-article');
        const r = article ? article.getBoundingClientRect() : null;
        log.push({
          at: performance.now(),
          bodyInert: document.body.inert,
          paragraphs: root ? root.querySelectorAll('.hb-body p').length : -1,
          panelState: root ? (root.querySelector('aside .hb-sp')?.getAttribute('data-state') ?? 'filled') : null,
          articleLeft: r ? r.left : null,
          articleWidth: r ? r.width : null,
        });
        value = v;
      },
    });
    return true;
  })()`);
  await page.evaluate(() => {
    const w = window as unknown as { __hbPainted: number | null };
    w.__hbPainted = null;
    const mo = new MutationObserver(() => {
      if (document.documentElement.lastElementChild?.tagName !== 'DIV' || !document.body.inert) return;
      mo.disconnect();
      // rAF callbacks run just before the frame that shows what is in the DOM now is painted
      requestAnimationFrame(() => (w.__hbPainted = performance.now()));
    });
    mo.observe(document.documentElement, { childList: true, attributes: true, subtree: false });
    mo.observe(document.body, { attributes: true, attributeFilter: ['inert'] });
  });
  return {
    arrivals: () => run<Arrival[]>('globalThis.__hbArrivals'),
    painted: () => page.evaluate(() => (window as unknown as { __hbPainted: number | null }).__hbPainted),
    done: () => cdp.detach().catch(() => {}),
  };
}

interface PanelState {
  state: string | null;
  quotes: { speaker: string; text: string; paragraph: number | null }[];
  sources: string[];
  articleLeft: number;
  articleWidth: number;
  note: string | null;
}

const PANEL = `function () {
  const sp = this.querySelector('aside .hb-sp');
  const article = this.querySelector('.hb-article').getBoundingClientRect();
  const note = this.querySelector('.hb-join-note');
  return {
    state: sp ? (sp.getAttribute('data-state') ?? 'filled') : null,
    quotes: Array.from(this.querySelectorAll('.hb-sp-quotes > li'), (li) => Array.from(li.querySelectorAll('button'), (btn) => ({
      speaker: li.querySelector('.hb-sp-speaker > span').textContent,
      text: btn.querySelector('q').textContent,
      paragraph: /(\\d+)/.test(btn.title) ? Number(/(\\d+)/.exec(btn.title)[1]) - 1 : null,
    }))).flat(),
    sources: Array.from(this.querySelectorAll('.hb-sp-sources .hb-sp-name'), (n) => n.textContent),
    articleLeft: article.left,
    articleWidth: article.width,
    note: note ? note.getAttribute('data-state') + ':' + note.textContent : null,
  };
}`;

const panel = (page: Page) => inView<PanelState>(page, PANEL);
const fold = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** Each quote's jump target: the block marked with its paragraph holds its words (on whichever page). */
async function expectQuotesJumpHome(page: Page, quotes: PanelState['quotes']): Promise<void> {
  const blocks = await inView<Record<number, string>>(
    page,
    `function () { const out = {}; for (const el of this.querySelectorAll('.hb-body [data-p]')) out[el.getAttribute('data-p')] = el.textContent; return out; }`,
  );
  for (const q of quotes) expect(fold(blocks[q.paragraph!] ?? ''), q.text).toContain(fold(q.text));
}

test('the seed page: the view paints, then the analysis arrives and the panel fills in with its 6 quotes', async () => {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(b.server.url(SEED), { waitUntil: 'load' });
  const w = await watch(page);
  await toggleReader(page);
  await waitOpen(page);
  await expect.poll(async () => (await w.arrivals()).length, { timeout: 10_000 }).toBe(1);
  const [arrival] = await w.arrivals();
  const painted = await w.painted();
  // the view was painted (a frame with it) before the analysis came
  expect(painted).not.toBeNull();
  expect(arrival.at).toBeGreaterThan(painted!);
  expect(arrival).toMatchObject({ bodyInert: true, panelState: 'loading' });
  expect(arrival.paragraphs).toBeGreaterThan(5);
  console.log(`seed: the analysis arrived ${(arrival.at - painted!).toFixed(0)} ms after the first frame with the view`);

  await waitPanelFilled(page);
  const filled = await panel(page);
  expect(filled.quotes).toHaveLength(6);
  expect(filled.quotes.map((q) => q.speaker).sort()).toEqual(SEED_SPEAKERS);
  expect(filled.sources).toContain('イズベスチヤ');
  await expectQuotesJumpHome(page, filled.quotes);
  // the article did not move when the panel filled in
  expect(filled.articleLeft).toBe(arrival.articleLeft);
  expect(filled.articleWidth).toBe(arrival.articleWidth);
  await w.done();
  await page.close();
});

test('the seed over three pages: the panel covers each page as it is joined, and every quote jumps to its own page', async () => {
  // page 3 comes late, so the panel can be seen covering pages 1–2 first
  b.server.delay('/e2e/multipage/seed/48213_3.html', 2_000);
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(b.server.url(SEED_PAGES), { waitUntil: 'load' });
    const w = await watch(page);
    await toggleReader(page);
    await waitOpen(page);
    await expect.poll(async () => (await w.arrivals()).length, { timeout: 10_000 }).toBe(1);
    const [arrival] = await w.arrivals();
    expect(arrival.at).toBeGreaterThan((await w.painted())!);
    expect(arrival.panelState).toBe('loading');

    // pages 1–2 joined, page 3 still loading: the quotes of pages 1 and 2
    await expect.poll(async () => (await panel(page)).note, { timeout: 10_000 }).toMatch(/^loading:/);
    await expect.poll(async () => (await panel(page)).quotes.length, { timeout: 10_000 }).toBe(3);
    const two = await panel(page);
    expect(two.note).toMatch(/^loading:/);
    expect(two.quotes.map((q) => q.speaker)).toEqual(['ドミトリー・ノビコフ', 'セルゲイ・リャブコフ', 'イズベスチヤ']);

    // all three pages: the seed's six quotes, each jumping to its block on its own page
    await expect.poll(async () => (await panel(page)).note, { timeout: 15_000 }).toBe('joined:3 pages joined');
    const all = await panel(page);
    expect(all.quotes).toHaveLength(6);
    expect(all.quotes.map((q) => q.speaker).sort()).toEqual(SEED_SPEAKERS);
    await expectQuotesJumpHome(page, all.quotes);
    const onLaterPages = await inView<number>(
      page,
      `function () { return ${JSON.stringify(all.quotes.map((q) => q.paragraph))}.filter((n) => this.querySelector('.hb-joined-page [data-p="' + n + '"]')).length; }`,
    );
    expect(onLaterPages).toBe(5);
    expect(all.articleLeft).toBe(arrival.articleLeft);
    await w.done();
    await page.close();
  } finally {
    b.server.delay('/e2e/multipage/seed/48213_3.html', 0);
  }
});

async function storedRecord(url: string): Promise<{ quotes: { speaker: string | null; paragraph: number }[]; sources: { name: string }[]; pages?: unknown[] }> {
  await expect.poll(async () => (await storedEntries(b)).filter((e) => e.url === url).length, { timeout: 20_000 }).toBe(1);
  const [entry] = (await storedEntries(b)).filter((e) => e.url === url);
  const sw = await b.serviceWorker();
  return sw.evaluate(async (id) => (await chrome.storage.local.get(`lib:a:${id}`))[`lib:a:${id}`], entry.id) as never;
}

test('the view’s Save, pressed at once, stores the sources and quotes (one page and three)', async () => {
  for (const path of [SEED, SEED_PAGES]) {
    const page = await b.context.newPage();
    await page.goto(b.server.url(path), { waitUntil: 'load' });
    await toggleReader(page);
    await waitOpen(page);
    await page.keyboard.press('s');
    await expect.poll(() => inView<string>(page, `function () { return this.querySelector('.hb-save').getAttribute('aria-label'); }`), { timeout: 20_000 }).toBe('Saved');
    const rec = await storedRecord(b.server.url(path));
    expect(rec.quotes.map((q) => q.speaker).sort()).toEqual(SEED_SPEAKERS);
    expect(rec.sources.map((s) => s.name)).toContain('イズベスチヤ');
    expect(rec.pages ?? []).toHaveLength(path === SEED ? 0 : 2);
    await page.close();
  }
});
