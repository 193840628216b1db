/**
 * The clean view with the browser in Japanese (--lang=ja): Japanese UI labels, which never
 * repeat the site's clutter headings (the seed's must_not holds ランキング). The README's
 * screenshot (tests/e2e/screenshots/clean-view.png, committed) is rewritten only with
 * UPDATE_SCREENSHOTS=1, so ordinary runs leave the tree clean; artifacts/ gets one every run.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadPageFixture } from '../helpers/fixtures';
import { useExtension } from './helpers/extension';
import { axText, clickInView, expectText, inView, toggleReader, waitClosed, waitOpen } from './helpers/reader';


const session = useExtension({ server: true, lang: 'ja' });

test('Japanese UI: labels in Japanese, removed categories named without the sites’ words', async () => {
  const page = await session.context.newPage();
  const { expected } = loadPageFixture('seed-us-russia-talks');
  await page.goto(session.server.url('/pages/seed-us-russia-talks/'), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  const ax = await axText(page);
  expect(ax).toContain('本文表示を閉じる');
  expect(ax).toContain('このページから取り除いたもの');
  const labels = await inView<string[]>(
    page,
    `function () { return Array.from(this.querySelectorAll('.hb-removed .hb-disclosure'), (b) => b.textContent); }`,
  );
  expect(labels.length).toBeGreaterThan(0);
  for (const l of labels) expect(l).toMatch(/（?\(?\d+件\)?/);
  expectText(ax, expected.must_have ?? [], expected.must_not ?? []);
  mkdirSync('artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: 'artifacts/screenshots/clean-view-ja.png' });
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'tests/e2e/screenshots/clean-view.png' });

  // expanding a category shows its text; collapsing hides it again from AT
  await clickInView(page, '.hb-removed .hb-disclosure');
  const expanded = await inView<string>(page, `function () { return this.querySelector('.hb-removed-items').textContent; }`);
  expect(expanded.length).toBeGreaterThan(0);
  await clickInView(page, '.hb-removed .hb-disclosure');
  expect(await inView<string>(page, `function () { return this.querySelector('.hb-removed-items').textContent; }`)).toBe('');

  await toggleReader(page);
  await waitClosed(page);
  await page.close();
});
