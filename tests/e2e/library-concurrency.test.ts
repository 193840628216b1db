import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { extensionPage, openPopup, storedEntries } from './helpers/popup';
import { makePayload } from './helpers/library-payload';

// One writer under load (issue #5): many senders at once, a killed worker, a tab closed after Save.
const b = useExtension({ server: true, cdp: true });

type Ack = { ok: boolean; id?: string };

/** Sends saves from an extension page all at once; resolves with each answer (or the error). */
function sendSaves(page: Page, payloads: Record<string, unknown>[]): Promise<(Ack | string)[]> {
  return page.evaluate(
    (ps) =>
      Promise.all(
        ps.map((article) =>
          chrome.runtime.sendMessage({ type: 'library:save', article }).then(
            (r: Ack) => r,
            (e: Error) => String(e),
          ),
        ),
      ),
    payloads,
  );
}

async function wipe() {
  const sw = await b.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.clear());
}

test('5 tabs and the popup saving together: 100 saves → exactly 100 distinct entries; a shared URL once', async () => {
  await wipe();
  const tabs = await Promise.all(Array.from({ length: 5 }, () => extensionPage(b.context, b.extensionId, 'library.html')));
  const anchor = await b.context.newPage();
  await anchor.goto(b.server.url('/pages/parser-mynavi/'));
  const popup = await openPopup(b, anchor);
  const shared = 'https://shared.example.jp/news/1?utm_source=x';
  const senders = [...tabs, popup];
  // 99 distinct URLs over 6 senders, plus the same shared URL from every sender → 100 distinct
  const jobs = senders.map((page, s) => {
    const own = Array.from({ length: s < 3 ? 17 : 16 }, (_, i) => makePayload(`https://news${s}.example.jp/a/${i}`, `記事 ${s}-${i}`));
    own.splice(5, 0, makePayload(shared + `&fbclid=${s}#p${s}`, '共有された記事'));
    return sendSaves(page, own);
  });
  const results = (await Promise.all(jobs)).flat();
  expect(results.length).toBe(99 + senders.length);
  expect(results.filter((r) => typeof r === 'object' && r.ok).length).toBe(results.length);
  const entries = await storedEntries(b);
  expect(entries.length).toBe(100);
  expect(new Set(entries.map((e) => e.url)).size).toBe(100);
  expect(entries.filter((e) => e.url.startsWith('https://shared.example.jp/')).length).toBe(1);
  // the popup's own list caught up
  await expect.poll(() => popup.locator('.lib-list .lib-row').count()).toBeGreaterThan(0);
  for (const p of tabs) await p.close();
  await popup.close().catch(() => {});
  await anchor.close();
});

test('the service worker stopped in the middle: every acknowledged save is stored', async () => {
  await wipe();
  const page = await extensionPage(b.context, b.extensionId, 'library.html');
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const payloads = Array.from({ length: 60 }, (_, i) => makePayload(`https://kill.example.jp/a/${i}`, `停止テスト ${i}`, 40));
  const pending = sendSaves(page, payloads);
  // stop the worker once some saves have landed and others are still queued
  const landed = () =>
    page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.keys(all).filter((k) => k.startsWith('lib:a:')).length;
    });
  await expect.poll(landed, { interval: 5, timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const results = await pending;
  // after the stop, more saves: the worker restarts on the next message
  const later = await sendSaves(page, [makePayload('https://kill.example.jp/after', '再起動後')]);
  expect(later[0]).toMatchObject({ ok: true });
  const acked = results.filter((r): r is Ack => typeof r === 'object' && r.ok).map((r) => r.id);
  const stored = new Set((await storedEntries(b)).map((e) => e.id));
  for (const id of acked) expect(stored.has(id!)).toBe(true);
  console.log(`[library] worker stopped mid-way: ${acked.length}/60 acknowledged, ${stored.size - 1} stored`);
  await cdp.detach();
  await page.close();
});

test('a tab closed right after Save: the article is still stored, once, for the right page', async () => {
  await wipe();
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-wired-jp/'));
  const keep = await b.context.newPage(); // the window keeps a tab when the saved one closes
  await keep.goto('about:blank');
  const popup = await openPopup(b, tab);
  const save = popup.getByRole('button', { name: /^Save/ });
  await save.click();
  await tab.close();
  // the popup closes with its tab (Chromium), but the save runs in the background: it lands
  await expect.poll(async () => (await storedEntries(b)).length, { timeout: 20_000 }).toBe(1);
  const entries = await storedEntries(b);
  expect(entries[0].url).toContain('/pages/parser-wired-jp/');
  console.log(`[library] tab closed right after Save: stored (popup ${popup.isClosed() ? 'closed' : 'still open'})`);
  await popup.close().catch(() => {});
  await keep.close();
});
