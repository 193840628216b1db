/**
 * Excerpts and publication times for the library page (issue #14): how they are made, where
 * they are kept, and the one-time fill of articles saved before they were.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { EXCERPT_CHARS, excerptOf, publishedAtOf } from '../../../utils/library/excerpt';
import { backfillEntryDetails, detailsFilled, fillShardDetails } from '../../../utils/library/entry-details';
import { enqueue } from '../../../utils/library/queue';
import { applySave } from '../../../utils/library/write';
import { loadExcerpts, loadIndex, loadRecent } from '../../../utils/library/read';
import { SHARD_COUNT, shardKey, type IndexEntry, type IndexShard, type SearchRecord } from '../../../utils/library/schema';
import { shardOf } from '../../../utils/library/ids';
import { payload, realisticStorage } from '../../helpers/library';

describe('excerptOf', () => {
  test('a short text is kept whole, white space folded, paragraphs of Japanese joined without a space', () => {
    expect(excerptOf('  One line.\n\n Two  lines. ', 'en')).toBe('One line. Two lines.');
    expect(excerptOf('気象庁は発表した。\n\n向こう1週間は雨の見込み。', 'ja')).toBe('気象庁は発表した。向こう1週間は雨の見込み。');
    // an ideographic space written inside a line stays; Korean keeps its spaces between words
    expect(excerptOf('閣議了解へ　防衛費が焦点', 'ja')).toBe('閣議了解へ　防衛費が焦点');
    expect(excerptOf('서울시는 심야 버스를\n추가했다.', 'ko')).toBe('서울시는 심야 버스를 추가했다.');
  });

  test('a long English text ends at a sentence when one falls late enough, else at a word with an ellipsis', () => {
    const s1 = 'The world’s oceans absorbed more heat last year than in any year since measurements began, according to a study published on Monday. ';
    const long = s1 + 'The researchers said the trend showed no sign of slowing, with consequences for sea levels.';
    expect(excerptOf(long, 'en')).toBe(s1.trim());
    const run = 'Kamiyama, a town of 5,000 people in the mountains of Tokushima, has attracted dozens of start-ups since it laid fibre-optic cable to every home and its mayor says the newcomers kept the school open';
    const out = excerptOf(run, 'en');
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
    // never inside a word: what precedes the ellipsis is a whole word of the text
    const words = out.slice(0, -1).split(' ');
    expect(run.split(' ')).toContain(words[words.length - 1]);
  });

  test('"U.S." and "3.5" do not end a sentence; a closing quote stays with its sentence', () => {
    const text = `${'x'.repeat(30)} Then the U.S. team scored 3.5 points more than Mr. Smith expected in the second half.`;
    for (const cap of [40, 45, 55, 60, 70, 85, 95]) expect(excerptOf(text, 'en', cap), String(cap)).toMatch(/…$/);
    expect(excerptOf(`${'a'.repeat(40)} “we will win.” ${'b '.repeat(40)}`, 'en', 60)).toBe(`${'a'.repeat(40)} “we will win.”`);
  });

  test('a long Japanese text ends at 。 within the cap, and only the start of a huge text is ever looked at', () => {
    const sentence = '政府は来年度予算案の概算要求基準を近く閣議了解する方針を固めた。';
    const out = excerptOf(sentence.repeat(20), 'ja');
    expect(out.endsWith('。')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(out.length).toBeGreaterThan(EXCERPT_CHARS * 0.6);
    const huge = 'あ'.repeat(500_000);
    const t0 = performance.now();
    expect(excerptOf(huge, 'ja').endsWith('…')).toBe(true);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  test('a language tag Intl cannot read does not throw', () => {
    expect(excerptOf('word '.repeat(100), 'not a tag!!')).toMatch(/…$/);
  });
});

test('publishedAtOf: a date, or null for none and for what no Date can hold', () => {
  expect(publishedAtOf('2025-06-03T13:16:00+09:00')).toBe(Date.UTC(2025, 5, 3, 4, 16));
  expect(publishedAtOf(null)).toBeNull();
  expect(publishedAtOf('')).toBeNull();
  expect(publishedAtOf('yesterday')).toBeNull();
  expect(publishedAtOf(12 as never)).toBeNull();
});

describe('where they are kept, and articles saved before they were', () => {
  beforeEach(realisticStorage);

  test('a save puts the publication time in the index entry and the excerpt in the search record, not the index', async () => {
    const r = await applySave(payload('https://a.example/1', { text: 'First sentence. Second one.', publishedTime: '2025-05-01T09:00:00Z' }));
    if (!r.ok) throw new Error('save failed');
    const [e] = await loadIndex();
    expect(e.publishedAt).toBe(Date.UTC(2025, 4, 1, 9));
    expect((await loadRecent())?.[0].publishedAt).toBe(Date.UTC(2025, 4, 1, 9));
    // the index every list reads whole stays small: no text in it
    expect(JSON.stringify(e)).not.toContain('First sentence');
    expect(await loadExcerpts([r.id, 'ffffffffffffffff'])).toEqual(new Map([[r.id, 'First sentence. Second one.']]));
  });

  test('the backfill fills old articles from their records, shard by shard, once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await applySave(payload(`https://a.example/${i}`, { text: `Text number ${i}.`, publishedTime: i === 2 ? null : `2025-0${i + 1}-01T00:00:00Z` }));
      if (r.ok) ids.push(r.id);
    }
    // make them look like articles saved before issue #14
    const all = await browser.storage.local.get(null);
    for (const [k, v] of Object.entries(all)) {
      if (k.startsWith('lib:t:')) delete (v as SearchRecord).excerpt;
      else if (k.startsWith('lib:i:')) for (const e of Object.values((v as IndexShard).entries)) delete e.publishedAt;
      else if (k === 'lib:recent') for (const e of (v as { entries: IndexEntry[] }).entries) delete e.publishedAt;
      else continue;
      await browser.storage.local.set({ [k]: v });
    }
    expect((await loadIndex()).every((e) => !('publishedAt' in e))).toBe(true);
    expect((await loadExcerpts(ids)).size).toBe(0);

    expect(await backfillEntryDetails(enqueue)).toBe(3);
    const excerpts = await loadExcerpts(ids);
    expect(ids.map((id) => excerpts.get(id))).toEqual(['Text number 0.', 'Text number 1.', 'Text number 2.']);
    const after = await loadIndex();
    expect(after.find((e) => e.id === ids[2])?.publishedAt).toBeNull();
    expect(after.find((e) => e.id === ids[1])?.publishedAt).toBe(Date.UTC(2025, 1, 1));
    // the popup's first paint (the recent list) has them too
    expect((await loadRecent())?.every((e) => e.publishedAt !== undefined)).toBe(true);
    expect(await detailsFilled.getValue()).toBe(true);
    // done once: nothing is read again
    expect(await backfillEntryDetails(enqueue)).toBe(0);
  });

  test('an article whose record is gone gets no date and keeps its search record; a shard with nothing to fill is left alone', async () => {
    const r = await applySave(payload('https://a.example/x', { text: 'Some text.' }));
    if (!r.ok) throw new Error('save failed');
    const key = shardKey(shardOf(r.id, SHARD_COUNT));
    expect(await fillShardDetails(key)).toBe(0);
    const shard = (await browser.storage.local.get(key))[key] as IndexShard;
    delete shard.entries[r.id].publishedAt;
    await browser.storage.local.set({ [key]: shard });
    await browser.storage.local.remove(`lib:a:${r.id}`);
    expect(await fillShardDetails(key)).toBe(1);
    const [e] = await loadIndex();
    expect(e.publishedAt).toBeNull();
    expect((await loadExcerpts([r.id])).get(r.id)).toBe('Some text.');
  });
});
