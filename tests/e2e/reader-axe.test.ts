/**
 * Accessibility of the saved-article page (issue #14) with axe-core in real Chromium: no
 * serious or critical violation, in the light and dark themes, in vertical writing, with the
 * "Aa" popover and the removal list open. The page renders the same ReaderView as the clean view
 * (whose closed shadow root axe cannot enter), so this also checks the view's markup.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { toggleReader, waitClosed, waitOpen } from './helpers/reader';

let page: Page;
let articleUrl = '';

const session = useExtension({ server: true, lang: 'en' });
beforeAll(async () => {
  page = await session.context.newPage();
  await page.goto(session.server.url('/pages/seed-us-russia-talks/'), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  await page.keyboard.press('s');
  const sw = await session.serviceWorker();
  let id = '';
  for (let i = 0; i < 50 && !id; i++) {
    id = await sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).find((k) => k.startsWith('lib:a:'))?.slice(6) ?? '');
    if (!id) await page.waitForTimeout(100);
  }
  expect(id).toBeTruthy();
  await toggleReader(page);
  await waitClosed(page);
  articleUrl = `chrome-extension://${session.extensionId}/article.html?id=${id}`;
});
afterAll(async () => {
  const sw = await session.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.clear());
});

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate(async (p) => {
    const cur = ((await chrome.storage.local.get('reader.settings'))['reader.settings'] ?? {}) as object;
    await chrome.storage.local.set({ 'reader.settings': { ...cur, ...p } });
  }, patch);
}

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  // axe did look: the page's landmarks, names and contrast were checked
  expect(result.passes.length).toBeGreaterThan(15);
  if (result.violations.length) console.log('axe (all impacts):', result.violations.map((v) => `${v.id}:${v.impact} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + n.html.slice(0, 120)).join(' | ')}`).join(', '));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.each([
  ['light', { theme: 'light', vertical: false }],
  ['dark', { theme: 'dark', vertical: false }],
  ['sepia', { theme: 'sepia', vertical: false }],
  ['vertical', { theme: 'light', vertical: true }],
] as const)('the saved-article page, %s: 0 serious or critical violations', async (_name, settings) => {
  await setSettings(settings);
  await page.goto(articleUrl);
  await page.locator('.hb-article h1').waitFor();
  await page.waitForTimeout(300);
  expect(await seriousViolations()).toEqual([]);
});

test('with the Aa popover and the help open: 0 serious or critical violations', async () => {
  await setSettings({ theme: 'auto', vertical: false });
  await page.goto(articleUrl);
  await page.locator('.hb-article h1').waitFor();
  await page.locator('[data-action="settings"]').click();
  await page.locator('#hb-pop-settings').waitFor();
  expect(await seriousViolations()).toEqual([]);
  await page.locator('[data-action="help"]').click();
  await page.locator('#hb-pop-help').waitFor();
  expect(await seriousViolations()).toEqual([]);
});
