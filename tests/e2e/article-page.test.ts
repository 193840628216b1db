/**
 * The reading experience around the seed article, in real Chromium with the built extension:
 * the clean view's Save stores it in the library; the saved copy opened offline shows the
 * sources & quotes panel whose quotes jump to their paragraph; photos that could not be stored
 * show a "photo not saved" placeholder with their credit kept; the removal summary is the one
 * the view showed; the page's own bar goes back to the library, shows the saved date, marks
 * read, deletes and exports; an article that no longer exists says so. At 200 % zoom (600 px
 * wide) the view reflows without sideways scrolling. Screenshots of the panel (light, dark,
 * vertical) go to artifacts/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { clickInView, inView, toggleReader, waitOpen } from './helpers/reader';

const SEED = '/pages/seed-us-russia-talks/';

const b = useExtension({ server: true, cdp: true });
/** the removal summary's categories as the clean view showed them when Save was pressed */
let viewRemoved: string[] = [];

/** Ids of stored article records (lib:a:<id>) whose URL contains `needle`. */
async function savedIds(needle: string): Promise<string[]> {
  const sw = await b.serviceWorker();
  return sw.evaluate(async (n) => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([k, v]) => k.startsWith('lib:a:') && String((v as { url?: string }).url).includes(n))
      .map(([k]) => k.slice('lib:a:'.length));
  }, needle);
}

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  const sw = await b.serviceWorker();
  await sw.evaluate(async (p) => {
    const cur = ((await chrome.storage.local.get('reader.settings'))['reader.settings'] ?? {}) as object;
    await chrome.storage.local.set({ 'reader.settings': { ...cur, ...p } });
  }, patch);
}

/** The view's layout facts that reflow is about, read inside the closed shadow root. */
const LAYOUT = `function () {
  const root = this.querySelector('.hb-root'), a = this.querySelector('.hb-article').getBoundingClientRect();
  const p = this.querySelector('.hb-panel')?.getBoundingClientRect();
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, articleBottom: a.bottom, articleRight: a.right,
    panelTop: p ? p.top : null, panelLeft: p ? p.left : null };
}`;

async function openSeedView(page: Page): Promise<void> {
  await page.goto(b.server.url(SEED), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
}

test('the clean view’s Save stores the article in the library and then says Saved', async () => {
  expect(await savedIds('seed-us-russia-talks')).toEqual([]);
  const page = await b.context.newPage();
  await openSeedView(page);
  const label = () => inView<string>(page, `function () { return this.querySelector('.hb-save').getAttribute('aria-label'); }`);
  expect(await label()).toBe('Save');
  await clickInView(page, '.hb-removed-line button'); // the one quiet line opens the per-category list
  viewRemoved = await inView<string[]>(page, `function () { return Array.from(this.querySelectorAll('.hb-removed li[data-category]'), (li) => li.getAttribute('data-category')); }`);
  expect(viewRemoved.length).toBeGreaterThan(5);
  await clickInView(page, '.hb-save');
  await expect.poll(label, { timeout: 5_000 }).toBe('Saved');
  expect(await savedIds('seed-us-russia-talks')).toHaveLength(1);

  // the live clean view: the seed's two photos fail (unreachable here) and leave only their credit
  const figures = await inView<{ imgs: number; captions: string[] }>(
    page,
    `function () { return { imgs: this.querySelectorAll('.hb-body img').length,
       captions: Array.from(this.querySelectorAll('.hb-body figcaption'), (f) => f.textContent.trim()) }; }`,
  );
  expect(figures.imgs).toBe(0);
  expect(figures.captions).toEqual(['引用:NPR', '引用:NPR']);

  // panel screenshots: light, dark, vertical (a caption-only source lines up with the others)
  mkdirSync('artifacts/screenshots', { recursive: true });
  for (const [name, patch] of [
    ['light', { theme: 'light', vertical: false }],
    ['dark', { theme: 'dark', vertical: false }],
    ['vertical', { theme: 'light', vertical: true }],
  ] as const) {
    await setSettings(patch);
    await page.waitForTimeout(200);
    await inView(
      page,
      patch.vertical
        ? `function () { this.querySelector('.hb-panel').scrollIntoView({ block: 'start', inline: 'start' }); }`
        : `function () { this.querySelector('.hb-root').scrollTo(0, 0); }`,
    );
    await page.screenshot({ path: `artifacts/screenshots/panel-${name}.png` });
  }
  // rows line up: the caption-only NPR starts where the button rows start
  const lefts = await inView<number[]>(
    page,
    `function () { return Array.from(this.querySelectorAll('.hb-sp-sources .hb-sp-name'), (n) => Math.round(n.getBoundingClientRect().left)); }`,
  );
  expect(lefts.length).toBeGreaterThan(1);
  expect(new Set(lefts).size).toBe(1);
  await setSettings({ theme: 'auto', vertical: false });
  await page.close();
});

test('the saved seed article opened offline shows the sources & quotes panel, and a quote jumps to its paragraph', async () => {
  const [id] = await savedIds('seed-us-russia-talks');
  expect(id).toBeTruthy();
  await b.context.setOffline(true);
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/article.html?id=${id}`);
    const panel = page.getByRole('complementary');
    await panel.waitFor();
    expect(await panel.locator('.hb-sp-sources').innerText()).toContain('イズベスチヤ');
    const group = panel.locator('.hb-sp-quotes > li', { has: page.locator('.hb-sp-speaker', { hasText: 'ドミトリー・ノビコフ' }) });
    expect(await group.count()).toBe(1);
    const quote = group.getByRole('button').first();
    const quoted = (await quote.locator('q').innerText()).trim();
    expect(quoted.length).toBeGreaterThan(5);

    // the two photos could not be stored (their site is unreachable here): each a visible
    // placeholder, never a bare caption; the NPR credits remain
    await expect.poll(() => page.locator('.hb-body img').count()).toBe(0);
    expect(await page.locator('.hb-body .hb-photo-missing').count()).toBe(2);
    expect(await page.locator('.hb-body figcaption').allInnerTexts()).toEqual(['引用:NPR', '引用:NPR']);
    // the removal summary as it was when saved (it used to say "Nothing was taken out")
    await page.locator('.hb-removed-line button').click();
    expect(await page.locator('.hb-removed li[data-category]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-category')))).toEqual(viewRemoved);

    await page.locator('.hb-root').evaluate((el) => el.scrollTo(0, el.scrollHeight)); // start far from it
    await quote.click();
    const flashed = page.locator('.hb-body [data-p].hb-flash');
    await flashed.waitFor({ timeout: 2_000 });
    expect(await flashed.innerText()).toContain(quoted.slice(0, 10));
    await expect
      .poll(() =>
        flashed.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);

    // reflow at 200 % zoom on the saved page too
    await page.setViewportSize({ width: 600, height: 800 });
    const root = page.locator('.hb-root');
    await expect.poll(() => root.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  } finally {
    await page.close();
    await b.context.setOffline(false);
  }
});

test('at 200 % zoom (600 px wide) the clean view has no sideways scrolling and the panel waits behind its button', async () => {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 600, height: 800 });
  await openSeedView(page);
  const l = await inView<{ scrollWidth: number; clientWidth: number; articleBottom: number; panelTop: number | null }>(page, LAYOUT);
  expect(l.scrollWidth).toBeLessThanOrEqual(l.clientWidth);
  // too narrow for the measure and the panel: a side sheet behind the bar's button (issue #10)
  expect(await inView<string>(page, `function () { return this.querySelector('.hb-root').getAttribute('data-panel'); }`)).toBe('sheet');
  expect(l.panelTop).toBe(0); // hidden
  await clickInView(page, '[data-action="panel"]');
  const sheet = await inView<{ left: number; right: number; top: number }>(page, `function () { const r = this.querySelector('.hb-panel').getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top }; }`);
  expect(sheet.right).toBe(600);
  expect(sheet.left).toBeGreaterThan(0);
  await clickInView(page, '[data-action="panel"]');
  // and at full width it sits beside the article (so the check above is about the narrow view)
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.waitForTimeout(100);
  const wide = await inView<{ articleRight: number; panelLeft: number | null }>(page, LAYOUT);
  expect(wide.panelLeft!).toBeGreaterThanOrEqual(wide.articleRight);
  await page.close();
});

test('the saved page’s bar: back to the library, the saved date, mark read, exports, delete; a deleted article says so', async () => {
  const [id] = await savedIds('seed-us-russia-talks');
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/article.html?id=${id}`);
  const bar = page.getByRole('navigation', { name: 'Saved article' });
  await bar.waitFor();
  expect(await bar.getByRole('link', { name: /Library/ }).getAttribute('href')).toBe('/library.html');
  // the saved date beside the published date, in the meta line
  const meta = page.locator('.hb-meta');
  expect(await meta.locator('time').count()).toBe(2);
  expect(await meta.locator('.hb-saved time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

  await bar.getByRole('button', { name: 'Mark read' }).click();
  await bar.getByRole('button', { name: 'Mark unread' }).waitFor();
  const sw = await b.serviceWorker();
  const entryRead = () =>
    sw.evaluate(async (i) => {
      const all = await chrome.storage.local.get(null);
      for (const [k, v] of Object.entries(all)) if (k.startsWith('lib:i:') && (v as { entries: Record<string, { read: boolean }> }).entries[i]) return (v as { entries: Record<string, { read: boolean }> }).entries[i].read;
      return null;
    }, id);
  await expect.poll(entryRead).toBe(true);

  // one article as Markdown: the title is text, not markup
  const md = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Markdown' }).click();
  const mdText = readFileSync((await (await md).path())!, 'utf8');
  expect(mdText.startsWith('# ')).toBe(true);
  expect(mdText).not.toMatch(/<script|<img/i);
  const html = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'HTML' }).click();
  expect((await html).suggestedFilename()).toMatch(/\.html$/);

  await bar.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('heading', { level: 1, name: /^Deleted/ }).waitFor();
  expect(await page.getByRole('link', { name: 'Library' }).getAttribute('href')).toBe('/library.html');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.hb-body p').first().waitFor();
  await page.close();

  const gone = await b.context.newPage();
  await gone.goto(`chrome-extension://${b.extensionId}/article.html?id=0000000000000000`);
  await gone.getByRole('heading', { level: 1, name: 'Article not found' }).waitFor();
  expect(await gone.getByRole('link', { name: 'Library' }).getAttribute('href')).toBe('/library.html');
  await gone.close();
});
