/**
 * npm run bench:library — the saved library at 1,000 and 10,000 articles, in real Chromium with
 * the built extension (npm run build first; HONBUN_EXTENSION_DIR picks another build).
 * Seeds realistic records straight into storage (same layout the writer produces), then measures:
 *   list   openPopup() → first painted list (popup's own clock vs. the worker's, both epoch ms),
 *          and the popup page's own share: its navigation start → painted list; then when the
 *          whole index (read only after that first paint) is in
 *   search keystroke → results painted: cold (first keystroke: title/site matches paint at once,
 *          body-text matches once the search texts are read) and warm (texts in memory)
 *   save   one library:save round trip from the popup (queue + one set; no extraction)
 *   export the whole library from the library page, click → download
 *   whole  the library page's whole-text search pass: every saved record read and folded
 * and Save of a whole tab as the popup sends it (issue #13: snapshot, extraction in the offscreen
 * document, later pages, photos fetched, shrunk and stored in IndexedDB, one write), with the
 * storage each kind of article costs; the baseline in the same run is the same Save of a page
 * without reachable photos or later pages.
 */
import { launchSession, type ExtensionSession } from '../tests/e2e/helpers/extension';
import { openPopup, extensionPage } from '../tests/e2e/helpers/popup';
import { bulkArticle, seedBulkLibrary } from '../tests/e2e/helpers/library-bulk';

const SIZES = [1_000, 10_000];
const RUNS = 5;
const TARGETS = { list: 150, search: 50, save: 50 };
/** Pages saved whole: [label, path]. The first is the baseline. */
const SAVE_PAGES: [string, string][] = [
  ['1 page, no photos stored (baseline)', '/pages/parser-asahi/'],
  ['3 pages joined + 2 photos', '/e2e/multipage/ja/news089.html'],
  ['1 page + 12 photos (2 re-encoded)', '/e2e/bench-photos.html'],
];

async function measureTabSaves(b: ExtensionSession): Promise<string[]> {
  const rows: string[] = [];
  const page = await extensionPage(b.context, b.extensionId, 'article.html');
  for (const [label, path] of SAVE_PAGES) {
    const tab = await b.context.newPage();
    await tab.goto(b.server.url(path), { waitUntil: 'load' });
    const sw = await b.serviceWorker();
    const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, tab.url());
    const times: number[] = [];
    let last: { id: string; pages?: number; images?: { stored: number } } | null = null;
    for (let r = 0; r < RUNS; r++) {
      const res = await page.evaluate(async (id) => {
        const t = performance.now();
        const out = (await chrome.runtime.sendMessage({ type: 'library:save-tab', tabId: id, snapshot: null, incognito: false })) as { ok: boolean; id: string; pages?: number; images?: { stored: number } };
        if (!out.ok) throw new Error(JSON.stringify(out));
        return { ms: performance.now() - t, out };
      }, tabId);
      times.push(res.ms);
      last = res.out;
    }
    // what this article costs: its record + search text in storage.local, its photos in IndexedDB
    const sizes = await page.evaluate(async (id) => {
      const keys = [`lib:a:${id}`, `lib:t:${id}`];
      const local = await chrome.storage.local.getBytesInUse(keys);
      const photos = await new Promise<number>((ok) => {
        const open = indexedDB.open('honbun-images');
        open.onerror = () => ok(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('images')) return ok(0);
          let n = 0;
          const req = db.transaction('images').objectStore('images').openCursor(IDBKeyRange.bound([id], [id, []]));
          req.onsuccess = () => {
            const c = req.result;
            if (!c) return ok(n);
            n += (c.value as { blob: Blob }).blob.size;
            c.continue();
          };
        };
      });
      return { local, photos };
    }, last!.id);
    rows.push(
      [label, `${median(times).toFixed(0)} / ${max(times).toFixed(0)}`, String(last!.pages ?? 1), String(last!.images?.stored ?? 0), `${(sizes.local / 1e3).toFixed(0)} kB`, `${(sizes.photos / 1e3).toFixed(0)} kB`].join(' | '),
    );
    await tab.close();
  }
  await page.close();
  return rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

async function measure(b: ExtensionSession, anchorUrl: string) {
  const list: number[] = [];
  const listInPage: number[] = [];
  const indexInPage: number[] = [];
  const cold: number[] = [];
  const coldFull: number[] = [];
  const warm: number[] = [];
  const save: number[] = [];
  const anchor = await b.context.newPage();
  await anchor.goto(anchorUrl);
  for (let r = 0; r < RUNS; r++) {
    const sw = await b.serviceWorker();
    const waitT0 = sw.evaluate(() => Date.now());
    const t0 = await waitT0;
    const popup = await openPopup(b, anchor);
    await popup.waitForFunction(() => performance.getEntriesByName('honbun:list-painted').length > 0, undefined, { timeout: 30_000 });
    const painted = await popup.evaluate(() => performance.timeOrigin + performance.getEntriesByName('honbun:list-painted')[0].startTime);
    list.push(painted - t0);
    listInPage.push(await popup.evaluate(() => performance.getEntriesByName('honbun:list-painted')[0].startTime));
    await popup.waitForFunction(() => performance.getEntriesByName('honbun:index-loaded').length > 0, undefined, { timeout: 30_000 });
    indexInPage.push(await popup.evaluate(() => performance.getEntriesByName('honbun:index-loaded')[0].startTime));
    // search: type one keystroke's worth (a query found only in some article bodies)
    const typeAndPaint = (q: string, waitTexts: boolean) =>
      popup.evaluate(
        async ({ q, waitTexts }) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const t = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (waitTexts)
            while (!performance.getEntriesByName('honbun:search-texts-loaded').length) await new Promise((ok) => setTimeout(ok, 1));
          await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
          return { ms: performance.now() - t, rows: document.querySelectorAll('.lib-row').length };
        },
        { q, waitTexts },
      );
    cold.push((await typeAndPaint('ペンギ', false)).ms);
    const c = await typeAndPaint('ペンギン', true);
    coldFull.push(c.ms + cold[cold.length - 1]);
    if (c.rows === 0) throw new Error('search found nothing');
    for (const q of ['ペ', 'ペン', 'ペンギ', 'ペンギン', '写真']) warm.push((await typeAndPaint(q, false)).ms);
    await popup.close();
  }
  await anchor.close();
  // one save (storage write only, no extraction): a new article through the writer queue, sent
  // from a quiet extension page; each is acknowledged only after its one storage set
  const quiet = await extensionPage(b.context, b.extensionId, 'article.html');
  for (let r = 0; r < RUNS * 2; r++) {
    save.push(
      await quiet.evaluate(async (article) => {
        const t = performance.now();
        const res = (await chrome.runtime.sendMessage({ type: 'library:save', article })) as { ok: boolean };
        if (!res.ok) throw new Error('save failed');
        return performance.now() - t;
      }, bulkArticle(1_000_000 + r)),
    );
  }
  await quiet.close();
  // export once
  const lib = await extensionPage(b.context, b.extensionId, 'library.html');
  await lib.locator('.lib-row').first().waitFor();
  const t = Date.now();
  const dl = lib.waitForEvent('download', { timeout: 300_000 });
  await lib.getByRole('button', { name: 'Export library (JSON)' }).click();
  await dl;
  const exportMs = Date.now() - t;
  // the library page's whole-text pass: first keystroke → every saved record read and folded
  await lib.getByRole('searchbox').fill('全文検索の計測');
  await lib.waitForFunction(() => performance.getEntriesByName('honbun:full-texts-loaded').length > 0, undefined, { timeout: 600_000 });
  const fullTextMs = await lib.evaluate(() => {
    const end = performance.getEntriesByName('honbun:full-texts-loaded')[0].startTime;
    const start = performance.getEntriesByName('honbun:full-texts-started')[0]?.startTime ?? 0;
    return end - start;
  });
  await lib.close();
  return { list, listInPage, indexInPage, cold, coldFull, warm, save, exportMs, fullTextMs };
}

async function main() {
  const b = await launchSession({ server: true, cdp: true });
  const server = b.server;
  const rows: string[] = [];
  let saveRows: string[] = [];
  try {
    // whole-tab saves first, into an empty library (then again at 10,000, below)
    saveRows = await measureTabSaves(b);
    for (const n of SIZES) {
      const ts = Date.now();
      const chars = await seedBulkLibrary(b, n);
      console.error(`seeded ${n} articles (${(chars / 1e6).toFixed(1)} M chars) in ${((Date.now() - ts) / 1000).toFixed(1)} s`);
      const m = await measure(b, server.url('/pages/parser-asahi/'));
      const bytes = await (await b.serviceWorker()).evaluate(() => chrome.storage.local.getBytesInUse(null));
      rows.push(
        [
          n.toLocaleString('en'),
          `${(bytes / 1e6).toFixed(0)} MB`,
          `${median(m.list).toFixed(0)} / ${max(m.list).toFixed(0)}`,
          `${median(m.listInPage).toFixed(0)} / ${max(m.listInPage).toFixed(0)}`,
          `${median(m.indexInPage).toFixed(0)} / ${max(m.indexInPage).toFixed(0)}`,
          `${median(m.cold).toFixed(0)} / ${max(m.cold).toFixed(0)}`,
          `${median(m.coldFull).toFixed(0)} / ${max(m.coldFull).toFixed(0)}`,
          `${median(m.warm).toFixed(1)} / ${max(m.warm).toFixed(1)}`,
          `${median(m.save).toFixed(1)} / ${max(m.save).toFixed(1)}`,
          `${m.exportMs}`,
          `${(m.fullTextMs / 1000).toFixed(1)} s`,
        ].join(' | '),
      );
    }
    saveRows.push(...(await measureTabSaves(b)).map((r) => r.replace(/^([^|]+)/, '$1 at 10,000 ')));
  } finally {
    await b.close();
  }
  console.log(`\nSaved library in Chromium (${RUNS} runs; median / max, ms). Targets at 10,000: list ≤ ${TARGETS.list}, search ≤ ${TARGETS.search}, save ≤ ${TARGETS.save}.`);
  console.log(
    'articles | storage | openPopup→list | popup load→list | popup load→full index | search cold (first results) | cold (full text) | search warm | save | export | library page whole-text pass (once)',
  );
  console.log('--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---');
  for (const r of rows) console.log(r);
  console.log(`\nSave of a whole tab as the popup sends it (${RUNS} runs; median / max, ms), and what the article costs in storage.`);
  console.log('article | save | pages | photos stored | record + search text (storage.local) | photos (IndexedDB)');
  console.log('--- | --- | --- | --- | --- | ---');
  for (const r of saveRows) console.log(r);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
