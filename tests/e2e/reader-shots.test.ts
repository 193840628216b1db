/**
 * Screenshots of the clean view for the README, in real Chromium with the built extension: the
 * seed page in the Japanese UI (light, dark, vertical writing, 400 px wide) and an English
 * article in the English UI. Written to artifacts/screenshots/reader/ (and to docs/screenshots/
 * with UPDATE_SCREENSHOTS=1). Before each shot the view is checked the way a reader would notice
 * first: nothing wider than the window, the bar on one row, the sources panel filled (not its
 * loading line), the article's text in view.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, type ExtensionSession } from './helpers/extension';
import { clickInView, inView, toggleReader, waitClosed, waitOpen, waitPanelFilled } from './helpers/reader';

const OUT = 'artifacts/screenshots/reader';
const README_DIR = 'docs/screenshots';
const ja = useExtension({ server: true, lang: 'ja', env: { TZ: 'Asia/Tokyo' } });
const en = useExtension({ server: true, lang: 'en', env: { TZ: 'Asia/Tokyo' } });

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(README_DIR, { recursive: true });
    copyFileSync(path, join(README_DIR, `${name}.png`));
  }
}

interface Layout {
  sideways: boolean;
  barRows: number;
  spill: string[];
  paragraphsInView: number;
}

/** Sideways scrolling, a bar that wrapped, boxes spilling out of the window, no text in view. */
const LAYOUT = `function () {
  const w = window.innerWidth, h = window.innerHeight;
  const page = this.querySelector('.hb-page');
  const vertical = getComputedStyle(page).writingMode.startsWith('vertical');
  const buttons = Array.from(this.querySelectorAll('.hb-bar button')).filter((b) => b.getClientRects().length);
  const rows = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top / 8)));
  const spill = vertical ? [] : Array.from(this.querySelectorAll('.hb-bar, .hb-body p, .hb-body figure, h1, aside'))
    .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > w + 0.5)
    .map((el) => el.className || el.tagName);
  const shown = Array.from(this.querySelectorAll('.hb-body p')).filter((p) => {
    const r = p.getBoundingClientRect();
    return r.width && r.height && r.bottom > 0 && r.top < h && r.right > 0 && r.left < w;
  });
  return { sideways: !vertical && page.scrollWidth > page.clientWidth + 1, barRows: rows.size, spill, paragraphsInView: shown.length };
}`;

async function checkLayout(page: Page): Promise<void> {
  const r = await inView<Layout>(page, LAYOUT);
  expect(r.sideways).toBe(false);
  expect(r.barRows).toBe(1);
  expect(r.spill).toEqual([]);
  expect(r.paragraphsInView).toBeGreaterThan(0);
}

async function open(s: ExtensionSession, path: string, width: number, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(s.server.url(path), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  await waitPanelFilled(page);
  await page.waitForTimeout(300); // web fonts and the panel's last layout
  return page;
}

test('Japanese UI, the seed page: light, dark, vertical writing and 400 px', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await open(ja, '/pages/seed-us-russia-talks/', 1280, scheme);
    // the panel sits beside the article at this width, its quotes listed
    expect(await inView<string | null>(page, `function () { return this.querySelector('.hb-root').getAttribute('data-panel'); }`)).not.toBe('sheet');
    expect(await inView<number>(page, `function () { return this.querySelectorAll('aside .hb-sp li').length; }`)).toBeGreaterThan(5);
    await checkLayout(page);
    await shot(page, `reader-${scheme}-ja`);
    if (scheme === 'light') {
      await clickInView(page, '[data-action="vertical"]');
      await expect.poll(() => inView<string>(page, `function () { return getComputedStyle(this.querySelector('.hb-page')).writingMode; }`)).toBe('vertical-rl');
      await page.waitForTimeout(300);
      await checkLayout(page);
      await shot(page, 'reader-vertical-ja');
      await clickInView(page, '[data-action="vertical"]');
    }
    await toggleReader(page);
    await waitClosed(page);
    await page.close();
  }
  const narrow = await open(ja, '/pages/seed-us-russia-talks/', 400, 'light');
  await checkLayout(narrow);
  await shot(narrow, 'reader-narrow-400-ja');
  await narrow.close();
});

test('English UI, an English article (The Japan Times)', async () => {
  const page = await open(en, '/pages/trafilatura-japantimes/', 1280, 'light');
  await checkLayout(page);
  await shot(page, 'reader-light-en');
  await page.close();
});
