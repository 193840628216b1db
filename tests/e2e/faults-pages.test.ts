/**
 * Restricted and odd pages in real Chromium (issue #6, "Faults the tests inject"): a browser
 * page, a PDF, plain text, JSON, XML, a page with an article in a frame, an endless feed,
 * 200,000 elements and 10,000-deep nesting. Each gives a clear message or a working view; none
 * leaves a broken overlay or a console error from Honbun. One browser for the file; a fresh tab
 * per test so one page's trouble cannot leak into the next.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { tabIdOf, toggleReader, waitPanelFilled } from './helpers/reader';
import { backgroundToggle, honbunText, pageState, watchErrors, type ErrorWatch, type PageState } from './helpers/faults';

/** The budget for the "too large" message. */
const TOO_LARGE_BUDGET_MS = 2000;
/** A page whose main thread answers within this is responsive (the machine is shared and slow). */
const RESPONSIVE_MS = 500;

let page: Page;
let extPage: Page;
let errors: ErrorWatch;

const session = useExtension({ server: true });
beforeAll(async () => {
  extPage = await session.context.newPage();
});
afterEach(async () => {
  const unexpected = errors.unexpected();
  await errors.stop();
  await page.close().catch(() => {});
  expect(unexpected).toEqual([]);
});

/** A fresh tab, in front (the command goes to the active tab), with its errors watched. */
async function open(path: string): Promise<string> {
  page = await session.context.newPage();
  errors = await watchErrors(page);
  const url = path.includes('://') ? path : session.server.url(path);
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  return url;
}

const outerHtml = () => page.evaluate(() => document.documentElement.outerHTML);

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await page.waitForTimeout(30);
  }
}

const viewOpen = (s: PageState) => s.overlay && s.inert;
const pageFree = (s: PageState) => !s.overlay && !s.inert;

async function pingMs(): Promise<number> {
  const t = Date.now();
  await page.evaluate(() => 1);
  return Date.now() - t;
}

/**
 * Waits out the page's own first layout of its huge DOM (seconds here), so the timings that
 * follow measure Honbun, not Chromium laying out the test page.
 */
async function settleLayout(label: string): Promise<void> {
  const settle = Date.now();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  console.log(`${label}: the page's own layout took ${Date.now() - settle} ms`);
}

/** Second press closes the view; the page is given back exactly. */
async function closeAndCompare(before: string): Promise<void> {
  await toggleReader(page);
  expect(await until(() => pageState(page), pageFree)).toEqual({ overlay: false, inert: false });
  expect(await outerHtml()).toBe(before);
}

test('the error watcher sees an exception thrown in the extension\'s isolated world', async () => {
  const url = await open('/e2e/not-article.html');
  const sw = await session.serviceWorker();
  await sw.evaluate(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          setTimeout(() => {
            throw new Error('probe from the isolated world');
          }, 0);
        },
      }),
    await tabIdOf(sw, url),
  );
  // the probe's error reaches Playwright asynchronously; under load it took over 3 s once
  await until(
    async () => errors.unexpected().length,
    (n) => n > 0,
  );
  expect(errors.unexpected().join('\n')).toContain('Uncaught Error: probe from the isolated world');
  errors.all.length = 0;
});

describe('where Honbun cannot run', () => {
  test('chrome://version: the shortcut changes nothing, the popup gets no-url (the browser hides the URL)', async () => {
    const url = await open('chrome://version/');
    const before = await outerHtml();
    await toggleReader(page);
    await page.waitForTimeout(600);
    expect(page.url()).toBe(url);
    expect(await outerHtml()).toBe(before);
    // The extension has no host permission for chrome:// pages, so their tab's url is hidden: the active tab.
    const tabId = await (await session.serviceWorker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
    expect(await backgroundToggle(session, extPage, tabId)).toEqual({ ok: false, error: 'no-url' });
    expect(await outerHtml()).toBe(before);
  });

  test('a PDF (application/pdf): the shortcut changes nothing, the popup gets pdf', async () => {
    const url = await open('/e2e/sample.pdf');
    expect(await page.evaluate(() => document.contentType)).toBe('application/pdf');
    const before = await outerHtml();
    await toggleReader(page);
    await page.waitForTimeout(600);
    expect(await pageState(page)).toEqual({ overlay: false, inert: false });
    expect(await outerHtml()).toBe(before);
    expect(await backgroundToggle(session, extPage, await tabIdOf(await session.serviceWorker(), url))).toEqual({ ok: false, error: 'pdf' });
  });
});

describe('documents that are not HTML pages: the view opens with their text and a notice', () => {
  test.each([
    ['/e2e/plain.txt', 'text/plain', 'This is a plain text document served as text/plain.'],
    ['/e2e/data.json', 'application/json', '"title":"A JSON document"'],
    ['/e2e/feed.xml', 'xml', 'An XML document is not a web page.'],
  ])('%s', async (path, type, text) => {
    await open(path);
    expect(await page.evaluate(() => document.contentType)).toContain(type);
    const before = await outerHtml();
    await toggleReader(page);
    expect(await until(() => pageState(page), viewOpen)).toEqual({ overlay: true, inert: true });
    const shown = (await honbunText(page)) ?? '';
    expect(shown).toContain(text);
    expect(shown).toContain('This page may not be an article');
    await closeAndCompare(before);
  });
});

describe('odd pages', () => {
  test('an article page with another article in a frame: top frame only', async () => {
    const url = await open('/e2e/frame-outer.html');
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeTruthy();
    await frame!.waitForLoadState('load');
    // The content scripts' isolated world, asked in every frame: the per-page script is in the top one only.
    const sw = await session.serviceWorker();
    const tabId = await tabIdOf(sw, url);
    const loaded = await sw.evaluate(
      async (id) =>
        (await chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, func: () => !!(globalThis as unknown as Record<symbol, unknown>)[Symbol.for('honbun.content')] })).map(
          (r) => [r.frameId === 0, r.result],
        ),
      tabId,
    );
    expect(loaded.sort()).toEqual([
      [false, false],
      [true, true],
    ]);
    const frameBefore = await frame!.evaluate(() => document.documentElement.outerHTML);
    const before = await outerHtml();

    await toggleReader(page);
    expect(await until(() => pageState(page), viewOpen)).toEqual({ overlay: true, inert: true });
    expect(await honbunText(page)).toContain('The outer page has its own article text');
    expect(await frame!.evaluate(() => document.documentElement.outerHTML)).toBe(frameBefore);
    await closeAndCompare(before);
    expect(await frame!.evaluate(() => document.documentElement.outerHTML)).toBe(frameBefore);
  });

  test('a feed that appends nodes forever: the view shows one snapshot and the page stays responsive', async () => {
    await open('/e2e/infinite-scroll.html');
    const count = () => page.evaluate(() => document.getElementById('feed')!.childElementCount);
    await toggleReader(page);
    expect(await until(() => pageState(page), viewOpen)).toEqual({ overlay: true, inert: true });
    // the panel fills in after the paint (the analysis is its own bundle): snapshot after that
    await waitPanelFilled(page);
    const first = await honbunText(page);
    expect(first).toContain('This is the first paragraph of a real article.');
    const n0 = await count();
    await page.waitForTimeout(500);
    expect(await count()).toBeGreaterThan(n0);
    expect(await honbunText(page)).toBe(first);
    expect(await pingMs()).toBeLessThan(RESPONSIVE_MS);
    await toggleReader(page);
    expect(await until(() => pageState(page), pageFree)).toEqual({ overlay: false, inert: false });
  });

  test('200,000 elements: a "too large" notice within 2 s, the page stays usable', async () => {
    await open('/e2e/huge.html');
    await page.waitForFunction(() => (window as unknown as { built?: boolean }).built === true);
    const before = await outerHtml();
    await settleLayout('200,000 elements');
    const t0 = Date.now();
    await toggleReader(page);
    await until(() => pageState(page), (s) => s.overlay, TOO_LARGE_BUDGET_MS + 3000);
    const elapsed = Date.now() - t0;
    const shown = await honbunText(page);
    const ping = await pingMs();
    const readTasks = () => page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
    // The observer works: the page's own build of 200,000 elements was one long task. Its entries
    // reach the page's callback when the browser gets round to it: on a loaded machine that was
    // once after this line ran (CI saw an empty list), so wait for it rather than read at once.
    await expect.poll(async () => (await readTasks()).length, { timeout: 5000 }).toBeGreaterThan(0);
    const tasks = await readTasks();
    const since = await page.evaluate((ms) => performance.now() - ms, Date.now() - t0);
    const longest = Math.max(0, ...tasks.filter((e) => e.start >= since).map((e) => e.duration));
    console.log(`200,000 elements: notice after ${elapsed} ms, ping ${ping} ms, longest task after the shortcut ${Math.round(longest)} ms`);
    expect(shown).toContain('too large');
    expect(elapsed).toBeLessThan(TOO_LARGE_BUDGET_MS);
    expect(ping).toBeLessThan(RESPONSIVE_MS);
    // Non-modal: the page is not inert and keeps taking input.
    expect(await pageState(page)).toEqual({ overlay: true, inert: false });
    // The shortcut again takes the notice away and leaves the page exactly as it was; so does Esc.
    await closeAndCompare(before);
    await toggleReader(page);
    await until(() => pageState(page), (s) => s.overlay);
    await page.keyboard.press('Escape');
    expect(await until(() => pageState(page), pageFree)).toEqual({ overlay: false, inert: false });
    expect(await outerHtml()).toBe(before);
  });

  test('10,000-deep nesting built by script: the view opens with the text, no stack overflow', async () => {
    await open('/e2e/deep-nesting.html');
    await page.waitForFunction(() => (window as unknown as { built?: boolean }).built === true);
    const before = await outerHtml();
    await settleLayout('10,000-deep nesting');
    const t0 = Date.now();
    await toggleReader(page);
    expect(await until(() => pageState(page), viewOpen)).toEqual({ overlay: true, inert: true });
    console.log(`10,000-deep nesting: view open after ${Date.now() - t0} ms`);
    const shown = (await honbunText(page)) ?? '';
    expect(shown).toContain('Deep inside ten thousand boxes');
    expect(shown).toContain('Paragraph 4 of the deeply nested article');
    await closeAndCompare(before);
  });
});
