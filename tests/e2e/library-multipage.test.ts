/**
 * Issue #13's proof, in real Chromium with the built extension: a three-page article with two
 * photos is joined in the clean view (shortcut), saved from the real popup, and read back from
 * the popup's list with the site unreachable: every page's text and both photos. Also the
 * Chinese `_N.htm` pager without rel=next, the Ars Technica pager whose rel=next names another
 * article, and closing the view in the middle of joining (the fetch in flight is cancelled).
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { openPopup, storedEntries } from './helpers/popup';
import { clickInView, inView, toggleReader, waitClosed, waitOpen } from './helpers/reader';

const b = useExtension({ server: true, cdp: true });

const JA = '/e2e/multipage/ja/news089.html';
const ZH = '/e2e/multipage/zh/c_1125597921.htm';
const EN = '/e2e/multipage/en/the-connected-renter-how-to-make-your-apartment-smarter/';
/** One sentence from each page of the ja article (its real text; see tests/e2e/pages/multipage/README.md). */
const JA_PAGES = [
  'とある自作PCユーザーが平成最後の年にふと目覚め',
  '以前のNVMe SSDは高負荷が続くと激しい発熱に見舞われ',
  'このゲームモードを常時利用するのであれば',
];
const ZH_PAGES = ['妈妈，为什么还不能出去', '钟南山院士说', '正是有了英勇的你们，才有这座英雄的城'];
const EN_PAGES = ['Name a home appliance or product', "Amazon's Alexa voice assistant is tied to", 'smart thermostats are typically off-limits for renters'];

const fold = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

interface ViewState {
  text: string;
  note: string | null;
  separators: string[];
  photos: { src: string; loaded: boolean }[];
}

const VIEW_STATE = `function () {
  const note = this.querySelector('.hb-join-note');
  return {
    text: this.querySelector('.hb-article').textContent,
    note: note ? note.getAttribute('data-state') + ':' + note.textContent : null,
    separators: Array.from(this.querySelectorAll('.hb-page-sep'), (s) => s.textContent),
    photos: Array.from(this.querySelectorAll('.hb-body img'), (i) => ({ src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0 })),
  };
}`;

async function joinedView(page: Page, path: string, pages: string[]): Promise<ViewState> {
  await page.goto(b.server.url(path), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  let state: ViewState | null = null;
  await expect
    .poll(
      async () => {
        state = await inView<ViewState>(page, VIEW_STATE);
        return state.note;
      },
      { timeout: 20_000 },
    )
    .toMatch(/^joined:/);
  const text = fold(state!.text);
  for (const s of pages) expect(text).toContain(fold(s));
  return state!;
}

test('a three-page article with two photos: joined in the view, saved from the popup, read back offline', async () => {
  const page = await b.context.newPage();
  const view = await joinedView(page, JA, JA_PAGES);
  expect(view.note).toBe('joined:3 pages joined');
  expect(view.separators).toEqual(['Page 2 / 3', 'Page 3 / 3']);
  // both photos show in the view: the one on page 1 and the one on page 3
  await expect.poll(async () => (await inView<ViewState>(page, VIEW_STATE)).photos.filter((p) => p.loaded).length, { timeout: 10_000 }).toBe(2);

  // Save from the real popup; Saved only once the write is acknowledged
  const popup = await openPopup(b, page);
  const save = popup.getByRole('button', { name: /^(Save|保存)/ });
  await save.click();
  await popup.getByRole('status').filter({ hasText: 'Saved to your library' }).waitFor({ timeout: 30_000 });
  await popup.getByRole('status').filter({ hasText: 'All 3 pages of the article were saved' }).waitFor();
  await expect.poll(() => save.textContent()).toBe('Saved');
  await popup.close();

  // the site goes away
  b.server.setDown(true);
  const before = b.server.requests.length;
  try {
    const popup2 = await openPopup(b, page);
    const opened = b.context.waitForEvent('page', { predicate: (pg) => pg.url().includes('/article.html') });
    await popup2.locator('.lib-list .lib-title', { hasText: 'Intel NUC' }).click();
    const saved = await opened;
    await saved.locator('.hb-body p').first().waitFor();
    await expect.poll(() => saved.locator('.hb-body img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length), { timeout: 10_000 }).toBe(2);
    const srcs = await saved.locator('.hb-body img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')));
    expect(srcs.every((s) => s?.startsWith('blob:'))).toBe(true);
    const text = fold(await saved.locator('.hb-article').innerText());
    for (const s of JA_PAGES) expect(text).toContain(fold(s));
    expect(await saved.locator('.hb-page-sep').allInnerTexts()).toEqual(['Page 2 / 3', 'Page 3 / 3']);
    expect(await saved.locator('.hb-join-note').innerText()).toBe('3 pages joined');
    // the saved copy asks the network for nothing, not even for its photos
    expect(b.server.requests.slice(before)).toEqual([]);
    await saved.close();
  } finally {
    b.server.setDown(false);
  }
  await page.close();
});

test('the Chinese _N.htm pager without rel=next: all three pages join, with their photos; the view’s Save keeps what it shows', async () => {
  const page = await b.context.newPage();
  const view = await joinedView(page, ZH, ZH_PAGES);
  expect(view.note).toBe('joined:3 pages joined');
  await expect.poll(async () => (await inView<ViewState>(page, VIEW_STATE)).photos.filter((p) => p.loaded).length, { timeout: 10_000 }).toBe(3);
  await clickInView(page, '.hb-removed-line button'); // the one quiet line opens the per-category list
  const removed = await inView<string[]>(page, `function () { return Array.from(this.querySelectorAll('.hb-removed li[data-category]'), (li) => li.getAttribute('data-category')); }`);

  // Save from the view: what it shows is stored, no page is fetched or extracted again
  const from = b.server.requests.length;
  await clickInView(page, '.hb-save');
  await expect.poll(() => inView<string>(page, `function () { return this.querySelector('.hb-save').getAttribute('aria-label'); }`), { timeout: 20_000 }).toBe('Saved');
  expect(b.server.requests.slice(from).filter((r) => /\.htm$/.test(r.url))).toEqual([]);
  const [entry] = (await storedEntries(b)).filter((e) => e.url.includes('/multipage/zh/'));
  const sw = await b.serviceWorker();
  const rec = (await sw.evaluate(async (id) => (await chrome.storage.local.get(`lib:a:${id}`))[`lib:a:${id}`], entry.id)) as {
    pages: unknown[];
    images: { stored: boolean }[];
    removed: { category: string }[];
  };
  expect(rec.pages).toHaveLength(2);
  expect(rec.images.filter((i) => i.stored)).toHaveLength(3);
  expect([...new Set(rec.removed.map((r) => r.category))].sort()).toEqual([...removed].sort());
  // the next test saves this article again from a closed tab
  await sw.evaluate(() => chrome.storage.local.clear());
  await page.close();
});

test('Ars Technica’s pager is followed; its rel=next “Next story” (another article) is never fetched', async () => {
  const page = await b.context.newPage();
  const view = await joinedView(page, EN, EN_PAGES);
  expect(view.note).toBe('joined:3 pages joined');
  expect(b.server.requests.some((r) => r.url.includes('judge-blasts'))).toBe(false);
  // the header later pages repeat (section label, standfirst) is not read again on page 2
  const body = await inView<string>(page, `function () { return Array.from(this.querySelectorAll('.hb-joined-page .hb-body'), (b) => b.textContent).join(' '); }`);
  expect(body).not.toContain('Turning your rented space');
  expect(body.trim().slice(0, 40)).toMatch(/^HomeKit/);
  await page.close();
});

test('closing the view while a page is still loading cancels its fetch; pressing again starts over', async () => {
  b.server.delay('/e2e/multipage/zh/c_1125597921_3.htm', 4_000);
  try {
    const page = await b.context.newPage();
    await page.goto(b.server.url(ZH), { waitUntil: 'load' });
    const from = b.server.requests.length;
    await toggleReader(page);
    await waitOpen(page);
    await expect
      .poll(async () => (await inView<ViewState>(page, VIEW_STATE)).note, { timeout: 15_000 })
      .toMatch(/^loading:.*3/);
    expect((await inView<ViewState>(page, VIEW_STATE)).separators).toEqual(['Page 2']);
    await toggleReader(page);
    await waitClosed(page);
    await expect.poll(() => b.server.requests.slice(from).find((r) => r.url.endsWith('_3.htm'))?.aborted, { timeout: 10_000 }).toBe(true);
    // pressed again: a new view joins the whole article
    b.server.delay('/e2e/multipage/zh/c_1125597921_3.htm', 0);
    await toggleReader(page);
    await waitOpen(page);
    await expect.poll(async () => (await inView<ViewState>(page, VIEW_STATE)).note, { timeout: 15_000 }).toBe('joined:3 pages joined');
    await page.close();
  } finally {
    b.server.delay('/e2e/multipage/zh/c_1125597921_3.htm', 0);
  }
});

test('a tab closed right after Save: the whole article, later pages and photos, is still stored', async () => {
  const tab = await b.context.newPage();
  await tab.goto(b.server.url(ZH), { waitUntil: 'load' });
  const keep = await b.context.newPage(); // the window keeps a tab when the saved one closes
  await keep.goto('about:blank');
  const popup = await openPopup(b, tab);
  await popup.getByRole('button', { name: /^(Save|保存)/ }).click();
  await tab.close();
  const sw = await b.serviceWorker();
  await expect
    .poll(async () => (await storedEntries(b)).filter((e) => e.url.includes('/multipage/zh/')).length, { timeout: 30_000 })
    .toBe(1);
  const [entry] = (await storedEntries(b)).filter((e) => e.url.includes('/multipage/zh/'));
  const rec = await sw.evaluate(async (id) => (await chrome.storage.local.get(`lib:a:${id}`))[`lib:a:${id}`], entry.id) as {
    pages?: unknown[];
    images?: { stored: boolean }[];
    text: string;
  };
  expect(rec.pages).toHaveLength(2);
  expect(fold(rec.text)).toContain(fold(ZH_PAGES[2]));
  expect(rec.images?.filter((i) => i.stored)).toHaveLength(3);
  await popup.close().catch(() => {});
  await keep.close();
});
