/**
 * A big saved library, written straight into storage in the layout the background writer
 * produces (records, search records, index shards, the recent list): thousands of articles in
 * seconds, where saving them one by one through the writer would take minutes. Used by
 * `npm run bench:library` and by the e2e tests that need a library too big to read at once.
 */
import { readFileSync } from 'node:fs';
import type { ExtensionSession } from './extension';
import { makePayload } from './library-payload';
import { buildEntry, buildRecord, buildSearch } from '../../../utils/library/record';
import { shardOf } from '../../../utils/library/ids';
import { KEY_RECENT, RECENT_COUNT, SHARD_COUNT, articleKey, searchKey, shardKey, type IndexShard, type SavePayload } from '../../../utils/library/schema';

const SEED_CHUNK = 250;
const SITES = Array.from({ length: 40 }, (_, i) => `news${i}.example.jp`);
/** Body text material: the fixtures' own labelled sentences (real CJK news prose). */
const MATERIAL = (() => {
  const out: string[] = [];
  for (const id of ['parser-asahi', 'parser-yomiuri', 'newspaper4k-nikkei-2018', 'parser-publickey', 'parser-wired-jp', 'parser-itmedia']) {
    const e = JSON.parse(readFileSync(`tests/fixtures/pages/${id}/expected.json`, 'utf8')) as { title: string; must_have: string[] };
    out.push(e.title, ...e.must_have);
  }
  return out;
})();

/** A word that only every 97th article's text holds, at its very end (past the stored opening). */
export const BULK_RARE_WORD = '特別な検索語ペンギン';

/** Article i of the bulk library: 14 paragraphs of real news prose and one photo. */
export function bulkArticle(i: number): SavePayload {
  const site = SITES[i % SITES.length];
  const paras = Array.from({ length: 14 }, (_, k) => MATERIAL[(i * 7 + k) % MATERIAL.length] + ' ' + MATERIAL[(i + k * 3) % MATERIAL.length]);
  const p = makePayload(`https://${site}/articles/${i}`, `${MATERIAL[i % MATERIAL.length].slice(0, 30)} 第${i}号`) as unknown as SavePayload;
  p.html = paras.map((t, k) => `<p data-p="${k}">${t}</p>`).join('') + `<figure><img src="https://${site}/img/${i}.jpg" alt="写真 ${i}"><figcaption>写真説明</figcaption></figure>`;
  p.text = paras.join('\n\n') + (i % 97 === 0 ? ` ${BULK_RARE_WORD}` : '');
  p.siteName = `ニュース${i % SITES.length}`;
  return p;
}

/** Replaces the library with n bulk articles (article i saved i minutes after the first); returns the characters written. */
export async function seedBulkLibrary(b: ExtensionSession, n: number): Promise<number> {
  const sw = await b.serviceWorker();
  await sw.evaluate(() => chrome.storage.local.clear());
  const shards = new Map<number, IndexShard>();
  const base = Date.UTC(2025, 0, 1);
  let chars = 0;
  for (let start = 0; start < n; start += SEED_CHUNK) {
    const items: Record<string, unknown> = {};
    for (let i = start; i < Math.min(n, start + SEED_CHUNK); i++) {
      const rec = buildRecord(bulkArticle(i), base + i * 60_000);
      const search = buildSearch(rec);
      const entry = buildEntry(rec, search, { read: i % 3 === 0 });
      const s = shardOf(rec.id, SHARD_COUNT);
      if (!shards.has(s)) shards.set(s, { schemaVersion: 2, entries: {} });
      shards.get(s)!.entries[rec.id] = entry;
      items[articleKey(rec.id)] = rec;
      items[searchKey(rec.id)] = search;
      chars += rec.html.length + rec.text.length + search.folded.length;
    }
    await (await b.serviceWorker()).evaluate((it) => chrome.storage.local.set(it), items);
  }
  const shardItems: Record<string, unknown> = Object.fromEntries([...shards].map(([k, v]) => [shardKey(k), v]));
  const all = [...shards.values()].flatMap((s) => Object.values(s.entries)).sort((a, b) => b.savedAt - a.savedAt);
  shardItems[KEY_RECENT] = { schemaVersion: 2, entries: all.slice(0, RECENT_COUNT) };
  await (await b.serviceWorker()).evaluate((it) => chrome.storage.local.set(it), shardItems);
  return chars;
}
