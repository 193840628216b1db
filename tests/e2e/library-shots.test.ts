/**
 * Screenshots of the popup and the library page for the README (issue #14), in real Chromium
 * with ten saved articles: the popup light and dark in English and Japanese (and with a row's
 * menu open), the library page light and dark, at 400 px wide, and a saved article's bar in
 * dark. Written to artifacts/screenshots/popup/ (and to $POPUP_SHOTS_DIR when set; the README's
 * three to docs/screenshots/ with UPDATE_SCREENSHOTS=1). Before each
 * shot the layout is checked the way a reader would notice: nothing wider than the window,
 * long titles clamped to two lines with an ellipsis instead of overflowing, the footer in view.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchSession, useExtension, type ExtensionSession } from './helpers/extension';
import { extensionPage } from './helpers/popup';
import { tabIdOf } from './helpers/reader';
import { SEED_ARTICLES, seedLibrary } from './helpers/library-seed';

const OUT = 'artifacts/screenshots/popup';
/** The ones the README shows, rewritten in docs/screenshots/ with UPDATE_SCREENSHOTS=1. */
const README_SHOTS = new Set(['popup-light-en', 'popup-dark-ja', 'library-light-en']);
const en = useExtension({ server: true, lang: 'en' });

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOTS && README_SHOTS.has(name)) copyFileSync(path, join('docs/screenshots', `${name}.png`));
  if (process.env.POPUP_SHOTS_DIR) {
    mkdirSync(process.env.POPUP_SHOTS_DIR, { recursive: true });
    copyFileSync(path, join(process.env.POPUP_SHOTS_DIR, `${name}.png`));
  }
}

/** What a demanding reader would notice first: sideways scrolling, text spilling out of its box. */
async function checkLayout(page: Page): Promise<void> {
  const r = await page.evaluate(() => {
    const doc = document.documentElement;
    const spill = Array.from(document.querySelectorAll<HTMLElement>('.lib-title, .lib-excerpt, .lib-meta, .popup-page-title, .lib-search, .lib-filters, .popup-footer, .lib-header'))
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5)
      .map((el) => el.className);
    // the longest title (a Japanese one of 60 characters) is clamped to two lines, not cut off mid-air
    const titles = Array.from(document.querySelectorAll<HTMLElement>('.lib-title'));
    const longest = titles.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
    const lh = longest ? parseFloat(getComputedStyle(longest).lineHeight) : 0;
    return { sideways: doc.scrollWidth > doc.clientWidth, spill, longestLines: longest ? Math.round(longest.clientHeight / lh) : 0 };
  });
  expect(r.sideways).toBe(false);
  expect(r.spill).toEqual([]);
  expect(r.longestLines).toBeGreaterThanOrEqual(1);
  expect(r.longestLines).toBeLessThanOrEqual(2);
}

async function seeded(s: ExtensionSession): Promise<string> {
  const page = await extensionPage(s.context, s.extensionId, 'library.html');
  await seedLibrary(page);
  await page.close();
  const tab = await s.context.newPage();
  await tab.goto(s.server.url('/pages/parser-yomiuri/'));
  return `popup.html?tabId=${await tabIdOf(await s.serviceWorker(), tab.url())}`;
}

async function popupShots(s: ExtensionSession, lang: string, popupUrl: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${s.extensionId}/${popupUrl}`);
    await page.locator('.lib-row').nth(SEED_ARTICLES.length - 1).waitFor();
    await page.locator('.popup-shortcut kbd').first().waitFor();
    await page.locator('.popup-state').filter({ hasText: /\S/ }).waitFor();
    await page.waitForTimeout(200);
    await checkLayout(page);
    const footer = await page.locator('.popup-footer').boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(600);
    await shot(page, `popup-${scheme}-${lang}`);
    if (scheme === 'light' && lang === 'en') {
      await page.locator('.lib-menu-button').nth(2).click();
      await page.getByRole('menu').waitFor();
      await shot(page, 'popup-row-menu-light-en');
    }
    await page.close();
  }
}

async function libraryShot(s: ExtensionSession, name: string, scheme: 'light' | 'dark', width: number, height: number): Promise<void> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${s.extensionId}/library.html`);
  await page.locator('.lib-row').nth(SEED_ARTICLES.length - 1).waitFor();
  await page.locator('.lib-usage').waitFor();
  await page.waitForTimeout(200);
  await checkLayout(page);
  await shot(page, name);
  await page.close();
}

test('English: popup light / dark / row menu, library page light / dark / 400 px, a saved article in dark', async () => {
  const popupUrl = await seeded(en);
  await popupShots(en, 'en', popupUrl);
  await libraryShot(en, 'library-light-en', 'light', 1280, 900);
  await libraryShot(en, 'library-dark-en', 'dark', 1280, 900);
  await libraryShot(en, 'library-narrow-400-en', 'light', 400, 800);
  await libraryShot(en, 'library-narrow-400-dark-en', 'dark', 400, 800);

  const page = await en.context.newPage();
  await page.setViewportSize({ width: 1000, height: 560 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`chrome-extension://${en.extensionId}/library.html`);
  await page.locator('.lib-row').first().waitFor();
  const opened = en.context.waitForEvent('page', { predicate: (p) => p.url().includes('/article.html') });
  await page.locator('.lib-title').last().click();
  const article = await opened;
  await article.setViewportSize({ width: 1000, height: 560 });
  await article.emulateMedia({ colorScheme: 'dark' });
  await article.locator('.hb-article h1').waitFor();
  await article.waitForTimeout(300);
  await shot(article, 'article-dark-en');
  await article.close();
  await page.close();
});

test('Japanese: popup light / dark, library page light and 400 px', async () => {
  const ja = await launchSession({ server: true, lang: 'ja' });
  try {
    const popupUrl = await seeded(ja);
    await popupShots(ja, 'ja', popupUrl);
    await libraryShot(ja, 'library-light-ja', 'light', 1280, 900);
    await libraryShot(ja, 'library-narrow-400-ja', 'light', 400, 800);
  } finally {
    await ja.close();
  }
});
