/**
 * The clean view with the browser in Japanese (--lang=ja) in Tokyo (TZ=Asia/Tokyo): Japanese UI
 * labels, the removed blocks summed up in one line with their natural names (ランキング, 共有ボタン…)
 * and none of their text, and the publication time in the reader's zone without a zone name
 * (the seed says 10:12 +09:00). artifacts/screenshots/ gets a screenshot every run (the README's
 * are taken by reader-shots.test.ts).
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadPageFixture } from '../helpers/fixtures';
import { useExtension } from './helpers/extension';
import { axNames, axText, clickInView, expectText, inView, toggleReader, waitClosed, waitOpen } from './helpers/reader';

const session = useExtension({ server: true, lang: 'ja', env: { TZ: 'Asia/Tokyo' } });

test('Japanese UI: labels in Japanese, one quiet summary line with natural names, the time in Tokyo', async () => {
  const page = await session.context.newPage();
  const { expected } = loadPageFixture('seed-us-russia-talks');
  await page.goto(session.server.url('/pages/seed-us-russia-talks/'), { waitUntil: 'load' });
  await toggleReader(page);
  await waitOpen(page);
  const ax = await axText(page);
  expect(await axNames(page)).toContain('button:本文表示を閉じる');
  const line = await inView<string>(page, `function () { return this.querySelector('.hb-removed-line').textContent; }`);
  expect(line).toMatch(/^\d+件を非表示：.*ランキング.*共有ボタン.*広告.* · 表示する$/);
  expect(line).not.toContain('元に戻す');
  expectText(ax, expected.must_have ?? [], expected.must_not ?? []);
  // 10:12 +09:00, read in Tokyo: the same hour, no zone named
  expect(await inView<string>(page, `function () { return this.querySelector('time').textContent; }`)).toBe('2025年9月30日 10:12');
  mkdirSync('artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: 'artifacts/screenshots/clean-view-ja.png' });

  // Show lists the categories with their items as lists and 戻す buttons; the removed text appears only then
  await clickInView(page, '.hb-removed-line button');
  const list = await inView<{ names: string[]; buttons: string[]; rankingItems: number }>(
    page,
    `function () { return { names: Array.from(this.querySelectorAll('.hb-cat-name'), (e) => e.firstChild.textContent.trim()),
       buttons: Array.from(this.querySelectorAll('.hb-putback-toggle'), (b) => b.textContent),
       rankingItems: this.querySelectorAll('[data-category="ranking"] .hb-items li').length }; }`,
  );
  expect(list.names).toContain('ランキング');
  expect(new Set(list.buttons)).toEqual(new Set(['戻す']));
  expect(list.rankingItems).toBeGreaterThan(2);
  await clickInView(page, '.hb-removed-line button');
  expect(await inView<number>(page, `function () { return this.querySelectorAll('.hb-items').length; }`)).toBe(0);

  await toggleReader(page);
  await waitClosed(page);
  await page.close();
});
