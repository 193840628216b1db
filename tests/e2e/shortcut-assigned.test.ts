import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';

// Chromium silently leaves some suggested keys unassigned (e.g. Alt+Shift+R): prove ours is taken.
let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the toggle-reader command gets its suggested shortcut', async () => {
  const sw = await browser.serviceWorker();
  const commands = await sw.evaluate(() => chrome.commands.getAll());
  const toggle = commands.find((c) => c.name === 'toggle-reader');
  expect(toggle?.shortcut).toBe('Alt+Shift+K');
});
