/**
 * The extension itself misbehaving, in real Chromium (issue #6, "Faults the tests inject"):
 *  - its service worker is stopped between the page loading and the shortcut, and while a view
 *    is open: the shortcut still works (the command event restarts the worker) and the open
 *    view stays;
 *  - it is reloaded while pages are open: the orphaned content script takes its view away (the
 *    page is given back exactly), throws nothing into the page; the shortcut works again on a
 *    page not reloaded (the new per-page script takes over) and after a page reload.
 * One browser for the file; the reload test goes last (it replaces the service worker).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { toggleReader } from './helpers/reader';
import { honbunText, pageState, watchErrors, type PageState } from './helpers/faults';

const SEED = '/pages/seed-us-russia-talks/';
/** A sentence of the seed's article (its expected.json must_have). */
const SEED_TEXT = '米国とロシアが早ければ10月にも両国関係改善に向けた協議を再開する見通しだと';

/** browser-wide CDP: lists the service worker targets */
let browserCdp: CDPSession;
/** an extension page in a tab: its CDP session can stop the extension's workers, it can reload it */
let extPage: Page;

const session = useExtension({ server: true, developerMode: true });
beforeAll(async () => {
  browserCdp = await session.context.browser()!.newBrowserCDPSession();
  extPage = await session.context.newPage();
  await extPage.goto(`chrome-extension://${session.extensionId}/popup.html`);
});

const viewOpen = (s: PageState) => s.overlay && s.inert;
const pageFree = (s: PageState) => !s.overlay && !s.inert;

async function until<T>(page: Page, fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await page.waitForTimeout(50);
  }
}

/** The extension's running service workers (Playwright keeps stale Worker objects after a stop). */
async function workerTargets(): Promise<string[]> {
  const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`)).map((t) => t.targetId);
}

async function openSeed(): Promise<{ page: Page; url: string }> {
  const page = await session.context.newPage();
  const url = session.server.url(SEED);
  await page.goto(url, { waitUntil: 'load' });
  // The per-page script runs its detection 50 ms after load (content.ts DETECT_DELAY_MS).
  await page.waitForTimeout(300);
  await page.bringToFront();
  return { page, url };
}

/**
 * Stops the extension's service worker: CDP ServiceWorker.stopAllWorkers from a session on one
 * of the extension's own pages (a web page's session only reaches its own origin's workers).
 */
async function stopWorkers(page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(extPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  expect(await until(page, workerTargets, (t) => t.length === 0)).toEqual([]);
}

const outerHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

describe('service worker stopped', () => {
  test('between the page loading and the shortcut: the shortcut still opens the view', async () => {
    const { page } = await openSeed();
    const errors = await watchErrors(page);
    const before = await outerHtml(page);
    await stopWorkers(page);

    const t0 = Date.now();
    await toggleReader(page);
    expect(await until(page, () => pageState(page), viewOpen)).toEqual({ overlay: true, inert: true });
    console.log(`service worker stopped: view open ${Date.now() - t0} ms after the shortcut`);
    expect((await workerTargets()).length).toBe(1);
    expect(await honbunText(page)).toContain(SEED_TEXT);

    // Stopped again while the view is open: the view's port drops, the view must stay.
    await stopWorkers(page);
    // The view's port dropped; it checks the runtime 50, 500 and 2000 ms later, then reconnects.
    await page.waitForTimeout(2600);
    expect(await pageState(page)).toEqual({ overlay: true, inert: true });

    await toggleReader(page);
    expect(await until(page, () => pageState(page), pageFree)).toEqual({ overlay: false, inert: false });
    expect(await outerHtml(page)).toBe(before);
    expect(errors.unexpected()).toEqual([]);
    await errors.stop();
    await page.close();
  });
});

describe('extension reloaded while pages are open', () => {
  test('the open view goes away, the page is given back, nothing is thrown; after a page reload it all works', async () => {
    const idle = await openSeed();
    const withView = await openSeed();
    const errIdle = await watchErrors(idle.page);
    const errView = await watchErrors(withView.page);
    const before = { idle: await outerHtml(idle.page), view: await outerHtml(withView.page) };
    await toggleReader(withView.page);
    expect(await until(withView.page, () => pageState(withView.page), viewOpen)).toEqual({ overlay: true, inert: true });

    // The extension page closes as the extension goes away: the evaluate itself fails.
    await extPage.evaluate(() => chrome.runtime.reload()).catch(() => {});

    const t0 = Date.now();
    expect(await until(withView.page, () => pageState(withView.page), pageFree)).toEqual({ overlay: false, inert: false });
    console.log(`extension reloaded: orphaned view removed after ${Date.now() - t0} ms`);
    expect(await outerHtml(withView.page)).toBe(before.view);
    expect(await outerHtml(idle.page)).toBe(before.idle);

    // A person presses the shortcut seconds later, not in the moment the new copy of the
    // extension loads: wait for its service worker (started for runtime.onInstalled), then a
    // second more. (Pressed right away, the key was lost in 2 of ~12 runs here while the
    // background toggle worked: the command's key is not yet registered again, it seems.)
    expect((await until(idle.page, workerTargets, (t) => t.length > 0)).length).toBeGreaterThan(0);
    await idle.page.waitForTimeout(1000);

    // The shortcut on a page whose script is orphaned, not reloaded: the background injects the
    // new per-page script, which takes over from the dead one, and the view opens.
    await idle.page.bringToFront();
    await toggleReader(idle.page);
    expect(await until(idle.page, () => pageState(idle.page), viewOpen)).toEqual({ overlay: true, inert: true });
    expect(await honbunText(idle.page)).toContain(SEED_TEXT);
    await toggleReader(idle.page);
    expect(await until(idle.page, () => pageState(idle.page), pageFree)).toEqual({ overlay: false, inert: false });
    expect(await outerHtml(idle.page)).toBe(before.idle);

    // Reloaded, the page gets the new extension's script: the shortcut opens the view.
    for (const p of [idle.page, withView.page]) {
      await p.reload({ waitUntil: 'load' });
      await p.bringToFront();
      await toggleReader(p);
      expect(await until(p, () => pageState(p), viewOpen)).toEqual({ overlay: true, inert: true });
      expect(await honbunText(p)).toContain(SEED_TEXT);
      await toggleReader(p);
      expect(await until(p, () => pageState(p), pageFree)).toEqual({ overlay: false, inert: false });
    }
    expect([...errIdle.unexpected(), ...errView.unexpected()]).toEqual([]);
    await errIdle.stop();
    await errView.stop();
  });
});
