/**
 * `npx tsx scripts/dump-outputs.ts [--only ID] [--out FILE]`: for the TUNED two thirds of
 * trafilatura-dev only (never the held third, `isHeld` in held-out.ts), every page's output split
 * into its blocks, each marked `W` (inside or holding a labelled `with` segment), `X` (a labelled
 * `without` segment: a leak) or `.` (not labelled). Most furniture on a page is not labelled, so
 * the unlabelled short blocks at the head and tail of tuned outputs show the kinds of line that may
 * be labelled on pages never tuned on.
 */
import { writeFileSync } from 'node:fs';
import { runPipelineOnPage } from '../utils/article/run-page';
import { loadDocument } from './cli/load-document';
import { collapseSpace } from '../utils/extract/declutter/measure';
import { isHeld } from './held-out';
import { argValue as arg, trafilaturaHtml, trafilaturaPages } from './trafilatura-dev';

const overlaps = (block: string, seg: string): boolean => {
  const s = collapseSpace(seg);
  return s.length > 0 && (block.includes(s) || (block.length >= 12 && s.includes(block)));
};

function main(): void {
  const only = arg('--only');
  const outFile = arg('--out') ?? '/tmp/dump-outputs.txt';
  const pages = trafilaturaPages()
    .filter((p) => !isHeld(p.id)) // never the held third
    .filter((p) => !only || p.id.startsWith(only));
  const lines: string[] = [];
  let found = 0;
  let leaked = 0;
  let withs = 0;
  let withouts = 0;
  for (const page of pages) {
    const r = loadDocument(trafilaturaHtml(page), page.url);
    if (!r.document || !r.window) continue;
    const res = runPipelineOnPage(r.document, { url: page.url, window: r.window });
    const blocks = (res.text ?? '').split(/\n+/).map(collapseSpace).filter(Boolean);
    const text = collapseSpace(res.text ?? '');
    found += page.with.filter((s) => text.includes(collapseSpace(s))).length;
    leaked += page.without.filter((s) => text.includes(collapseSpace(s))).length;
    withs += page.with.length;
    withouts += page.without.length;
    lines.push(`\n======== ${page.id} [${page.lang}] ${page.url ?? ''} (${blocks.length} blocks)`);
    blocks.forEach((b, i) => {
      const m = page.without.some((s) => overlaps(b, s)) ? 'X' : page.with.some((s) => overlaps(b, s)) ? 'W' : '.';
      lines.push(`${m} ${String(i).padStart(3)} ${b.length > 300 ? b.slice(0, 300) + ' …' : b}`);
    });
    r.close();
  }
  writeFileSync(outFile, lines.join('\n'));
  const f = (n: number): string => n.toFixed(3);
  console.log(`tuned pages: ${pages.length}; with found ${f(found / withs)} (tp ${found}), without avoided ${f(1 - leaked / withouts)} (fp ${leaked}) → ${outFile}`);
}

main();
