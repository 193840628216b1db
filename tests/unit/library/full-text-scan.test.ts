// The library page's whole-text pass (scanFullTexts): order, progress, the memory bound, and a
// failed storage read that must not end the search of the other articles.
import { expect, test, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { storage: { local: { get: () => Promise.reject(new Error('not in this test')) } } } }));
const { scanFullTexts } = await import('../../../utils/library/full-text');

const ids = Array.from({ length: 10 }, (_, i) => `id${i}`);
const loadFrom = (text: (id: string) => string) => async (batch: string[]) => new Map(batch.map((id) => [id, text(id)] as const));

test('reads every article in the given order, a batch per read, reporting after each batch', async () => {
  const reads: string[][] = [];
  const progress: string[] = [];
  const texts = new Map<string, string>();
  const load = async (batch: string[]) => (reads.push(batch), loadFrom((id) => `text of ${id}`)(batch));
  const end = await scanFullTexts(ids, texts, (p) => progress.push(`${p.scanned}/${p.total}${p.done ? ' done' : ''}`), { load, batch: 4 });
  expect(reads).toEqual([ids.slice(0, 4), ids.slice(4, 8), ids.slice(8)]);
  expect(progress).toEqual(['4/10', '8/10', '10/10 done']);
  expect([...texts.keys()]).toEqual(ids);
  expect(end).toEqual({ scanned: 10, total: 10, done: true, capped: false, failed: 0 });
});

test('past the character budget it stops and says how many newest articles were read whole', async () => {
  const texts = new Map<string, string>();
  const end = await scanFullTexts(ids, texts, () => {}, { load: loadFrom(() => 'x'.repeat(100)), batch: 2, budget: 450 });
  // 2 batches hold 400 characters, the third passes 450: six articles read, four left
  expect(end).toMatchObject({ scanned: 6, done: true, capped: true });
  expect(texts.size).toBe(6);
});

test('crossing the budget on the last batch leaves nothing unread: not "capped"', async () => {
  const end = await scanFullTexts(ids.slice(0, 4), new Map(), () => {}, { load: loadFrom(() => 'x'.repeat(100)), batch: 2, budget: 150 });
  expect(end).toMatchObject({ scanned: 2, capped: true });
  const whole = await scanFullTexts(ids.slice(0, 2), new Map(), () => {}, { load: loadFrom(() => 'x'.repeat(100)), batch: 2, budget: 150 });
  expect(whole).toMatchObject({ scanned: 2, done: true, capped: false });
});

test('a read that fails is tried again; one that fails twice skips only its own articles', async () => {
  let calls = 0;
  const flaky = async (batch: string[]) => {
    calls++;
    if (batch.includes('id2') && calls === 2) throw new Error('transient');
    if (batch.includes('id4')) throw new Error('gone');
    return loadFrom((id) => id)(batch);
  };
  const texts = new Map<string, string>();
  const end = await scanFullTexts(ids, texts, () => {}, { load: flaky, batch: 2 });
  expect(end).toMatchObject({ scanned: 10, done: true, failed: 2 });
  expect([...texts.keys()]).toEqual(['id0', 'id1', 'id2', 'id3', 'id6', 'id7', 'id8', 'id9']);
});

test('stops reading when the page goes away, and reports nothing after', async () => {
  let alive = true;
  const progress: number[] = [];
  const load = async (batch: string[]) => {
    if (batch[0] === 'id4') alive = false;
    return loadFrom((id) => id)(batch);
  };
  await scanFullTexts(ids, new Map(), (p) => progress.push(p.scanned), { load, batch: 2, alive: () => alive });
  expect(progress).toEqual([2, 4]);
});

test('an empty library is done at once', async () => {
  const end = await scanFullTexts([], new Map(), () => {}, { load: () => Promise.reject(new Error('never read')) });
  expect(end).toEqual({ scanned: 0, total: 0, done: true, capped: false, failed: 0 });
});
