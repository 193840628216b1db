/**
 * Source & quote benchmark over the hand-labelled pages in tests/fixtures/analysis/ (labelling
 * convention in its README). Run: npm run bench:analysis  [--verbose] [--split test|tune]
 *
 * Figures per language group (ja, zh+ko, en, other) and per split, side by side:
 *  - tune: the pages rules may be tuned on (the first labelled set and two thirds of the second);
 *  - test: the frozen third of the second set (tests/fixtures/analysis/test-split.sha256), never
 *    tuned on: its figures are the estimate for pages nobody has seen.
 * Matching: a predicted quote matches a labelled one when, after NFC and whitespace folding,
 * their longest common substring covers >= 80 % of the longer. "speaker" is strict (the same
 * name, see speakerExact; both unattributed counts as right); "loose" is the older containment
 * rule. A labelled source is found when a predicted name contains or is contained in it, or both
 * are aliases of one outlet; source precision is the share of predicted sources that match a label.
 * Time is CPU per article (the mean of 20 runs), not wall time: the machine is shared.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseArticle } from '../utils/analysis/index';
import { scoreArticle, type LabelledArticle } from './analysis/score';

const DIR = resolve(process.cwd(), 'tests/fixtures/analysis');
const verbose = process.argv.includes('--verbose');
const onlySplit = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : null;
const RUNS = 20;

interface Agg {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  spk: number;
  loose: number;
  srcFound: number;
  srcLabelled: number;
  srcReal: number;
  srcPredicted: number;
  ms: number;
  maxMs: number;
}
const empty = (): Agg => ({ pages: 0, tp: 0, fp: 0, fn: 0, spk: 0, loose: 0, srcFound: 0, srcLabelled: 0, srcReal: 0, srcPredicted: 0, ms: 0, maxMs: 0 });

export const langGroup = (lang: string) => (lang.startsWith('ja') ? 'ja' : lang.startsWith('zh') || lang.startsWith('ko') ? 'zh+ko' : lang.startsWith('en') ? 'en' : 'other');
export const splitOf = (a: LabelledArticle) => (a.split === 'test' ? 'test' : 'tune');

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const aggs = new Map<string, Agg>();
const add = (key: string, f: (a: Agg) => void) => {
  let a = aggs.get(key);
  if (!a) aggs.set(key, (a = empty()));
  f(a);
};

for (const f of files) {
  const art = JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as LabelledArticle;
  const split = splitOf(art);
  if (onlySplit && split !== onlySplit) continue;
  const input = { blocks: art.blocks, captions: art.captions ?? [], links: art.links ?? [], lang: art.lang };
  analyseArticle(input); // warm-up: the first call compiles the regexes
  const c0 = process.cpuUsage();
  let result = analyseArticle(input);
  for (let i = 1; i < RUNS; i++) result = analyseArticle(input);
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000 / RUNS;
  const s = scoreArticle(art, result);
  for (const key of [`${langGroup(art.lang)} ${split}`, `all ${split}`]) {
    add(key, (a) => {
      a.pages++;
      a.tp += s.tp;
      a.fp += s.fp;
      a.fn += s.fn;
      a.spk += s.speakerOk;
      a.loose += s.speakerLoose;
      a.srcFound += s.sourcesFound;
      a.srcLabelled += art.sources.length;
      a.srcReal += s.sourcesReal;
      a.srcPredicted += s.sourcesPredicted;
      a.ms += ms;
      a.maxMs = Math.max(a.maxMs, ms);
    });
  }
  if (verbose || process.argv.includes('--pages')) {
    console.log(
      `${split.padEnd(4)} ${art.id.padEnd(36)} quotes tp ${s.tp} fp ${s.fp} fn ${s.fn}  speakers ${s.speakerOk}/${s.tp}  sources ${s.sourcesFound}/${art.sources.length} (${s.sourcesReal}/${s.sourcesPredicted} real)  ${ms.toFixed(2)} ms`,
    );
    if (verbose) for (const line of s.details) console.log('      ' + line);
  }
}

const r3 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' n/a');
const row = (name: string, a: Agg | undefined) => {
  if (!a) return `| ${name} | — | — | — | — | — | — | — | — |`;
  const p = a.tp / (a.tp + a.fp);
  const r = a.tp / (a.tp + a.fn);
  const f1 = (2 * p * r) / (p + r);
  return `| ${name} | ${a.pages} | ${a.tp + a.fn} | ${r3(p)} / ${r3(r)} / ${r3(f1)} | ${r3(a.spk / a.tp)} (${r3(a.loose / a.tp)}) | ${r3(a.srcFound / a.srcLabelled)} | ${r3(a.srcReal / a.srcPredicted)} | ${(a.ms / a.pages).toFixed(2)} / ${a.maxMs.toFixed(2)} |`;
};
console.log('\nSources & quotes on hand-labelled pages (tune = may be tuned on; test = frozen, never tuned on)\n');
console.log('| language, split | pages | labelled quotes | quote P / R / F1 | speaker right (loose) | sources found (recall) | sources real (precision) | ms CPU mean / max |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const g of ['ja', 'zh+ko', 'en', 'other', 'all']) {
  for (const split of ['tune', 'test']) {
    if (onlySplit && split !== onlySplit) continue;
    console.log(row(`${g} ${split}`, aggs.get(`${g} ${split}`)));
  }
}
