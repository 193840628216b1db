// @vitest-environment jsdom
/**
 * The library hook's start-up order and search-text streaming, against fakeBrowser storage
 * seeded as the writer lays it out: the first list comes from lib:recent alone (the index is read
 * only after that paint), and the search texts arrive in bounded chunks, not one huge get.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLibrary, type LibraryState } from '../../../components/library/use-library';
import { buildEntry, buildRecord, buildSearch } from '../../../utils/library/record';
import { shardOf } from '../../../utils/library/ids';
import { KEY_RECENT, KEY_SEARCH, KEY_SHARD, RECENT_COUNT, SHARD_COUNT, searchKey, shardKey, type IndexShard } from '../../../utils/library/schema';
import { payload, realisticStorage } from '../../helpers/library';

const N = 2_500;

async function seed(n: number): Promise<void> {
  const shards = new Map<number, IndexShard>();
  const items: Record<string, unknown> = {};
  const entries = [];
  for (let i = 0; i < n; i++) {
    const rec = buildRecord(payload(`https://news.example.jp/a/${i}`, { text: `本文 ${i} ペンギン${i % 50}` }), 1_000 + i);
    const search = buildSearch(rec);
    const entry = buildEntry(rec, search);
    const s = shardOf(rec.id, SHARD_COUNT);
    if (!shards.has(s)) shards.set(s, { schemaVersion: 2, entries: {} });
    shards.get(s)!.entries[rec.id] = entry;
    items[searchKey(rec.id)] = search;
    entries.push(entry);
  }
  for (const [k, v] of shards) items[shardKey(k)] = v;
  items[KEY_RECENT] = { schemaVersion: 2, entries: entries.reverse().slice(0, RECENT_COUNT) };
  await fakeBrowser.storage.local.set(items);
}

const keysOf = (arg: unknown): string[] => (Array.isArray(arg) ? arg : typeof arg === 'string' ? [arg] : []) as string[];

let host: HTMLElement;
let state: LibraryState;
/** per render: how many entries were shown, and how many shard reads had been made by then */
let renders: { entries: number | null; shardReads: number }[];
let getSpy: { mock: { calls: unknown[][] } };
const shardReads = () => getSpy.mock.calls.filter((c) => keysOf(c[0]).some((k) => k.startsWith(KEY_SHARD))).length;

function Probe() {
  state = useLibrary();
  renders.push({ entries: state.entries?.length ?? null, shardReads: shardReads() });
  return null;
}

beforeEach(async () => {
  realisticStorage();
  await seed(N);
  getSpy = vi.spyOn(fakeBrowser.storage.local, 'get');
  renders = [];
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('useLibrary', () => {
  it('shows lib:recent before reading any index shard, then the whole index', async () => {
    render(<Probe />, host);
    await vi.waitFor(() => expect(state.complete).toBe(true), { timeout: 5_000 });
    const first = renders.find((r) => r.entries !== null)!;
    expect(first).toEqual({ entries: RECENT_COUNT, shardReads: 0 });
    expect(keysOf(getSpy.mock.calls[0][0])).toEqual([KEY_RECENT]);
    expect(state.entries).toHaveLength(N);
    expect(shardReads()).toBe(1);
  });

  it('streams the search texts in chunks of at most 1,000 keys and ends with all of them', async () => {
    render(<Probe />, host);
    await vi.waitFor(() => expect(state.complete).toBe(true), { timeout: 5_000 });
    const texts = await state.ensureTexts();
    const textReads = getSpy.mock.calls.map((c) => keysOf(c[0])).filter((ks) => ks.some((k) => k.startsWith(KEY_SEARCH)));
    expect(textReads.map((ks) => ks.length)).toEqual([1_000, 1_000, 500]);
    expect(texts.size).toBe(N);
    expect(texts.get(state.entries![0].id)).toContain('ペンギン');
    // a second search reuses what is loaded
    expect(await state.ensureTexts()).toBe(texts);
    expect(getSpy.mock.calls.length).toBe(2 + textReads.length);
  });
});
