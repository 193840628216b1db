/**
 * `npx tsx scripts/dump-leaks.ts [--only ID] [--out FILE] [--limit N]`: scrapinghub's leaks, block
 * by block. Its ground truth is each page's whole article text, so any block of Honbun's output
 * whose words are not in it is boilerplate that got through (the bench's precision loss). Each
 * output block (a line of the text, with its tag from the html: `p`, `li`, `h3` …) is marked `L`
 * when most of its 4-token shingles (the bench's metric) are absent from the ground truth, `~`
 * when some are, `.` when none are. The file lists every page's blocks, then every `L` block
 * sorted by size, to group into classes before writing rules. Pipeline only (no Readability).
 */
import { writeFileSync } from 'node:fs';
import type { PipelineResult } from '../utils/article/pipeline';
import { runPipelineOnPage } from '../utils/article/run-page';
import { loadDocument } from './cli/load-document';
import { collapseSpace } from '../utils/extract/declutter/measure';
import { argValue as arg } from './trafilatura-dev';
import { scrapinghubHtml, scrapinghubTruth } from './scrapinghub';

const SHINGLE = 4;
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): string[] {
  const t = (text.match(TOKEN_RE) ?? []).map((w) => w.toLowerCase());
  if (!t.length) return [];
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, t.length - SHINGLE + 1); i++) out.push(t.slice(i, i + SHINGLE).join(' '));
  return out;
}

function main(): void {
  const truth = scrapinghubTruth();
  const only = arg('--only');
  const out = arg('--out') ?? '/tmp/dump-leaks.txt';
  const limit = Number(arg('--limit') ?? Infinity);
  const ids = Object.keys(truth).sort().filter((id) => !only || id.startsWith(only)).slice(0, limit);
  const lines: string[] = [];
  const leaks: { id: string; n: number; tag: string; text: string }[] = [];
  let outShingles = 0;
  let leakedShingles = 0;
  let errors = 0;
  for (const id of ids) {
    const loaded = loadDocument(scrapinghubHtml(id), truth[id].url ?? null);
    if (!loaded.document || !loaded.window) continue;
    let res: PipelineResult;
    try {
      // as the bench runs it (the CLI's way: no removal html, the document handed over)
      res = runPipelineOnPage(loaded.document, { url: truth[id].url ?? null, window: loaded.window, removedHtml: false, ownsDocument: true });
    } catch (e) {
      errors++;
      lines.push(`\n======== ${id.slice(0, 12)} ERROR ${(e as Error).message}`);
      loaded.close();
      continue;
    }
    const truthSet = new Set(shingles(truth[id].articleBody ?? ''));
    // the tag of each data-p block, from the output html
    const tags = new Map<number, string>();
    const holder = new loaded.window.DOMParser().parseFromString(res.html ?? '', 'text/html');
    for (const el of holder.querySelectorAll('[data-p]')) tags.set(Number(el.getAttribute('data-p')), el.tagName.toLowerCase());
    const blocks = (res.text ?? '').split(/\n+/).map(collapseSpace).filter(Boolean);
    lines.push(`\n======== ${id.slice(0, 12)} ${truth[id].url ?? ''} (${blocks.length} blocks)`);
    blocks.forEach((b, i) => {
      const sh = shingles(b);
      const missing = sh.filter((s) => !truthSet.has(s)).length;
      outShingles += sh.length;
      leakedShingles += missing;
      const mark = sh.length && missing * 2 > sh.length ? 'L' : missing ? '~' : '.';
      const tag = tags.get(i) ?? '?';
      if (mark === 'L') leaks.push({ id: id.slice(0, 12), n: missing, tag, text: b });
      lines.push(`${mark} ${String(i).padStart(3)} ${tag.padEnd(10)} ${b.length > 240 ? b.slice(0, 240) + ' …' : b}`);
    });
    loaded.close();
  }
  leaks.sort((a, b) => b.n - a.n);
  lines.push('\n\n######## leaked blocks by size (shingles absent from the ground truth)');
  for (const l of leaks) lines.push(`${String(l.n).padStart(5)} ${l.id} ${l.tag.padEnd(10)} ${l.text.length > 200 ? l.text.slice(0, 200) + ' …' : l.text}`);
  writeFileSync(out, lines.join('\n'));
  console.log(
    `scrapinghub pages ${ids.length}, errors ${errors}: output shingles ${outShingles}, absent from the ground truth ${leakedShingles} (${((100 * leakedShingles) / Math.max(1, outShingles)).toFixed(2)} %), leaked blocks ${leaks.length} → ${out}`,
  );
}

main();
