/**
 * The clean view's bar and keys in real Chromium (issue #14): the first Tab reaches the bar,
 * then the article, then the panel, then the removal summary; Esc, + / -, s, p and ? work; at
 * 400 px the bar stays one row and the panel waits behind its button as a side sheet (issue #10).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { inView, toggleReader, waitClosed, waitOpen, waitPanelFilled } from './helpers/reader';

const SHOTS = 'artifacts/screenshots';
let page: Page;

const session = useExtension({ server: true, lang: 'en' });
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = await session.context.newPage();
});
afterAll(async () => {
  const sw = await session.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.clear());
});

async function openSeed(width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(session.server.url('/pages/seed-us-russia-talks/'), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  await waitPanelFilled(page); // the panel's buttons are Tab stops once the analysis has come
  await page.waitForTimeout(200);
}

/** Where focus is inside the view: the region it belongs to and a short description. */
const FOCUSED = `function () {
  const a = this.activeElement; if (!a) return 'none';
  const region = a.closest('.hb-bar') ? 'bar' : a.closest('article') ? 'article' : a.closest('.hb-panel') ? 'panel' : a.closest('.hb-removed') ? 'summary' : 'other';
  return region + ':' + (a.getAttribute('data-action') || a.tagName.toLowerCase());
}`;

test('Tab order: the bar first, then the article, then the panel, then the removal summary', async () => {
  await openSeed(1280);
  const stops: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await inView<string>(page, FOCUSED);
    stops.push(f);
    if (f.startsWith('summary:')) break;
  }
  expect(stops.slice(0, 6)).toEqual(['bar:close', 'bar:save', 'bar:settings', 'bar:panel', 'bar:vertical', 'bar:help']);
  expect(stops[6]).toBe('article:article');
  const regions = stops.map((s) => s.split(':')[0]);
  const firstPanel = regions.indexOf('panel');
  expect(firstPanel).toBeGreaterThan(6);
  expect(regions.slice(6, firstPanel).every((r) => r === 'article')).toBe(true);
  expect(regions.at(-1)).toBe('summary');
  expect(regions.slice(firstPanel, -1).every((r) => r === 'panel')).toBe(true);
  await toggleReader(page);
  await waitClosed(page);
});

test('keys: + and - change the size, p the panel, ? the help, s saves, Esc closes the help and then the view', async () => {
  await openSeed(1280);
  const size = () => inView<string>(page, `function () { return this.querySelector('.hb-root').style.getPropertyValue('--hb-size'); }`);
  await page.keyboard.press('+');
  expect(await size()).toBe('20px');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  expect(await size()).toBe('18px');
  await page.keyboard.press('=');
  const panelOpen = () => inView<boolean>(page, `function () { return this.querySelector('.hb-root').hasAttribute('data-panel-open'); }`);
  expect(await panelOpen()).toBe(true);
  await page.keyboard.press('p');
  expect(await panelOpen()).toBe(false);
  await page.keyboard.press('p');
  expect(await panelOpen()).toBe(true);
  await page.keyboard.press('?');
  const help = await inView<string>(page, `function () { return this.querySelector('#hb-pop-help')?.textContent ?? ''; }`);
  expect(help).toContain('Esc');
  expect(help).toContain('Save to your library');
  await page.keyboard.press('Escape');
  expect(await inView<boolean>(page, `function () { return !!this.querySelector('#hb-pop-help'); }`)).toBe(false);
  // s saves: the button says Saved, and the library holds the article
  await page.keyboard.press('s');
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50; i++) {
    if ((await inView<string>(page, `function () { return this.querySelector('[data-action="save"]').getAttribute('aria-label'); }`)) === 'Saved') break;
    await page.waitForTimeout(100);
  }
  expect(await inView<string>(page, `function () { return this.querySelector('[data-action="save"]').getAttribute('aria-label'); }`)).toBe('Saved');
  await page.keyboard.press('Escape');
  await waitClosed(page);
});

test('at 400 px: the bar is one row of buttons, the panel opens as a side sheet over the article', async () => {
  await openSeed(400);
  const bar = await inView<{ h: number; tops: number[]; rights: number[] }>(
    page,
    `function () { const b = this.querySelector('.hb-bar'); const btns = Array.from(b.querySelectorAll('button'));
       return { h: b.getBoundingClientRect().height, tops: btns.map((x) => Math.round(x.getBoundingClientRect().top)), rights: btns.map((x) => x.getBoundingClientRect().right) }; }`,
  );
  expect(bar.h).toBeLessThanOrEqual(49);
  expect(new Set(bar.tops).size).toBe(1);
  expect(Math.max(...bar.rights)).toBeLessThanOrEqual(400);
  const mode = () => inView<{ mode: string | null; hidden: boolean; right: number; width: number }>(
    page,
    `function () { const a = this.querySelector('.hb-panel'); const r = a.getBoundingClientRect();
       return { mode: this.querySelector('.hb-root').getAttribute('data-panel'), hidden: a.hidden, right: r.right, width: r.width }; }`,
  );
  expect(await mode()).toMatchObject({ mode: 'sheet', hidden: true });
  await page.screenshot({ path: `${SHOTS}/reader-400.png` });
  await page.keyboard.press('p');
  const sheet = await mode();
  expect(sheet).toMatchObject({ mode: 'sheet', hidden: false });
  expect(Math.round(sheet.right)).toBe(400);
  expect(await inView<string>(page, `function () { return this.activeElement?.className ?? ''; }`)).toContain('hb-sheet-close');
  await page.screenshot({ path: `${SHOTS}/reader-400-panel.png` });
  await page.keyboard.press('Escape'); // closes the sheet, not the view
  expect(await mode()).toMatchObject({ hidden: true });
  expect(await inView<string>(page, `function () { return this.activeElement?.getAttribute('data-action') ?? ''; }`)).toBe('panel');
  // the Aa popover fits the narrow window
  await page.keyboard.press('a');
  const pop = await inView<{ left: number; right: number }>(page, `function () { const r = this.querySelector('#hb-pop-settings').getBoundingClientRect(); return { left: r.left, right: r.right }; }`);
  expect(pop.left).toBeGreaterThanOrEqual(0);
  expect(pop.right).toBeLessThanOrEqual(400);
  await page.screenshot({ path: `${SHOTS}/reader-400-settings.png` });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await waitClosed(page);
});
