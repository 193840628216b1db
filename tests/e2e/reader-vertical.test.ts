/**
 * Vertical writing (縦書き) in real Chromium (issue #14), the browser in English: the view opens
 * at the start (the right edge), the mouse wheel and the keys move the columns as Japanese
 * e-book readers do, half-width !? and “ ” are set upright and vertical, the date line is
 * Japanese with upright digits, figures fit the column height, the window's height is filled,
 * and the sources panel waits behind its button.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { clickInView, inView, toggleReader, waitClosed, waitOpen } from './helpers/reader';

const SHOTS = 'artifacts/screenshots';
let page: Page;

const session = useExtension({ server: true, lang: 'en', env: { TZ: 'Asia/Tokyo' } });
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(session.server.url('/e2e/vertical-article.html'), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  await page.keyboard.press('v');
  await page.waitForFunction(() => true);
  await page.waitForTimeout(300);
});
afterAll(async () => {
  const sw = await session.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.remove('reader.settings'));
});

const scroll = () => inView<{ left: number; max: number; width: number }>(page, `function () { const p = this.querySelector('.hb-page'); return { left: p.scrollLeft, max: p.scrollWidth - p.clientWidth, width: p.clientWidth }; }`);
async function settle(): Promise<void> {
  await page.waitForTimeout(700); // smooth scrolling
}

test('it opens at the start: the right edge, the headline in the first column', async () => {
  const s = await scroll();
  expect(s.left).toBe(0);
  expect(s.max).toBeGreaterThan(s.width); // more than two screens of columns
  const h1 = await inView<{ right: number; mode: string }>(page, `function () { const r = this.querySelector('h1').getBoundingClientRect(); return { right: r.right, mode: getComputedStyle(this.querySelector('.hb-page')).writingMode }; }`);
  expect(h1.mode).toBe('vertical-rl');
  expect(h1.right).toBeGreaterThan(1000 - 200);
  await page.screenshot({ path: `${SHOTS}/reader-vertical.png` });
});

test('the mouse wheel scrolls the columns sideways: down moves on (leftwards), up comes back', async () => {
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(300);
  const after = await scroll();
  expect(after.left).toBeLessThanOrEqual(-250);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  expect((await scroll()).left).toBeGreaterThan(-50);
});

test('PageDown/PageUp, arrows, Space, Home and End move as in a Japanese e-book reader', async () => {
  await page.keyboard.press('PageDown');
  await settle();
  const one = await scroll();
  expect(one.left).toBeLessThan(-one.width * 0.8);
  await page.keyboard.press('PageUp');
  await settle();
  expect(Math.round((await scroll()).left)).toBe(0);
  await page.keyboard.press('ArrowLeft');
  await settle();
  const arrow = (await scroll()).left;
  expect(arrow).toBeLessThan(-40);
  expect(arrow).toBeGreaterThan(-one.width / 2);
  await page.keyboard.press('ArrowRight');
  await settle();
  expect(Math.round((await scroll()).left)).toBe(0);
  await page.keyboard.press('End');
  await settle();
  const end = await scroll();
  expect(Math.abs(-end.left - end.max)).toBeLessThanOrEqual(2);
  await page.keyboard.press('Home');
  await settle();
  expect(Math.round((await scroll()).left)).toBe(0);
  await page.keyboard.press(' ');
  await settle();
  expect((await scroll()).left).toBeLessThan(-one.width * 0.8);
  await page.keyboard.press('Home');
  await settle();
});

test('typesetting: upright !, vertical quotation marks, the date line in Japanese with upright digits, figures fit the column', async () => {
  const t = await inView<{ title: string; upright: string[]; combine: string; date: string; orient: string; img: { h: number; col: number }; pageH: number }>(
    page,
    `function () {
      const h1 = this.querySelector('h1'); const tcy = Array.from(h1.querySelectorAll('.tcy'));
      const time = this.querySelector('time'); const img = this.querySelector('.hb-body img'); const page = this.querySelector('.hb-page');
      const cs = getComputedStyle(page);
      return { title: h1.textContent, upright: tcy.map((s) => s.textContent), combine: tcy[0] ? getComputedStyle(tcy[0]).textCombineUpright : '',
        date: time.textContent, orient: getComputedStyle(time).textOrientation,
        img: { h: img.getBoundingClientRect().height, col: page.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) },
        pageH: page.getBoundingClientRect().height };
    }`,
  );
  expect(t.title).toContain('〝50年に一度〟');
  expect(t.upright).toEqual(expect.arrayContaining(['!', '50']));
  expect(t.combine).toBe('all');
  expect(t.date).toBe('2025年10月2日 9時5分'); // Japanese, not the English UI's format; Tokyo, so no zone named
  expect(t.orient).toBe('upright');
  expect(t.img.h).toBeLessThanOrEqual(t.img.col + 1);
  expect(t.img.h).toBeGreaterThan(t.img.col * 0.8);
  expect(t.pageH).toBeGreaterThan(900 - 60); // the window's height, less the bar
  const body = await inView<string>(page, `function () { return Array.from(this.querySelectorAll('.hb-body .tcy'), (s) => s.textContent).join(' '); }`);
  expect(body).toContain('!?');
});

test('the removed summary and the panel stay out of the columns; the view closes as usual', async () => {
  const r = await inView<{ panel: string | null }>(page, `function () { const r = this.querySelector('.hb-root'); return { panel: r.getAttribute('data-panel') }; }`);
  // this page cites nobody: no panel; where there is one it is a sheet (see reader-keyboard.test.ts)
  expect([null, 'sheet']).toContain(r.panel);
  await clickInView(page, '[data-action="vertical"]');
  expect(await inView<string>(page, `function () { return getComputedStyle(this.querySelector('.hb-page')).writingMode; }`)).toBe('horizontal-tb');
  await toggleReader(page);
  await waitClosed(page);
});
