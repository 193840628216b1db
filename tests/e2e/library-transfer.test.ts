import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { extensionPage } from './helpers/popup';
import { makePayload } from './helpers/library-payload';

// Export → wipe → import gives the same library; hostile HTML comes back sanitized; a broken file changes nothing.
const b = useExtension({ cdp: true });

async function snapshot(): Promise<Record<string, unknown>> {
  const sw = await b.serviceWorker();
  return sw.evaluate(() => chrome.storage.local.get(null));
}

async function exportFile(page: Page): Promise<{ articles: Record<string, unknown>[] } & Record<string, unknown>> {
  const dl = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library (JSON)' }).click();
  const path = await (await dl).path();
  return JSON.parse(await readFile(path, 'utf8'));
}

async function importText(page: Page, name: string, text: string): Promise<string> {
  await page.getByLabel('Import library (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const msg = page.locator('.notice');
  await msg.waitFor();
  return (await msg.textContent()) ?? '';
}

const byId = (a: Record<string, unknown>[]) => [...a].sort((x, y) => String(x.id).localeCompare(String(y.id)));

test('export → wipe → import gives back an identical library; importing again adds nothing', async () => {
  const page = await extensionPage(b.context, b.extensionId, 'library.html');
  const payloads = Array.from({ length: 12 }, (_, i) => makePayload(`https://news.example.jp/t/${i}`, `書き出しテスト ${i}`));
  await page.evaluate((ps) => Promise.all(ps.map((article) => chrome.runtime.sendMessage({ type: 'library:save', article }))), payloads);
  // one read, one with a reading position: those travel too
  await page.reload();
  await page.locator('.lib-row').first().getByRole('button', { name: 'Mark read' }).click();
  await expect.poll(() => page.locator('.lib-row.read').count()).toBe(1);
  const before = await exportFile(page);
  expect(before).toMatchObject({ format: 'honbun-library', version: 1, schemaVersion: 2 });
  expect(before.articles).toHaveLength(12);
  expect(before.articles.filter((a) => a.read)).toHaveLength(1);

  const sw = await b.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.clear());
  await page.reload();
  await page.getByText('No saved articles yet').waitFor();

  const report = await importText(page, 'library.json', JSON.stringify(before));
  expect(report).toContain('12 added, 0 skipped as duplicates, 0 rejected');
  const after = await exportFile(page);
  expect(byId(after.articles)).toEqual(byId(before.articles));

  await page.reload();
  expect(await importText(page, 'library.json', JSON.stringify(before))).toContain('0 added, 12 skipped as duplicates');
  await page.close();
});

test('an import with <script> and event handlers in article HTML comes back sanitized', async () => {
  const page = await extensionPage(b.context, b.extensionId, 'library.html');
  const hostile = makePayload('https://evil.example/x', '危険な記事');
  const file = {
    format: 'honbun-library',
    version: 1,
    schemaVersion: 2,
    exportedAt: Date.now(),
    articles: [
      {
        ...hostile,
        id: 'ffffffffffffffff',
        url: 'https://evil.example/x',
        html: '<p data-p="0">本文<script>alert(1)</script><img src="x" onerror="alert(2)" alt="図"><a href="javascript:alert(3)">link</a></p>',
        savedAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
        read: false,
      },
      { url: 'chrome://settings', title: 'x', html: '', text: '', savedAt: 1 },
    ],
  };
  const report = await importText(page, 'hostile.json', JSON.stringify(file));
  expect(report).toContain('1 added');
  expect(report).toContain('1 rejected');
  const all = await snapshot();
  const rec = Object.entries(all).find(([k, v]) => k.startsWith('lib:a:') && (v as { url: string }).url === 'https://evil.example/x')?.[1] as {
    id: string;
    html: string;
  };
  expect(rec.id).not.toBe('ffffffffffffffff'); // the id comes from the URL, never from the file
  expect(rec.html).toContain('本文');
  expect(rec.html).not.toMatch(/<script|onerror|javascript:/i);
  await page.close();
});

test('a broken, foreign or wrong-version file changes nothing and says why', async () => {
  const page = await extensionPage(b.context, b.extensionId, 'library.html');
  const before = await snapshot();
  for (const [name, text, why] of [
    ['broken.json', '{"format":"honbun-library","version":1,"articles":[{"url":', 'not a JSON file'],
    ['foreign.json', '{"items":[]}', 'not a Honbun library export'],
    ['future.json', '{"format":"honbun-library","version":99,"articles":[]}', 'unsupported export version'],
  ]) {
    await page.reload();
    const msg = await importText(page, name, text);
    expect(msg).toContain('nothing was changed');
    expect(msg).toContain(why);
  }
  expect(await snapshot()).toEqual(before);
  await page.close();
});
