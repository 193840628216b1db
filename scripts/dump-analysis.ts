/**
 * The analysis identity check: `npx tsx scripts/dump-analysis.ts OUT.jsonl [--compare BEFORE.jsonl]`.
 * Runs `analyseArticle` over every labelled page of tests/fixtures/analysis (labels are not read,
 * only the input the pipeline hands over) and over the 181 scrapinghub article bodies (split on
 * newlines into blocks, as the fixtures README says for `sh-*` pages) and writes one JSON line per
 * article: its id and its whole `AnalysisResult`. `--compare` lists every article whose line
 * differs from BEFORE's (by id only) and exits 1; a speed-up must leave it at 0.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseArticle } from '../utils/analysis/index';
import type { AnalysisInput } from '../utils/analysis/types';
import { compareDump } from './dump-compare';
import { scrapinghubPages } from './scrapinghub';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/analysis');

/** Every article's id and analysis input: the labelled pages, then the scrapinghub bodies. */
export function analysisInputs(): { id: string; set: 'fixtures' | 'scrapinghub'; input: AnalysisInput }[] {
  const out: { id: string; set: 'fixtures' | 'scrapinghub'; input: AnalysisInput }[] = [];
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const a = JSON.parse(readFileSync(resolve(FIXTURES, f), 'utf8')) as AnalysisInput & { id: string };
    out.push({ id: a.id, set: 'fixtures', input: { blocks: a.blocks, captions: a.captions ?? [], links: a.links ?? [], lang: a.lang, siteName: a.siteName ?? null, url: a.url ?? null } });
  }
  for (const p of scrapinghubPages()) {
    const blocks = p.articleBody.split('\n').map((b) => b.trim()).filter(Boolean);
    out.push({ id: `sh-${p.id}`, set: 'scrapinghub', input: { blocks, captions: [], links: [], lang: p.lang, siteName: null, url: p.url } });
  }
  return out;
}

function main(): void {
  const outFile = process.argv[2];
  const cmpAt = process.argv.indexOf('--compare');
  if (!outFile || outFile.startsWith('--')) throw new Error('usage: dump-analysis.ts OUT.jsonl [--compare BEFORE.jsonl]');
  const lines = analysisInputs().map(({ id, input }) => JSON.stringify({ id, result: analyseArticle(input) }));
  writeFileSync(outFile, lines.join('\n') + '\n');
  console.log(`${lines.length} articles written to ${outFile}`);
  if (cmpAt < 0) return;
  const differ = compareDump(lines, process.argv[cmpAt + 1], true);
  console.log(`${lines.length} articles compared: ${differ} differ`);
  if (differ) process.exit(1);
}

if (process.argv[1]?.endsWith('dump-analysis.ts')) main();
