/**
 * The popup and the library page (issue #14, "Popup and library page") in real Chromium: the
 * article count's plural, one action menu per row driven by the real keyboard, sorting by the
 * date published and the read / site filters with excerpts, light and dark following the
 * browser (prefers-color-scheme, emulated), the styled import button still importing through
 * its file input, the footer's shortcut as the browser assigned it, and exactly one button named
 * Save… through every state of a save.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { extensionPage, openPopup } from './helpers/popup';
import { tabIdOf } from './helpers/reader';
import { SEED_ARTICLES, seedLibrary, seedPayload, seedText } from './helpers/library-seed';
import { excerptOf } from '../../utils/library/excerpt';

const b = useExtension({ server: true, cdp: true });

async function clearLibrary(): Promise<void> {
  const sw = await b.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.clear());
}

async function libraryPage(): Promise<Page> {
  const page = await extensionPage(b.context, b.extensionId, 'library.html');
  await page.locator('.lib-browser').waitFor();
  return page;
}

const titles = (page: Page) => page.locator('.lib-list a.lib-title').allTextContents();
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(), name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '' };
  });

test('the count says "1 article", then "2 articles", in the popup and on the library page', async () => {
  await clearLibrary();
  const page = await libraryPage();
  await seedLibrary(page, SEED_ARTICLES.slice(0, 1));
  await expect.poll(() => page.locator('.lib-usage').textContent()).toMatch(/^Library: 1 article · storage used: /);

  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-yomiuri/'));
  const popup = await openPopup(b, tab);
  await expect.poll(() => popup.locator('.lib-usage').textContent()).toMatch(/^Library: 1 article · storage used: /);
  await popup.close();

  await seedLibrary(page, SEED_ARTICLES.slice(1, 2));
  // the page follows the library live
  await expect.poll(() => page.locator('.lib-usage').textContent()).toMatch(/^Library: 2 articles · /);
  await page.getByRole('searchbox').fill('Ocean heat');
  await expect.poll(() => page.locator('.lib-count').textContent()).toBe('1 of 2 articles');
  await page.close();
  await tab.close();
});

test('one menu per row, by keyboard: Enter / Space / ↑ open it, arrows move, Esc closes and focus returns', async () => {
  await clearLibrary();
  const page = await libraryPage();
  const seeded = SEED_ARTICLES.slice(0, 3).map((a) => ({ ...a, read: false }));
  await seedLibrary(page, seeded);
  await expect.poll(() => page.locator('.lib-row').count()).toBe(3);
  const newest = seeded[2].title;
  const row = page.locator('.lib-row').first();
  // no row carries a wall of buttons any more: one, the menu button
  for (const r of await page.locator('.lib-row').all()) expect(await r.getByRole('button').count()).toBe(1);

  await page.locator('a.lib-title').first().focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ role: 'button', name: `More actions for “${newest}”` });
  const button = row.getByRole('button', { name: `More actions for “${newest}”` });
  expect(await button.getAttribute('aria-haspopup')).toBe('menu');

  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Mark read', 'Open original page', 'Export as Markdown', 'Export as HTML', 'Delete']);
  expect(await focused(page)).toEqual({ role: 'menuitem', name: 'Mark read' });
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).name).toBe('Open original page');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect((await focused(page)).name).toBe('Delete'); // wraps
  await page.keyboard.press('Home');
  expect((await focused(page)).name).toBe('Mark read');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  expect(await focused(page)).toEqual({ role: 'button', name: `More actions for “${newest}”` });
  expect(await button.getAttribute('aria-expanded')).toBe('false');

  // Space opens, Enter on an item acts and gives focus back
  await page.keyboard.press('Space');
  await menu.waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => row.getAttribute('class')).toContain('read');
  expect((await focused(page)).name).toBe(`More actions for “${newest}”`);
  await page.keyboard.press('Enter');
  expect(await menu.getByRole('menuitem').first().textContent()).toBe('Mark unread');
  // Tab closes it and moves on
  await page.keyboard.press('Tab');
  await menu.waitFor({ state: 'detached' });

  // ↑ opens on the last item: Delete; the row goes, focus lands on the title now in its place
  await button.focus();
  await page.keyboard.press('ArrowUp');
  expect((await focused(page)).name).toBe('Delete');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.lib-row').count()).toBe(2);
  await expect.poll(async () => (await focused(page)).name).toBe(seeded[1].title);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.locator('.lib-row').count()).toBe(3);

  // a click outside closes it; the menu opens upwards where the window has no room below
  await page.setViewportSize({ width: 1000, height: 420 });
  const last = page.locator('.lib-row').last().locator('.lib-menu-button');
  await last.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await last.click();
  const list = page.locator('.lib-menu-list');
  await list.waitFor();
  const [menuBox, buttonBox] = [await list.boundingBox(), await last.boundingBox()];
  const vh = 420;
  expect(menuBox!.y + menuBox!.height).toBeLessThanOrEqual(vh);
  if (buttonBox!.y + buttonBox!.height + menuBox!.height > vh) expect(menuBox!.y).toBeLessThan(buttonBox!.y);
  await page.mouse.click(5, 5);
  await list.waitFor({ state: 'detached' });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.close();
});

test('sort by date saved or published; filters for unread / read and by site; excerpts', async () => {
  await clearLibrary();
  const page = await libraryPage();
  await seedLibrary(page);
  await expect.poll(() => page.locator('.lib-row').count()).toBe(SEED_ARTICLES.length);
  // newest saved first
  expect(await titles(page)).toEqual(SEED_ARTICLES.map((a) => a.title).reverse());
  // each row shows the start of its text
  const first = SEED_ARTICLES[SEED_ARTICLES.length - 1];
  const excerpt = await page.locator('.lib-row').first().locator('.lib-excerpt').textContent();
  expect(excerpt).toBe(excerptOf(seedText(first), first.lang));
  // the start of its first paragraph, cut at a sentence or word
  expect(first.text.startsWith(excerpt!.replace(/…$/, ''))).toBe(true);
  expect(excerpt!.length).toBeGreaterThan(80);
  await expect.poll(() => page.locator('.lib-excerpt').count()).toBe(SEED_ARTICLES.length);

  await page.getByLabel('Sort by').selectOption({ label: 'Date published' });
  const byPublished = [...SEED_ARTICLES]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const px = x.a.published ? Date.parse(x.a.published) : null;
      const py = y.a.published ? Date.parse(y.a.published) : null;
      if (px != null && py != null) return py - px;
      if (px == null && py == null) return y.i - x.i;
      return px == null ? 1 : -1;
    })
    .map((x) => x.a.title);
  await expect.poll(() => titles(page)).toEqual(byPublished);
  expect(byPublished[byPublished.length - 1]).toContain('生成AI'); // the one without a date goes last
  // the row says both dates
  expect(await page.locator('.lib-row').first().locator('.lib-meta').textContent()).toMatch(/Published Jun 3, 2025 · Saved /);

  const unreadCount = SEED_ARTICLES.filter((a) => !a.read).length;
  const group = page.getByRole('radiogroup', { name: 'Show' });
  await group.getByRole('radio', { name: /^Unread/ }).check();
  await expect.poll(() => page.locator('.lib-row').count()).toBe(unreadCount);
  expect(await page.locator('.lib-row.read').count()).toBe(0);
  expect(await page.locator('.lib-count').textContent()).toBe(`${unreadCount} of ${SEED_ARTICLES.length} articles`);
  // the order chosen holds inside the filter
  expect(await titles(page)).toEqual(byPublished.filter((t) => !SEED_ARTICLES.find((a) => a.title === t)?.read));

  await page.getByLabel('Site', { exact: true }).selectOption({ value: 'bbc.com' });
  await expect.poll(() => titles(page)).toEqual(byPublished.filter((t) => SEED_ARTICLES.find((a) => a.title === t)?.url.includes('bbc.com')));
  // the radios move with the arrow keys, as radios do
  await group.getByRole('radio', { name: /^Unread/ }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await group.getByRole('radio', { name: /^Read/ }).isChecked()).toBe(true);
  await expect.poll(() => page.locator('.lib-empty').textContent()).toBe('No saved article matches these filters.');
  await group.getByRole('radio', { name: /^All/ }).check();
  await page.getByLabel('Site', { exact: true }).selectOption({ value: '' });
  await page.getByLabel('Sort by').selectOption({ label: 'Date saved' });
  await expect.poll(() => titles(page)).toEqual(SEED_ARTICLES.map((a) => a.title).reverse());
  await page.close();
});

/** Relative luminance of a computed rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
}

async function colours(page: Page, selector: string): Promise<{ bg: number; fg: number }> {
  const c = await page.locator(selector).first().evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));
  return { bg: luminance(c.bg), fg: luminance(c.fg) };
}

test('light and dark follow the browser: popup, library page, saved-article page and its bar', async () => {
  await clearLibrary();
  const lib = await libraryPage();
  const ids = await seedLibrary(lib, SEED_ARTICLES.slice(0, 2));
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-yomiuri/'));
  const tabId = await tabIdOf(await b.serviceWorker(), tab.url());
  const popup = await extensionPage(b.context, b.extensionId, `popup.html?tabId=${tabId}`);
  const article = await extensionPage(b.context, b.extensionId, `article.html?id=${[...ids.values()][0]}`);
  await article.locator('.hb-article h1').waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    for (const p of [popup, lib, article]) await p.emulateMedia({ colorScheme: scheme });
    const checks = [
      await colours(popup, 'body'),
      await colours(popup, 'input[type="search"]'),
      await colours(lib, 'body'),
      await colours(lib, 'input[type="search"]'),
      await colours(article, '.article-bar'),
      await colours(article, '.hb-root'),
    ];
    for (const c of checks) {
      if (scheme === 'light') expect(c.bg).toBeGreaterThan(0.85);
      else expect(c.bg).toBeLessThan(0.05);
      // the text stays readable: at least 7:1 against its background
      expect((Math.max(c.bg, c.fg) + 0.05) / (Math.min(c.bg, c.fg) + 0.05)).toBeGreaterThan(7);
    }
    // the saved copy's bar is drawn in the article's own colours
    const bar = await article.locator('.article-bar').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await article.locator('.hb-root').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(bar);
  }
  for (const p of [popup, lib, article, tab]) await p.close();
});

test('the styled import button: the file input is hidden behind it, the label opens the picker, the file is imported', async () => {
  await clearLibrary();
  const page = await libraryPage();
  const input = page.locator('input[type="file"]');
  expect(await input.count()).toBe(1);
  // visually hidden, yet the labelled control (what keyboards and screen readers reach)
  const box = await input.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(1);
  expect(await page.getByLabel('Import library (JSON)').evaluate((el) => el === document.querySelector('input[type="file"]'))).toBe(true);
  const label = page.locator('label[for="lib-import"]');
  expect(await label.textContent()).toBe('Import library (JSON)');
  const style = await label.evaluate((el) => ({ border: getComputedStyle(el).borderTopWidth, radius: getComputedStyle(el).borderTopLeftRadius, h: el.getBoundingClientRect().height }));
  expect(style.border).toBe('1px');
  expect(style.radius).toBe('8px');
  expect(style.h).toBeGreaterThanOrEqual(32);
  // no raw "Choose File" control shows anywhere
  expect(await page.getByText('Choose File').count()).toBe(0);

  // keyboard: the input is in the Tab order (just before Export); the styled button shows the focus
  await page.getByRole('button', { name: 'Export library (JSON)' }).focus();
  await page.keyboard.press('Shift+Tab');
  expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await label.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  const file = {
    format: 'honbun-library',
    version: 1,
    schemaVersion: 2,
    exportedAt: Date.now(),
    articles: [{ ...seedPayload(SEED_ARTICLES[3]), url: SEED_ARTICLES[3].url, savedAt: 1_748_000_000_000, updatedAt: 1_748_000_000_000, read: false }],
  };
  const chooser = page.waitForEvent('filechooser');
  await label.click();
  await (await chooser).setFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect.poll(() => page.locator('.notice').first().textContent()).toContain('1 added');
  await expect.poll(() => titles(page)).toEqual([SEED_ARTICLES[3].title]);
  await page.close();
});

test('the popup footer shows the shortcut the browser assigned (Alt+Shift+K) and a way to change it', async () => {
  const sw = await b.serviceWorker();
  const assigned = await sw.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'toggle-reader')?.shortcut);
  expect(assigned).toBe('Alt+Shift+K');
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-yomiuri/'));
  const popup = await openPopup(b, tab);
  const footer = popup.locator('.popup-footer');
  await footer.locator('kbd').first().waitFor();
  expect(await footer.locator('kbd').allTextContents()).toEqual(['Alt', 'Shift', 'K']);
  expect(await footer.locator('.popup-shortcut').textContent()).toMatch(/^Clean view Alt\+Shift\+K Change$/);
  const change = footer.getByRole('button', { name: 'Change shortcut' });
  expect(await change.getAttribute('title')).toContain('chrome://extensions/shortcuts');
  // the footer names the command but takes no other button's name
  expect(await popup.getByRole('button', { name: 'Clean view' }).count()).toBe(1);
  // it stays in view at the popup's foot, whatever the length of the list
  const fb = await footer.boundingBox();
  expect(fb!.y + fb!.height).toBeLessThanOrEqual(await popup.evaluate(() => window.innerHeight));
  await popup.close();
  await tab.close();
});

test('exactly one button whose name starts with Save, in every state of a save (saving, saved, asked to update)', async () => {
  await clearLibrary();
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-asahi/'));
  const popup = await openPopup(b, tab);
  const save = popup.getByRole('button', { name: /^(Save|保存)/ });
  await expect.poll(() => save.count()).toBe(1);
  // record, at every change of the popup's DOM, how many buttons are named Save… and whether
  // the save showed as busy (the button keeps its name while saving, with a spinner)
  await popup.evaluate(() => {
    const w = window as unknown as { saveNames: number[]; busySeen: boolean };
    w.saveNames = [];
    w.busySeen = false;
    const name = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    new MutationObserver(() => {
      const buttons = Array.from(document.querySelectorAll('button'));
      w.saveNames.push(buttons.filter((x) => /^(Save|保存)/.test(name(x))).length);
      if (buttons.some((x) => x.getAttribute('aria-busy') === 'true' && /^Save/.test(name(x)))) w.busySeen = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await save.click();
  await expect.poll(() => save.textContent(), { timeout: 15_000 }).toBe('Saved');
  await popup.getByRole('status').filter({ hasText: 'Saved to your library.' }).waitFor();
  const seen = await popup.evaluate(() => {
    const w = window as unknown as { saveNames: number[]; busySeen: boolean };
    return { saveNames: w.saveNames, busySeen: w.busySeen };
  });
  expect(seen.busySeen).toBe(true);
  expect(seen.saveNames.length).toBeGreaterThan(0);
  expect(new Set(seen.saveNames)).toEqual(new Set([1]));
  // saved: asks before saving again; still one Save… button (the other says Update?)
  await save.click();
  await popup.getByRole('status').filter({ hasText: 'Already saved · Update?' }).waitFor();
  expect(await save.count()).toBe(1);
  // the list's menus are named after their articles, never "Save…"
  expect(await popup.getByRole('button', { name: /^More actions for/ }).count()).toBe(1);
  await popup.close();
  await tab.close();
});
