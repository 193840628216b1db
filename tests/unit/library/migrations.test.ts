import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { migrateLibrary } from '../../../utils/library/migrate';
import { loadArticle, loadIndex, loadRecent, loadSearchTexts } from '../../../utils/library/read';
import { LIBRARY_SCHEMA_VERSION, SHARD_COUNT, articleKey, searchKey, shardKey } from '../../../utils/library/schema';
import { shardOf } from '../../../utils/library/ids';
import { realisticStorage } from '../../helpers/library';

/**
 * Frozen examples of every stored layout version, exactly as written by that version.
 * Never edit one; add a new entry when LIBRARY_SCHEMA_VERSION goes up.
 */
const ID = '1a2b3c4d5e6f7a8b';
const FROZEN: Record<number, Record<string, unknown>> = {
  1: {
    [articleKey(ID)]: {
      schemaVersion: 1,
      id: ID,
      url: 'https://www3.nhk.or.jp/news/html/20250101/k1000.html',
      title: 'ｉＰｈｏｎｅ新型を発表　東京',
      byline: null,
      siteName: 'NHK',
      site: 'www3.nhk.or.jp',
      lang: 'ja',
      publishedTime: '2025-01-01T00:00:00+09:00',
      readingMinutes: 2,
      html: '<p data-p="0">本文です。</p>',
      text: '本文です。',
      sources: [],
      quotes: [],
      isArticle: true,
      savedAt: 1735657200000,
    },
    [shardKey(shardOf(ID, SHARD_COUNT))]: {
      schemaVersion: 1,
      entries: { [ID]: { id: ID, url: 'https://www3.nhk.or.jp/news/html/20250101/k1000.html', title: 'ｉＰｈｏｎｅ新型を発表　東京', site: 'www3.nhk.or.jp', savedAt: 1735657200000, read: true } },
    },
  },
  2: {
    [articleKey(ID)]: {
      schemaVersion: 2,
      id: ID,
      url: 'https://www3.nhk.or.jp/news/html/20250101/k1000.html',
      pageUrl: 'https://www3.nhk.or.jp/news/html/20250101/k1000.html?utm_source=x',
      title: 'ｉＰｈｏｎｅ新型を発表　東京',
      byline: null,
      siteName: 'NHK',
      site: 'www3.nhk.or.jp',
      lang: 'ja',
      dir: 'ltr',
      publishedTime: '2025-01-01T00:00:00+09:00',
      modifiedTime: null,
      readingMinutes: 2,
      truncated: false,
      nextPage: null,
      html: '<p data-p="0">本文です。</p>',
      text: '本文です。',
      sources: [],
      quotes: [],
      anonymousSources: 0,
      isArticle: true,
      bestEffort: false,
      capped: false,
      savedAt: 1735657200000,
      updatedAt: 1735657200000,
      extractorVersion: 'honbun-pipeline/0.1',
    },
    [searchKey(ID)]: { schemaVersion: 2, id: ID, folded: 'iphone新型を発表 東京\nnhk\nwww3.nhk.or.jp\n本文です。' },
    [shardKey(shardOf(ID, SHARD_COUNT))]: {
      schemaVersion: 2,
      entries: {
        [ID]: {
          id: ID,
          url: 'https://www3.nhk.or.jp/news/html/20250101/k1000.html',
          title: 'ｉＰｈｏｎｅ新型を発表　東京',
          site: 'www3.nhk.or.jp',
          siteName: 'NHK',
          lang: 'ja',
          savedAt: 1735657200000,
          updatedAt: 1735657200000,
          readingMinutes: 2,
          isArticle: true,
          bestEffort: false,
          capped: false,
          read: true,
          deletedAt: null,
          size: 60,
        },
      },
    },
  },
};

beforeEach(() => realisticStorage());

test('there is a frozen example of every schema version', () => {
  for (let v = 1; v <= LIBRARY_SCHEMA_VERSION; v++) expect(FROZEN[v], `frozen example of version ${v}`).toBeDefined();
});

for (const [version, example] of Object.entries(FROZEN)) {
  test(`version ${version} migrates to the current version and reads back intact`, async () => {
    await browser.storage.local.set(structuredClone(example));
    await migrateLibrary();
    const rec = await loadArticle(ID);
    expect(rec?.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(rec).toMatchObject({ title: 'ｉＰｈｏｎｅ新型を発表　東京', savedAt: 1735657200000, html: '<p data-p="0">本文です。</p>' });
    const [entry] = await loadIndex();
    expect(entry).toMatchObject({ id: ID, read: true, savedAt: 1735657200000, deletedAt: null });
    expect((await loadSearchTexts([ID])).get(ID)).toContain('iphone新型');
    expect((await loadRecent())?.map((e) => e.id)).toEqual([ID]); // the derived recent list is rebuilt
  });
}

test('migration is idempotent: a second run changes nothing', async () => {
  await browser.storage.local.set(structuredClone(FROZEN[1]));
  expect(await migrateLibrary()).toBe(1);
  const after1 = await browser.storage.local.get(null);
  expect(await migrateLibrary()).toBe(0);
  expect(await browser.storage.local.get(null)).toEqual(after1);
});

test('an interrupted migration resumes: the record was migrated, the shard not yet', async () => {
  await browser.storage.local.set(structuredClone(FROZEN[1]));
  const set = browser.storage.local.set.bind(browser.storage.local);
  let calls = 0;
  vi.spyOn(browser.storage.local, 'set').mockImplementation((async (items: Record<string, unknown>) => {
    if (++calls === 2) throw new Error('worker killed'); // dies before the shard write
    return set(items);
  }) as never);
  await expect(migrateLibrary()).rejects.toThrow('worker killed');
  expect((await loadArticle(ID))?.schemaVersion).toBe(2);
  vi.mocked(browser.storage.local.set).mockRestore();
  await migrateLibrary();
  expect(await loadIndex()).toMatchObject([{ id: ID, read: true, readingMinutes: 2 }]);
});
