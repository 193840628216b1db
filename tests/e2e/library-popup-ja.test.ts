import { expect, test } from 'vitest';
import { useExtension } from './helpers/extension';
import { openPopup } from './helpers/popup';

// The popup in the Japanese UI: one 保存 button, 保存済み after saving, labels from _locales/ja.
const b = useExtension({ server: true, cdp: true, lang: 'ja' });

test('保存 saves at once and then reads 保存済み; the search box has a Japanese name', async () => {
  const tab = await b.context.newPage();
  await tab.goto(b.server.url('/pages/parser-yomiuri/'));
  const popup = await openPopup(b, tab);
  const save = popup.getByRole('button', { name: /^保存/ });
  await expect.poll(() => save.count()).toBe(1);
  expect(await save.textContent()).toBe('保存');
  await save.click();
  await popup.locator('.lib-list .lib-title').first().waitFor({ timeout: 1_000 });
  await expect.poll(() => save.textContent()).toBe('保存済み');
  expect(await popup.getByRole('searchbox', { name: '保存した記事を検索' }).count()).toBe(1);
  expect(await popup.getByRole('button', { name: '本文表示' }).count()).toBe(1);
  await popup.close();
  await tab.close();
});
