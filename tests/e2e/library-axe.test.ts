/**
 * Accessibility of the popup and the library page (issue #14) with axe-core in real Chromium:
 * no serious or critical violation, light and dark (prefers-color-scheme emulated), with saved
 * articles listed, a filter and a sort chosen, a row's menu open, the "Already saved ·
 * Update?" question showing, and in Japanese. The popup is opened as a page at its own width
 * (400 px) for the tab under test, as the real popup shows it.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { extensionPage } from './helpers/popup';
import { tabIdOf } from './helpers/reader';
import { SEED_ARTICLES, seedLibrary } from './helpers/library-seed';

const b = useExtension({ server: true });
let popupUrl = '';

beforeAll(async () => {
  const page = await extensionPage(b.context, b.extensionId, 'library.html');
  await seedLibrary(page);
  await page.close();
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-yomiuri/'));
  popupUrl = `popup.html?tabId=${await tabIdOf(await b.serviceWorker(), tab.url())}`;
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  // axe did look: names, roles, contrast and landmarks were checked
  expect(result.passes.length).toBeGreaterThan(15);
  expect(result.passes.map((p) => p.id)).toContain('color-contrast');
  if (result.violations.length) console.log('axe (all impacts):', result.violations.map((v) => `${v.id}:${v.impact}`).join(', '));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openPopupPage(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${b.extensionId}/${popupUrl}`);
  await page.locator('.lib-row').nth(SEED_ARTICLES.length - 1).waitFor();
  await page.locator('.popup-shortcut kbd').first().waitFor();
  return page;
}

test.each(['light', 'dark'] as const)('the popup, %s: with its list, and with a row menu open', async (scheme) => {
  const page = await openPopupPage(scheme);
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('.lib-menu-button').nth(1).click();
  await page.getByRole('menu').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test.each(['light', 'dark'] as const)('the library page, %s: rows, filters, a sort, and a row menu open', async (scheme) => {
  const page = await b.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${b.extensionId}/library.html`);
  await page.locator('.lib-row').nth(SEED_ARTICLES.length - 1).waitFor();
  await page.locator('.lib-usage').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('radio', { name: /^Unread/ }).check();
  await page.getByLabel('Sort by').selectOption('published');
  await page.getByRole('searchbox').fill('a');
  await page.locator('.lib-count').waitFor();
  await page.locator('.lib-menu-button').first().click();
  await page.getByRole('menu').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  // 400 px wide, as on a phone-sized window
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 400, height: 800 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test('the popup on a saved page, asked "Already saved · Update?": 0 serious or critical violations', async () => {
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-asahi/'));
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${await tabIdOf(await b.serviceWorker(), tab.url())}`);
  const save = page.getByRole('button', { name: /^Save/ });
  await save.click();
  await expect.poll(() => save.textContent(), { timeout: 15_000 }).toBe('Saved');
  await save.click();
  await page.getByRole('status').filter({ hasText: 'Already saved · Update?' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
  await tab.close();
});
