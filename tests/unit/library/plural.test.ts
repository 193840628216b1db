/**
 * "Library: 1 articles" (issue #14): counted messages come as _one/_other in every locale, and
 * the plural rules are those of the messages' own locale.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;
const LOCALES = ['en', 'ja', 'zh_CN', 'zh_TW', 'ko'];
const load = (l: string) => JSON.parse(readFileSync(resolve(`public/_locales/${l}/messages.json`), 'utf8')) as Messages;

/** browser.i18n.getMessage over one locale's file, with $1…$9 filled in as Chrome does. */
function useLocale(l: string) {
  const m = load(l);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    m[key]?.message.replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '') ?? '') as never);
}

async function freshI18n() {
  vi.resetModules();
  return import('../../../utils/library/i18n');
}

afterEach(() => vi.restoreAllMocks());

describe('every locale', () => {
  test.each(LOCALES)('%s: each counted message has both forms, and libPluralLocale is a language Intl knows', (l) => {
    const m = load(l);
    const bases = new Set(Object.keys(m).filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
    expect(bases.size).toBeGreaterThanOrEqual(3);
    for (const b of bases) {
      expect(m[`${b}_one`], `${l}:${b}_one`).toBeDefined();
      expect(m[`${b}_other`], `${l}:${b}_other`).toBeDefined();
      expect(m[b], `${l}: no bare ${b} left`).toBeUndefined();
    }
    expect(Intl.PluralRules.supportedLocalesOf([m.libPluralLocale.message])).toHaveLength(1);
    // the old message that said "Library: 1 articles" now takes the counted phrase
    expect(m.libStorageUsed.message).toContain('$1');
    expect(m.libStorageUsed.message).not.toMatch(/articles|件|篇|개/);
  });
});

test('English: 1 article, 2 articles, 0 articles; 1 of 1 article', async () => {
  useLocale('en');
  const { t, tn } = await freshI18n();
  const used = (n: number) => t('libStorageUsed', tn('libArticles', n, n), '2.0 kB');
  expect(used(1)).toBe('Library: 1 article · storage used: 2.0 kB');
  expect(used(2)).toBe('Library: 2 articles · storage used: 2.0 kB');
  expect(used(0)).toBe('Library: 0 articles · storage used: 2.0 kB');
  expect(tn('libCount', 1, 1, 1)).toBe('1 of 1 article');
  expect(tn('libCount', 10, 3, 10)).toBe('3 of 10 articles');
  expect(tn('libImagesPartNotice', 1, 0, 1)).toMatch(/^0 of 1 photo saved/);
});

test('Japanese, Chinese and Korean have one form: 1 件, 1 篇文章, 기사 1개', async () => {
  for (const [l, want] of [
    ['ja', 'ライブラリ：1 件・使用容量：2.0 kB'],
    ['zh_CN', '资料库：1 篇文章 · 已用存储：2.0 kB'],
    ['ko', '라이브러리: 기사 1개 · 사용한 저장 공간: 2.0 kB'],
  ]) {
    vi.restoreAllMocks();
    useLocale(l);
    const { t, tn } = await freshI18n();
    expect(t('libStorageUsed', tn('libArticles', 1, 1), '2.0 kB')).toBe(want);
  }
});

test('a browser in a language Honbun has no messages for reads English with English plurals', async () => {
  // French would call 0 "one"; the English messages are what shows, so English rules apply
  useLocale('en');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
  const { tn } = await freshI18n();
  expect(tn('libArticles', 0, 0)).toBe('0 articles');
});
