/**
 * Form controls named after DOM properties (issue #12, F1), in real Chromium, where a form's
 * controls become properties of the form in the extension's isolated world too (jsdom and
 * Firefox do not do this). The page (tests/e2e/pages/hostile-forms.html) holds forms with
 * controls named parentNode, parentElement, nextSibling, nextElementSibling, firstChild,
 * firstElementChild, childNodes, children, nodeName, tagName, attributes, getAttribute,
 * hasAttribute, remove, contains, ownerDocument, textContent, style, id and className, by name
 * and by id, one form the last child of its parent. Before the fix the per-page detector froze
 * the tab ~50 ms after load, the shortcut and Save froze it or showed "could not read".
 */
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { openPopup, storedEntries } from './helpers/popup';
import { inView, pageStatus, toggleReader, waitClosed, waitOpen } from './helpers/reader';

const ARTICLE = [
  'The port authority voted on Tuesday to move the container terminal',
  "Dock workers' unions welcomed the delay",
  'Residents near the harbour asked the board to use the extra time',
];

let page: Page;
let url: string;

const session = useExtension({ server: true, cdp: true });
beforeAll(async () => {
  page = await session.context.newPage();
  url = session.server.url('/e2e/hostile-forms.html');
  await page.goto(url, { waitUntil: 'load' });
});

/** Resolves with the round trip of a tiny script in the page, or rejects when the tab is frozen. */
async function roundTrip(p: Page, ms = 3_000): Promise<number> {
  const t0 = Date.now();
  await Promise.race([
    p.evaluate(() => 1 + 1),
    new Promise((_, fail) => setTimeout(() => fail(new Error(`the tab did not answer within ${ms} ms`)), ms)),
  ]);
  return Date.now() - t0;
}

test('the emulation-free truth: Chromium really shadows DOM properties with these controls', async () => {
  const shadowed = await page.evaluate(() => {
    const f = document.querySelector('form.newsletter') as HTMLFormElement;
    return { parentNode: (f.parentNode as Element).tagName, getAttribute: typeof f.getAttribute, nodeName: typeof f.nodeName };
  });
  expect(shadowed).toEqual({ parentNode: 'INPUT', getAttribute: 'object', nodeName: 'object' });
});

test('the page stays responsive after load, and the per-page detector answers', async () => {
  // the detector runs 50 ms after load; give it ample time to have run (or to have frozen the tab)
  await page.waitForTimeout(500);
  for (let i = 0; i < 3; i++) expect(await roundTrip(page)).toBeLessThan(1_000);
  const sw = await session.serviceWorker();
  const status = await pageStatus(sw, url);
  expect(status.detect).not.toBeNull();
  expect(status.detect?.isArticle).toBe(true);
});

test('the shortcut opens the clean view with the article', async () => {
  await toggleReader(page);
  await waitOpen(page);
  const text = await inView<string>(page, `function () { return this.querySelector('.hb-body')?.textContent ?? ''; }`);
  const title = await inView<string>(page, `function () { return this.querySelector('h1')?.textContent ?? ''; }`);
  expect(title).toContain('Harbour terminal opening moved to spring');
  for (const s of ARTICLE) expect(text).toContain(s);
  expect(text).not.toContain('could not');
  expect(await roundTrip(page)).toBeLessThan(1_000);
  await toggleReader(page);
  await waitClosed(page);
});

test('Save from the toolbar popup stores the article', async () => {
  const popup = await openPopup(session, page);
  const save = popup.getByRole('button', { name: /^Save/ });
  await expect.poll(() => save.count()).toBe(1);
  await save.click();
  await expect.poll(() => save.textContent(), { timeout: 10_000 }).toBe('Saved');
  const saved = (await storedEntries(session)).find((e) => e.url === url);
  expect(saved?.title).toBe('Harbour terminal opening moved to spring');
  expect(await roundTrip(page)).toBeLessThan(1_000);
  await popup.close();
});
