/**
 * What a page can observe of the clean view and do to it, in real Chromium (issue #12):
 *  F4 no message or event the page sees names the extension or shows that the view opened;
 *  F5 a popover, modal dialog or focus thief cannot cover the view or take what is typed in it,
 *     styles on <html> cannot collapse it, Esc closes it even when the page swallows Esc;
 *  F6 elements with the ids __honbunReader and __honbunContent do not disable the reader.
 * The page (tests/e2e/pages/hostile-overlay.html) listens from its <head> on; the extension's
 * per-page script runs before it (document_start). F6 has its own page (hostile-ids.html).
 */
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { inView, toggleReader, waitOpen } from './helpers/reader';

let page: Page;

const session = useExtension({ server: true });
beforeAll(async () => {
  page = await session.context.newPage();
  await page.goto(session.server.url('/e2e/hostile-overlay.html'), { waitUntil: 'load' });
  // the names WXT's context would use, with this extension's id
  await page.evaluate((id) => {
    const w = window as unknown as { __listen: (t: string) => void };
    for (const script of ['content', 'reader']) for (const ev of ['wxt:content-script-started', 'wxt:locationchange']) w.__listen(`${id}:${script}:${ev}`);
  }, session.extensionId);
  await page.waitForTimeout(300); // the per-page script's detection runs after load
  await toggleReader(page);
  await waitOpen(page);
});

const seen = () => page.evaluate(() => (window as unknown as { __seen: { messages: string[]; events: string[]; keys: string[] } }).__seen);
const hostAtCentre = () =>
  page.evaluate(() => {
    const host = document.documentElement.lastElementChild as HTMLElement;
    const r = host.getBoundingClientRect();
    return { onTop: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host, focused: document.activeElement === host, w: r.width, h: r.height, vw: innerWidth, vh: innerHeight };
  });

test('F4: the page’s message and document listeners see nothing from Honbun, keys in the view included', async () => {
  expect(await page.evaluate(() => (window as unknown as { __eventNames: number }).__eventNames)).toBeGreaterThan(100);
  await page.keyboard.press('Tab');
  await page.keyboard.press('a'); // the Aa popover
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.keyboard.press('+');
  const s = await seen();
  expect(s.messages).toEqual([]);
  expect(s.events).toEqual([]);
  expect(s.keys).toEqual([]);
  expect(await inView<string>(page, `function () { return this.querySelector('.hb-root').style.getPropertyValue('--hb-size'); }`)).toBe('20px');
});

test('F5: a modal dialog and a popover opened by the page do not cover the view or get what is typed', async () => {
  await page.evaluate(() => (window as unknown as { fakePrompt(): void }).fakePrompt());
  await page.waitForTimeout(200);
  const top = await hostAtCentre();
  expect(top).toMatchObject({ onTop: true, focused: true });
  await page.keyboard.type('hunter2');
  expect(await page.evaluate(() => (document.getElementById('fake-pw') as HTMLInputElement).value)).toBe('');
  expect((await seen()).keys).toEqual([]);
});

test('F5: an input the page appends to <html> and focuses does not keep focus or get the typing', async () => {
  await page.evaluate(() => (window as unknown as { stealFocus(): void }).stealFocus());
  await page.keyboard.type('secret');
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => (document.getElementById('steal') as HTMLInputElement).value)).toBe('');
  expect((await hostAtCentre()).focused).toBe(true);
});

test('F5: display:none, content-visibility:hidden or inert on <html> cannot collapse the view', async () => {
  for (const how of ['display', 'content-visibility', 'inert']) {
    await page.evaluate((h) => (window as unknown as { collapse(h: string): void }).collapse(h), how);
    await page.waitForTimeout(400);
    const r = await hostAtCentre();
    expect(r, how).toMatchObject({ onTop: true, w: r.vw, h: r.vh });
  }
  // and the view still works
  await page.keyboard.press('-');
  expect(await inView<string>(page, `function () { return this.querySelector('.hb-root').style.getPropertyValue('--hb-size'); }`)).toBe('19px');
});

test('F5: Esc closes the view although the page swallows Esc; the page gets its dialog back', async () => {
  await page.keyboard.press('Escape');
  // the page appended its own input to <html>, so the view's host is looked for among all children
  await page.waitForFunction(() => !document.body.hasAttribute('inert') && !Array.from(document.documentElement.children).some((e) => e.tagName === 'DIV'));
  expect((await seen()).keys).toEqual([]);
  expect(await page.evaluate(() => (document.getElementById('fake') as HTMLDialogElement).open)).toBe(true);
  const s = await seen();
  expect(s.messages).toEqual([]);
  expect(s.events).toEqual([]);
});

test('F5: no web_accessible_resources a page could probe for', async () => {
  const sw = await session.serviceWorker();
  const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
  expect('web_accessible_resources' in manifest).toBe(false);
});

test('F6: ids __honbunReader and __honbunContent on the page do not stop the shortcut', async () => {
  const other = await session.context.newPage();
  await other.goto(session.server.url('/e2e/hostile-ids.html'), { waitUntil: 'load' });
  await toggleReader(other);
  await waitOpen(other);
  expect(await inView<string>(other, `function () { return this.querySelector('h1').textContent; }`)).toMatch(/breakwater/i);
  await toggleReader(other);
  await other.waitForFunction(() => !document.body.hasAttribute('inert'));
  await other.close();
});
