/**
 * The clean view's time budget in real Chromium (issue #12, F2): a page whose pipeline takes
 * long gets a "preparing…" notice first, then the view; with the CPU slowed (CDP
 * Emulation.setCPUThrottlingRate) past the 5-second budget it gets an "article too complex"
 * notice instead of the view, and the page is usable again. The page records what is added to
 * and removed from <html> (tests/e2e/pages/complex-article.html): Honbun's notices and view are
 * <div> hosts there.
 */
import { afterEach, beforeAll, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { honbunText } from './helpers/faults';
import { inView, toggleReader, waitClosed } from './helpers/reader';

type Hosts = ({ added: number } | { removed: number })[];
let page: Page;
/** Throttling lasts as long as the CDP session that set it. */
let throttle: CDPSession | null = null;

const session = useExtension({ server: true, lang: 'en' });
beforeAll(async () => {
  page = await session.context.newPage();
});
afterEach(async () => {
  await throttle?.detach().catch(() => {});
  throttle = null;
});

async function load(rate: number): Promise<void> {
  await page.goto(session.server.url('/e2e/complex-article.html'), { waitUntil: 'load' });
  await page.waitForTimeout(500); // the per-page detector runs after load
  throttle = await page.context().newCDPSession(page);
  await throttle.send('Emulation.setCPUThrottlingRate', { rate });
}
const hosts = () => page.evaluate(() => (window as unknown as { __hosts: Hosts }).__hosts);

test('a long pipeline shows a progress notice first, then the view', async () => {
  await load(2);
  await toggleReader(page);
  await page.waitForFunction(() => document.body.hasAttribute('inert'), null, { timeout: 60_000, polling: 100 });
  const h = await hosts();
  // the notice came and went before the view's host
  expect(h.map((x) => ('added' in x ? 'added' : 'removed'))).toEqual(['added', 'removed', 'added']);
  expect(await inView<number>(page, `function () { return this.querySelectorAll('.hb-body p').length; }`)).toBeGreaterThan(10);
  await toggleReader(page);
  await waitClosed(page);
});

test('past the 5-second budget: an "article too complex" notice instead of the view, the page usable', async () => {
  await load(25);
  const start = Date.now();
  await toggleReader(page);
  await page.waitForFunction(() => (window as unknown as { __hosts: Hosts }).__hosts.filter((x) => 'added' in x).length >= 2 || document.body.hasAttribute('inert'), null, {
    timeout: 90_000,
    polling: 200,
  });
  console.log(`CPU slowed 25×: the notice after ${Date.now() - start} ms`);
  expect(await page.evaluate(() => document.body.hasAttribute('inert'))).toBe(false);
  expect(await honbunText(page)).toContain('too complex to show in the clean view');
  await throttle?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // the page answers, and the shortcut takes the notice away
  const t = Date.now();
  await page.evaluate(() => 1);
  expect(Date.now() - t).toBeLessThan(1000);
  await toggleReader(page);
  await page.waitForFunction(() => document.documentElement.lastElementChild?.tagName === 'BODY');
});
