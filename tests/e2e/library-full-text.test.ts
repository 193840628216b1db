/**
 * Search reaches the whole saved text. The stored search record keeps an article's first 1,500
 * characters (the popup's search stays quick at 10,000 articles), so a phrase from the middle of
 * a long article was not found anywhere. The library page now reads the saved articles' whole
 * texts on its first search; the popup, which still matches the opening only, offers that search.
 * The library page, open while articles are saved elsewhere, also measures its storage again.
 */
import { expect, test } from 'vitest';
import { useExtension } from './helpers/extension';
import { extensionPage, openPopup } from './helpers/popup';
import { makePayload } from './helpers/library-payload';
import { SEARCH_TEXT_CAP } from '../../utils/library/schema';
import { BULK_RARE_WORD, bulkArticle, seedBulkLibrary } from './helpers/library-bulk';

const b = useExtension({ server: true, cdp: true });

// a sentence at the end of a long article, far past the stored opening
const NEEDLE_JA = 'ミツバチの帰巣本能';
const NEEDLE_EN = 'honeybee homing';
function longArticle(url: string, title: string): Record<string, unknown> {
  const p = makePayload(url, title, 30);
  const tail = `${NEEDLE_JA}について研究チームが調べた。Researchers studied ${NEEDLE_EN} at dusk.`;
  return { ...p, html: `${p.html as string}<p data-p="30">${tail}</p>`, text: `${p.text as string}\n\n${tail}` };
}

test('a phrase deep in a saved article: the popup offers the whole-text search, and the library page finds it', async () => {
  const page = await extensionPage(b.context, b.extensionId, 'library.html');
  const payloads = [
    makePayload('https://news.example.jp/a/1', '予算案の審議 1'),
    longArticle('https://news.example.jp/a/2', '予算案の審議 2'),
    makePayload('https://news.example.jp/a/3', '予算案の審議 3'),
  ];
  expect((payloads[1].text as string).indexOf(NEEDLE_JA)).toBeGreaterThan(SEARCH_TEXT_CAP * 2);
  await page.evaluate((ps) => Promise.all(ps.map((article) => chrome.runtime.sendMessage({ type: 'library:save', article }))), payloads);
  // the library page, open before the saves, measures its storage again (it kept the empty figure)
  await expect.poll(() => page.locator('.lib-usage').textContent()).toMatch(/^Library: 3 articles · storage used: [\d.]+ kB$/);

  // the popup matches titles and openings: nothing, and a way to the whole-text search
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-yomiuri/'));
  const popup = await openPopup(b, tab);
  await expect.poll(() => popup.locator('.lib-row').count()).toBe(3);
  await popup.getByRole('searchbox').fill(NEEDLE_JA);
  await popup.getByText('No saved article matches.').waitFor();
  const opened = b.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Search inside whole articles in the library' }).click();
  const lib = await opened;
  await lib.waitForLoadState('domcontentloaded');
  expect(new URL(lib.url()).searchParams.get('q')).toBe(NEEDLE_JA);
  await expect.poll(() => lib.getByRole('searchbox').inputValue()).toBe(NEEDLE_JA);
  await expect.poll(() => lib.locator('.lib-list a.lib-title').allTextContents()).toEqual(['予算案の審議 2']);
  await expect.poll(() => lib.locator('.lib-count').textContent()).toBe('1 of 3 articles');

  // typed on the library page, in another script and case; a phrase in no article matches none
  await lib.getByRole('searchbox').fill('HONEYBEE Homing');
  await expect.poll(() => lib.locator('.lib-list a.lib-title').allTextContents()).toEqual(['予算案の審議 2']);
  await lib.getByRole('searchbox').fill('honeybee swarming');
  await lib.getByText('No saved article matches.').waitFor();
  // the library page has its own whole-text search: no link to itself
  expect(await lib.getByRole('button', { name: 'Search inside whole articles in the library' }).count()).toBe(0);
  await Promise.all([lib.close(), popup.close(), tab.close(), page.close()]);
});

test('600 saved articles: the pass shows its progress, says "no match" and the live count only at its end, and finds the words past every opening', async () => {
  const N = 600;
  const holders = Array.from({ length: N }, (_, i) => i).filter((i) => i % 97 === 0);
  // the rare word sits past the stored opening: only the whole-text pass can find it
  expect(bulkArticle(holders[1]).text.indexOf(BULK_RARE_WORD)).toBeGreaterThan(SEARCH_TEXT_CAP);
  await seedBulkLibrary(b, N);
  const lib = await extensionPage(b.context, b.extensionId, 'library.html');
  await expect.poll(() => lib.locator('.lib-usage').textContent(), { timeout: 20_000 }).toMatch(/^Library: 600 articles/);
  // every status line the page shows from the first keystroke on, as the reader would see it
  await lib.evaluate(() => {
    const seen: string[] = [];
    const counts: string[] = [];
    Object.assign(window, { seen, counts });
    const note = () => {
      for (const el of document.querySelectorAll('.lib-fulltext, .lib-empty')) {
        const t = el.textContent ?? '';
        if (seen[seen.length - 1] !== t) seen.push(t);
      }
      // what the count's live region says, each change once
      const c = document.querySelector('.lib-count')?.textContent ?? null;
      if (c !== null && counts[counts.length - 1] !== c) counts.push(c);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await lib.getByRole('searchbox').fill(BULK_RARE_WORD);
  await expect.poll(() => lib.locator('.lib-count').textContent(), { timeout: 30_000 }).toBe(`${holders.length} of 600 articles`);
  await expect.poll(() => lib.locator('.lib-fulltext').count()).toBe(0);
  const seen = await lib.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const progress = seen.filter((t) => t.startsWith('Searching inside articles:'));
  expect(progress.length).toBeGreaterThan(0);
  for (const line of progress) expect(line).toMatch(/^Searching inside articles: \d+ of 600$/);
  expect(seen).not.toContain('No saved article matches.');
  // the live count speaks once, with the final figure, not once per batch of 40
  const counts = await lib.evaluate(() => (window as unknown as { counts: string[] }).counts);
  expect(counts.filter(Boolean)).toEqual([`${holders.length} of 600 articles`]);
  expect(await lib.locator('.lib-count').getAttribute('aria-live')).toBe('polite');
  const titles = await lib.locator('.lib-list a.lib-title').allTextContents();
  expect(titles.sort()).toEqual(holders.map((i) => bulkArticle(i).title).sort());
  await lib.close();
});
