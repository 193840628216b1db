/**
 * Photos in saved articles (issue #13), in real Chromium: Save stores the article's photos (a
 * wide one re-encoded down to 1,600 px) and never fetches a declared tracking pixel; a pixel
 * that decodes to 1×1 is not stored; the saved copy opened online requests nothing at all (it
 * used to request a 2×2 pixel and a <noscript> image the live page never loaded).
 */
import { expect, test } from 'vitest';
import { useExtension } from './helpers/extension';
import { openPopup, storedEntries } from './helpers/popup';

const b = useExtension({ server: true, cdp: true });
const PAGE = '/e2e/photos-trackers.html';

interface StoredImageInfo {
  url: string;
  stored: boolean;
  reason?: string;
  width?: number;
}

test('Save keeps the photos, not the trackers; the saved copy asks the network for nothing', async () => {
  const tab = await b.context.newPage();
  await tab.goto(b.server.url(PAGE), { waitUntil: 'load' });
  const from = b.server.requests.length;
  const popup = await openPopup(b, tab);
  await popup.getByRole('button', { name: /^Save/ }).click();
  await popup.getByRole('status').filter({ hasText: 'Saved to your library' }).waitFor({ timeout: 20_000 });
  await popup.close();

  // what Honbun itself fetched (fetch() from the extension: Sec-Fetch-Dest "empty")
  const fetched = b.server.requests.slice(from).filter((r) => r.dest === 'empty').map((r) => r.url);
  expect(fetched).toContain('/e2e/multipage/img/ssd-dashboard.jpg');
  expect(fetched).toContain('/e2e/multipage/img/nuc-board.jpg?noscript');
  expect(fetched).not.toContain('/e2e/pixel.gif?declared');

  const [entry] = (await storedEntries(b)).filter((e) => e.url.includes('photos-trackers'));
  const sw = await b.serviceWorker();
  const images = (await sw.evaluate(async (id) => ((await chrome.storage.local.get(`lib:a:${id}`))[`lib:a:${id}`] as { images: unknown[] }).images, entry.id)) as StoredImageInfo[];
  const by = (needle: string) => images.find((i) => i.url.includes(needle));
  expect(by('ssd-dashboard')).toMatchObject({ stored: true, width: 1180 });
  // 2400 px wide on the site, stored at 1,600
  expect(by('nuc-board.jpg?noscript')).toMatchObject({ stored: true, width: 1600 });
  expect(by('pixel.gif?declared')).toMatchObject({ stored: false, reason: 'tracker' });
  expect(by('pixel.gif?undeclared')).toMatchObject({ stored: false, reason: 'tracker' });

  // the saved copy, opened while the site is up: every photo from storage, no request at all
  const before = b.server.requests.length;
  const saved = await b.context.newPage();
  await saved.goto(`chrome-extension://${b.extensionId}/article.html?id=${entry.id}`);
  await saved.locator('.hb-body p').first().waitFor();
  await expect.poll(() => saved.locator('.hb-body img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length), { timeout: 10_000 }).toBe(2);
  await saved.waitForTimeout(500);
  expect(b.server.requests.slice(before)).toEqual([]);
  expect(await saved.locator('.hb-body figcaption').allInnerTexts()).toEqual(['会見する担当大臣（撮影・本社）', '首相官邸の外観']);
  // the pixels are gone from the saved copy: not photos, so no "photo not saved" either
  expect(await saved.locator('.hb-photo-missing').count()).toBe(0);
  expect(await saved.locator('.hb-body img').count()).toBe(2);
  await saved.close();
  await tab.close();
});
