/**
 * The pipeline's whole output on every bench page and HTML fixture, one JSON line per page, for
 * checking that a speed change is exact (`npm run bench` only scores the text):
 *
 *   NODE_OPTIONS=--max-old-space-size=8192 npx tsx scripts/dump-pipeline.ts OUT.jsonl [--compare BEFORE.jsonl] [--limit N]
 *
 * (jsdom keeps a few MB per closed window, so the whole set outgrows Node's default heap.)
 * Pages: scrapinghub and trafilatura-dev (the bench's corpora, held-out pages included: nothing
 * of them is printed, only compared), tests/fixtures/pages and every .html under the other
 * tests/fixtures folders (CLI encodings and attribute crashes, declutter, detect, xss). Each page
 * is read by the CLI's loadDocument and run as the CLI runs it (no removal html, the document
 * handed over). The line holds the whole PipelineResult (text, html, title, removed, blocks,
 * analysis…), or the error's message. `--compare` prints the pages whose line differs and exits 1
 * when any does.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runPipelineOnPage } from '../utils/article/run-page';
import { loadDocument } from './cli/load-document';
import { trafilaturaHtml, trafilaturaPages } from './trafilatura-dev';
import { scrapinghubHtml, scrapinghubTruth } from './scrapinghub';
import { compareDump } from './dump-compare';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = resolve(ROOT, 'tests/fixtures');

interface Page {
  id: string;
  bytes: () => Uint8Array;
  url: string | null;
}

function pages(): Page[] {
  const out: Page[] = [];
  const truth = scrapinghubTruth();
  for (const id of Object.keys(truth).sort()) {
    out.push({ id: `sh/${id}`, url: truth[id].url ?? null, bytes: () => scrapinghubHtml(id) });
  }
  for (const p of trafilaturaPages()) out.push({ id: `tf/${p.id}`, url: p.url, bytes: () => trafilaturaHtml(p) });
  for (const name of readdirSync(resolve(FIXTURES, 'pages')).sort()) {
    const dir = resolve(FIXTURES, 'pages', name);
    const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as { url?: string | null };
    out.push({ id: `pages/${name}`, url: expected.url ?? null, bytes: () => readFileSync(resolve(dir, 'source.html')) });
  }
  for (const folder of ['cli', 'declutter', 'detect', 'xss']) {
    for (const name of readdirSync(resolve(FIXTURES, folder)).sort()) {
      if (!name.endsWith('.html')) continue;
      out.push({ id: `${folder}/${name}`, url: null, bytes: () => readFileSync(resolve(FIXTURES, folder, name)) });
    }
  }
  return out;
}

function run(page: Page): string {
  const r = loadDocument(page.bytes(), page.url);
  if (!r.document || !r.window) return JSON.stringify({ id: page.id, refused: r.error });
  try {
    const result = runPipelineOnPage(r.document, { url: page.url, window: r.window, removedHtml: false, ownsDocument: true });
    return JSON.stringify({ id: page.id, result });
  } catch (e) {
    return JSON.stringify({ id: page.id, error: (e as Error).message });
  } finally {
    r.close();
  }
}

function main(): void {
  const out = process.argv[2];
  if (!out || out.startsWith('--')) throw new Error('usage: tsx scripts/dump-pipeline.ts OUT.jsonl [--compare BEFORE.jsonl] [--limit N]');
  const i = process.argv.indexOf('--compare');
  const before = i >= 0 ? process.argv[i + 1] : null;
  const l = process.argv.indexOf('--limit');
  const limit = l >= 0 ? Number(process.argv[l + 1]) : Infinity;
  const t0 = performance.now();
  const lines = pages().slice(0, limit).map(run);
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}`);
  if (!before) return;
  // (--limit dumps a first few pages: the earlier dump's others are not gone)
  const differ = compareDump(lines, before, false);
  console.log(differ ? `${differ} of ${lines.length} pages differ from ${before}` : `identical to ${before} on all ${lines.length} pages`);
  if (differ) process.exitCode = 1;
}

main();
