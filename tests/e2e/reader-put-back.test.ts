/**
 * Put back in real Chromium (issue #14): "Show" lists what was hidden; "Put back" sets each
 * block back where it stood in the article (the seed's ad between two paragraphs, its share bar
 * above the first), marked as put back, and "Hide again" takes it out again. A block that stood
 * outside the article (the sidebar ranking) comes back after it.
 */
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './helpers/extension';
import { clickInView, inView, toggleReader, waitClosed, waitOpen, waitPanelFilled } from './helpers/reader';

let page: Page;

const session = useExtension({ server: true, lang: 'ja' });
beforeAll(async () => {
  page = await session.context.newPage();
  await page.goto(session.server.url('/pages/seed-us-russia-talks/'), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
});

/** Where a put-back block of `category` sits: its neighbours' data-p and the vertical order. */
const PLACE = (category: string) => `function () {
  const b = this.querySelector('.hb-body .hb-putback[data-category="${category}"]');
  if (!b) return null;
  const p = (el, dir) => { for (let e = el[dir]; e; e = e[dir]) { const m = e.matches('[data-p]') ? e : e.querySelector('[data-p]'); if (m) return m; } return null; };
  const before = p(b, 'previousElementSibling'); const after = p(b, 'nextElementSibling');
  const r = b.getBoundingClientRect();
  return { before: before ? Number(before.dataset.p) : null, after: after ? Number(after.dataset.p) : null,
    mark: b.querySelector('.hb-putback-mark span').textContent,
    below: before ? r.top >= before.getBoundingClientRect().bottom - 1 : true, above: after ? r.bottom <= after.getBoundingClientRect().top + 1 : true };
}`;

test('the ad goes back between the two paragraphs it stood between, marked, and hides again', async () => {
  // (the analysis arrives after the paint; its panel settles before the summary's Show is clicked,
  // and the list stays open for the next test)
  await waitPanelFilled(page);
  await clickInView(page, '.hb-removed-line button');
  await clickInView(page, '[data-category="ads"] .hb-putback-toggle');
  const place = await inView<{ before: number | null; after: number | null; mark: string; below: boolean; above: boolean }>(page, PLACE('ads'));
  expect(place).not.toBeNull();
  expect(place!.after).toBe(place!.before! + 1);
  expect(place!.before).toBeGreaterThan(0);
  expect(place).toMatchObject({ mark: '戻した部分：広告', below: true, above: true });
  // the summary's button now hides it again; so does the block's own
  expect(await inView<string>(page, `function () { return this.querySelector('[data-category="ads"] .hb-putback-toggle').textContent; }`)).toBe('隠す');
  await clickInView(page, '.hb-body .hb-putback[data-category="ads"] .hb-link');
  expect(await inView(page, PLACE('ads'))).toBeNull();
  expect(await inView<string>(page, `function () { return this.querySelector('[data-category="ads"] .hb-putback-toggle').textContent; }`)).toBe('戻す');
});

test('the share bar goes back above the first paragraph; the sidebar ranking after the article', async () => {
  await clickInView(page, '[data-category="share"] .hb-putback-toggle');
  const share = await inView<{ before: number | null; after: number | null }>(page, PLACE('share'));
  expect(share).toMatchObject({ before: null, after: 0 });
  await clickInView(page, '[data-category="ranking"] .hb-putback-toggle');
  const ranking = await inView<{ inBody: boolean; afterArticleText: boolean; text: string }>(
    page,
    `function () { const b = this.querySelector('.hb-restored .hb-putback[data-category="ranking"]'); const body = this.querySelector('.hb-body');
       return { inBody: !!body.querySelector('[data-category="ranking"]'), afterArticleText: !!b && !!(body.compareDocumentPosition(b) & 4), text: b?.textContent ?? '' }; }`,
  );
  expect(ranking.inBody).toBe(false);
  expect(ranking.afterArticleText).toBe(true);
  expect(ranking.text).toContain('北朝鮮ハッカー、「Google位置情報」まで悪用か');
  await toggleReader(page);
  await waitClosed(page);
});
