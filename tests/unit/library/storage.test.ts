import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { enqueue } from '../../../utils/library/queue';
import { applyDelete, applyMarkRead, applyRestore, applySave, purgeTombstones } from '../../../utils/library/write';
import { loadArticle, loadIndex, loadRecent, loadSearchTexts } from '../../../utils/library/read';
import { HTML_CAP_CHARS, KEY_RECENT, RECENT_COUNT, SHARD_COUNT, TOMBSTONE_TTL_MS, articleKey, shardKey, type IndexShard } from '../../../utils/library/schema';
import { articleIdFor, shardOf } from '../../../utils/library/ids';
import { registerLibrary } from '../../../utils/library/background';
import { librarySettings } from '../../../utils/library/settings';
import { payload, realisticStorage } from '../../helpers/library';
import { contentScript, domInJsdom, popupSender, sendAs } from './background-harness';
import { setDomRunner } from '../../../utils/library/dom-host';

beforeEach(() => {
  realisticStorage();
});

describe('the serialized writer', () => {
  test('200 concurrent saves through the queue keep 200 entries', async () => {
    const urls = Array.from({ length: 200 }, (_, i) => `https://news.example.jp/a/${i}`);
    const results = await Promise.all(urls.map((u) => enqueue(() => applySave(payload(u)))));
    expect(results.every((r) => r.ok)).toBe(true);
    const index = await loadIndex();
    expect(index).toHaveLength(200);
    expect(new Set(index.map((e) => e.url))).toEqual(new Set(urls));
  });

  test('control: the same saves without the queue lose entries (the test can fail)', async () => {
    const urls = Array.from({ length: 200 }, (_, i) => `https://news.example.jp/b/${i}`);
    await Promise.all(urls.map((u) => applySave(payload(u))));
    expect((await loadIndex()).length).toBeLessThan(200);
  });

  test('the same URL twice (fragment, utm_*, fbclid) is one entry, updated not duplicated', async () => {
    const a = await enqueue(() => applySave(payload('https://news.example.jp/x?id=1#top', { title: 'First' }), 1000));
    const b = await enqueue(() => applySave(payload('https://news.example.jp/x?utm_source=t&id=1&fbclid=zz', { title: 'Second' }), 2000));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.id).toBe(b.id);
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    const index = await loadIndex();
    expect(index).toHaveLength(1);
    expect(index[0]).toMatchObject({ title: 'Second', savedAt: 1000, updatedAt: 2000 });
  });

  test('a save is one set call holding record, search text, one shard and the bounded recent list', async () => {
    const calls: string[][] = [];
    const set = browser.storage.local.set.bind(browser.storage.local);
    vi.spyOn(browser.storage.local, 'set').mockImplementation((async (items: Record<string, unknown>) => {
      calls.push(Object.keys(items));
      return set(items);
    }) as never);
    const r = await applySave(payload('https://news.example.jp/one'));
    expect(r.ok).toBe(true);
    expect(calls).toHaveLength(1);
    const id = articleIdFor('https://news.example.jp/one');
    expect(calls[0].sort()).toEqual([articleKey(id), `lib:t:${id}`, shardKey(shardOf(id, SHARD_COUNT)), KEY_RECENT].sort());
  });

  test('the recent list holds the newest entries only, and never a deleted one', async () => {
    for (let i = 0; i < RECENT_COUNT + 15; i++) await applySave(payload(`https://news.example.jp/r/${i}`), 1000 + i);
    const recent = await loadRecent();
    expect(recent).toHaveLength(RECENT_COUNT);
    expect(recent![0].url).toBe(`https://news.example.jp/r/${RECENT_COUNT + 14}`);
    const all = await loadIndex();
    expect(recent!.map((e) => e.id)).toEqual(all.slice(0, RECENT_COUNT).map((e) => e.id));
    await applyDelete(recent![0].id);
    expect((await loadRecent())!.map((e) => e.id)).not.toContain(recent![0].id);
  });

  test('records carry schemaVersion and epoch-ms times; search text is stored apart from the HTML', async () => {
    const r = await applySave(payload('https://news.example.jp/v', { title: 'ｉＰｈｏｎｅ　新型', text: '本文テキスト' }), 1_700_000_000_000);
    if (!r.ok) throw new Error(r.message);
    const rec = await loadArticle(r.id);
    expect(rec).toMatchObject({ schemaVersion: 2, savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 });
    const texts = await loadSearchTexts([r.id]);
    expect(texts.get(r.id)).toContain('iphone 新型');
    expect(texts.get(r.id)).not.toContain('<p');
  });

  test('an oversized article is capped and marked so; a huge one is refused with a reason', async () => {
    const big = '<p>' + 'あ'.repeat(HTML_CAP_CHARS) + '</p><p>tail</p>';
    const r = await applySave(payload('https://news.example.jp/big', { html: big }));
    expect(r.ok && r.capped).toBe(true);
    const huge = await applySave(payload('https://news.example.jp/huge', { html: 'x'.repeat(5_000_000) }));
    expect(huge).toMatchObject({ ok: false, code: 'too-large' });
  });

  test('storage failures and quota errors come back as codes, not silence', async () => {
    const set = vi.spyOn(browser.storage.local, 'set');
    set.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await applySave(payload('https://news.example.jp/q'))).toMatchObject({ ok: false, code: 'quota' });
    set.mockRejectedValue(new Error('IO error: disk'));
    expect(await applySave(payload('https://news.example.jp/q'))).toMatchObject({ ok: false, code: 'storage' });
  });

  test('delete is undoable, mark read sticks, expired deletions are purged', async () => {
    const r = await applySave(payload('https://news.example.jp/d'), 1000);
    if (!r.ok) throw new Error(r.message);
    await applyMarkRead(r.id, true);
    await applyDelete(r.id, 5000);
    expect(await loadIndex()).toHaveLength(0);
    await applyRestore(r.id);
    expect(await loadIndex()).toMatchObject([{ id: r.id, read: true }]);
    await applyDelete(r.id, 5000);
    expect(await purgeTombstones(5000 + TOMBSTONE_TTL_MS - 1)).toBe(0);
    expect(await purgeTombstones(5000 + TOMBSTONE_TTL_MS + 1)).toBe(1);
    expect(await loadArticle(r.id)).toBeNull();
    const shard = (await browser.storage.local.get(shardKey(shardOf(r.id, SHARD_COUNT))))[shardKey(shardOf(r.id, SHARD_COUNT))] as IndexShard;
    expect(shard.entries[r.id]).toBeUndefined();
  });
});

describe('the background message handler', () => {
  beforeEach(() => domInJsdom());
  afterEach(() => setDomRunner(null));

  test('saves arriving as messages from many senders at once all land', async () => {
    registerLibrary();
    const sends = Array.from({ length: 50 }, (_, i) =>
      sendAs<{ ok: boolean }>({ type: 'library:save', article: payload(`https://example.org/m/${i % 40}`) }, i % 2 ? popupSender : contentScript(`https://example.org/m/${i % 40}`)),
    );
    const res = await Promise.all(sends);
    expect(res.every((r) => r.ok)).toBe(true);
    expect(await loadIndex()).toHaveLength(40);
  });

  test('saving from a private window is refused unless the setting is on', async () => {
    registerLibrary();
    const p = payload('https://example.org/private', { incognito: true });
    expect(await sendAs({ type: 'library:save', article: p }, popupSender)).toMatchObject({ ok: false, code: 'incognito-off' });
    await librarySettings.setValue({ saveInIncognito: true });
    expect(await sendAs({ type: 'library:save', article: p }, popupSender)).toMatchObject({ ok: true });
  });
});
