/**
 * Source & quote benchmark over the hand-labelled pages in tests/fixtures/analysis/ (labelling
 * convention in its README). Run:
 *   npm run bench:analysis  [--verbose] [--pages] [--split tune|test|test2|test3] [--set NAME] [--baseline GIT-REF]
 *
 * Figures per language group (ja, zh+ko, en, other) and per split, side by side:
 *  - tune: the pages rules may be tuned on (the first labelled set and two thirds of the others);
 *  - test, test2, test3: the frozen thirds of the second, third and tenth labelled sets
 *    (test-split.sha256, test2-split.sha256, test3-split.sha256; the third set was labelled after
 *    the first round of tuning, the tenth in round 13), never tuned on: their figures are the
 *    estimate for pages nobody has seen. `--pages` / `--verbose` list tune pages only: a frozen
 *    page is never printed page by page (the breakdown gives counts).
 * `--baseline REF` runs the analysis of that commit (utils/analysis and what it imports, taken
 * with `git archive` into a temporary folder) on the same pages in the same run, and prints its
 * table first: before and after, under the same machine load.
 *
 * Matching: a predicted quote matches a labelled one when, after NFC and whitespace folding,
 * their longest common substring covers >= 80 % of the longer. "speaker" is strict (the same
 * name, see speakerExact; both unattributed counts as right); "loose" is the older containment
 * rule. A labelled source is found when a predicted name contains or is contained in it, or both
 * are aliases of one outlet; source precision is the share of predicted sources that match a label.
 * Role, via, kind and publisher (second set only) match loosely by containment. A third table
 * counts the speakers named wrongly apart from those left unattributed (issue #10: a wrong name
 * is worse than "unattributed"), and the share of named speakers that are right.
 * Time is CPU per article (the median of 21 runs, in rounds over all the pages), not wall time: the
 * machine is shared. With --baseline both sides are timed in one pass, alternating which goes first.
 * After each table: the same CPU time over the 181 unlabelled scrapinghub bodies (mean / p95 / max).
 * Then, per split, an aggregate breakdown by class (counts only, so it may be read on the frozen
 * splits): speaker errors by class, source recall by labelled kind and by citing cue, source
 * precision by predicted kind (scripts/analysis/score.ts: speakerClass, sourceCue). `--no-breakdown`
 * leaves it out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseArticle } from '../utils/analysis/index';
import type { AnalysisInput, AnalysisResult } from '../utils/analysis/types';
import { SOURCE_CUES, SPEAKER_CLASSES, scoreArticle, type LabelledArticle } from './analysis/score';
import { SOURCE_KINDS } from '../utils/analysis/types';
import { analysisInputs } from './dump-analysis';

const DIR = resolve(process.cwd(), 'tests/fixtures/analysis');
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const verbose = process.argv.includes('--verbose');
const onlySplit = arg('--split');
/** `--set round3`: only the pages of one labelled set (their `set` field), e.g. for a set's first run */
const onlySet = arg('--set');
const baselineRef = arg('--baseline');
const RUNS = 21;

interface Agg {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  spk: number;
  loose: number;
  named: number;
  wrong: number;
  wrongPerson: number;
  missed: number;
  srcFound: number;
  srcLabelled: number;
  srcReal: number;
  srcPredicted: number;
  roleN: number;
  roleOk: number;
  viaN: number;
  viaOk: number;
  kindN: number;
  kindOk: number;
  creditOk: number;
  pubN: number;
  pubOk: number;
  ms: number;
  maxMs: number;
  /** the breakdown by class: speaker classes; labelled sources by kind and by cue [found, labelled]; predicted sources by kind [real, predicted] */
  spkClass: Map<string, number>;
  kindFound: Map<string, [number, number]>;
  cueFound: Map<string, [number, number]>;
  kindReal: Map<string, [number, number]>;
}
const empty = (): Agg => ({
  pages: 0, tp: 0, fp: 0, fn: 0, spk: 0, loose: 0, named: 0, wrong: 0, wrongPerson: 0, missed: 0, srcFound: 0, srcLabelled: 0, srcReal: 0, srcPredicted: 0,
  roleN: 0, roleOk: 0, viaN: 0, viaOk: 0, kindN: 0, kindOk: 0, creditOk: 0, pubN: 0, pubOk: 0, ms: 0, maxMs: 0,
  spkClass: new Map(), kindFound: new Map(), cueFound: new Map(), kindReal: new Map(),
});
const tally = (m: Map<string, [number, number]>, key: string, hit: boolean) => {
  const c = m.get(key) ?? [0, 0];
  c[0] += hit ? 1 : 0;
  c[1]++;
  m.set(key, c);
};

export const langGroup = (lang: string) => (lang.startsWith('ja') ? 'ja' : lang.startsWith('zh') || lang.startsWith('ko') ? 'zh+ko' : lang.startsWith('en') ? 'en' : 'other');
/** The frozen splits, in the order they were made (each has its `<split>-split.sha256`). */
export const FROZEN_SPLITS = ['test', 'test2', 'test3'] as const;
export const splitOf = (a: LabelledArticle): string => ((FROZEN_SPLITS as readonly string[]).includes(a.split ?? '') ? (a.split as string) : 'tune');

type Analyse = (input: AnalysisInput) => AnalysisResult;

const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(resolve(DIR, f), 'utf8')) as LabelledArticle)
  .filter((a) => !onlySplit || splitOf(a) === onlySplit)
  .filter((a) => !onlySet || (a as LabelledArticle & { set?: string }).set === onlySet);

const inputOf = (art: LabelledArticle): AnalysisInput => ({ blocks: art.blocks, captions: art.captions ?? [], links: art.links ?? [], lang: art.lang, siteName: art.siteName ?? null, url: art.url ?? null });

/**
 * CPU ms per input for each side (the median of RUNS runs), taken in rounds over all the inputs
 * (what the analysis remembers between calls, names and outlets it looked up, is then not one
 * article's own from its last run), and with the sides alternating which goes first per input
 * and round: run one after the other, the second side read about 10 % slower from order alone.
 */
function timeSides(sides: Analyse[], inputs: AnalysisInput[]): number[][] {
  for (const analyse of sides) for (const input of inputs) analyse(input); // warm-up: the first call compiles the regexes
  const runs = sides.map(() => inputs.map((): number[] => []));
  for (let r = 0; r < RUNS; r++)
    inputs.forEach((input, i) => {
      for (let k = 0; k < sides.length; k++) {
        const side = (k + r + i) % sides.length;
        const c0 = process.cpuUsage();
        sides[side](input);
        const cpu = process.cpuUsage(c0);
        runs[side][i].push((cpu.user + cpu.system) / 1000);
      }
    });
  return runs.map((side) => side.map((t) => t.sort((x, y) => x - y)[RUNS >> 1]));
}

function run(analyse: Analyse, label: string, print: boolean, times: number[]): void {
  const aggs = new Map<string, Agg>();
  const add = (key: string, f: (a: Agg) => void) => {
    let a = aggs.get(key);
    if (!a) aggs.set(key, (a = empty()));
    f(a);
  };
  articles.forEach((art, idx) => {
    const split = splitOf(art);
    const result = analyse(inputOf(art));
    // (the median of RUNS timed runs, see timeSides: on a shared machine one preempted run or GC pause would move a mean)
    const ms = times[idx];
    // an older analysis has no publisher field
    const s = scoreArticle(art, { ...result, publisher: result.publisher ?? null });
    for (const key of [`${langGroup(art.lang)} ${split}`, `all ${split}`]) {
      add(key, (a) => {
        a.pages++;
        a.tp += s.tp;
        a.fp += s.fp;
        a.fn += s.fn;
        a.spk += s.speakerOk;
        a.loose += s.speakerLoose;
        a.named += s.speakerNamed;
        a.wrong += s.speakerWrong;
        a.wrongPerson += s.speakerWrongPerson;
        a.missed += s.speakerMissed;
        a.srcFound += s.sourcesFound;
        a.srcLabelled += art.sources.length;
        a.srcReal += s.sourcesReal;
        a.srcPredicted += s.sourcesPredicted;
        a.roleN += s.roleLabelled;
        a.roleOk += s.roleOk;
        a.viaN += s.viaLabelled;
        a.viaOk += s.viaOk;
        a.kindN += s.kindLabelled;
        a.kindOk += s.kindOk;
        a.creditOk += s.creditOk;
        if (s.publisherOk !== null) {
          a.pubN++;
          a.pubOk += s.publisherOk;
        }
        a.ms += ms;
        a.maxMs = Math.max(a.maxMs, ms);
        for (const c of s.speakerClasses) a.spkClass.set(c, (a.spkClass.get(c) ?? 0) + 1);
        for (const l of s.labelledSources) {
          tally(a.kindFound, l.kind, l.found);
          tally(a.cueFound, l.cue, l.found);
        }
        for (const p of s.predictedSources) tally(a.kindReal, p.kind, p.real);
      });
    }
    if (print && (verbose || process.argv.includes('--pages')) && split === 'tune') {
      console.log(
        `${split.padEnd(4)} ${art.id.padEnd(36)} quotes tp ${s.tp} fp ${s.fp} fn ${s.fn}  speakers ${s.speakerOk}/${s.tp}  sources ${s.sourcesFound}/${art.sources.length} (${s.sourcesReal}/${s.sourcesPredicted} real)  ${ms.toFixed(2)} ms`,
      );
      if (verbose) for (const line of s.details) console.log('      ' + line);
    }
  });

  const r2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' n/a');
  const row = (name: string, a: Agg | undefined) => {
    if (!a) return `| ${name} | — | — | — | — | — | — | — |`;
    const p = a.tp / (a.tp + a.fp);
    const r = a.tp / (a.tp + a.fn);
    const f1 = (2 * p * r) / (p + r);
    return `| ${name} | ${a.pages} | ${a.tp + a.fn} | ${r2(p)} / ${r2(r)} / ${r2(f1)} | ${r2(a.spk / a.tp)} (${r2(a.loose / a.tp)}) | ${r2(a.srcFound / a.srcLabelled)} | ${r2(a.srcReal / a.srcPredicted)} | ${(a.ms / a.pages).toFixed(2)} / ${a.maxMs.toFixed(2)} |`;
  };
  const row2 = (name: string, a: Agg | undefined) => {
    if (!a) return `| ${name} | — | — | — | — | — |`;
    return `| ${name} | ${r2(a.roleOk / a.roleN)} (${a.roleN}) | ${r2(a.viaOk / a.viaN)} (${a.viaN}) | ${r2(a.kindOk / a.kindN)} (${a.kindN}) | ${r2(a.creditOk / a.kindN)} | ${r2(a.pubOk / a.pubN)} (${a.pubN}) |`;
  };
  const row3 = (name: string, a: Agg | undefined) => {
    if (!a) return `| ${name} | — | — | — | — | — |`;
    return `| ${name} | ${a.tp} | ${a.named} | ${a.wrong} (${a.wrongPerson}) | ${a.missed} | ${r2((a.named - a.wrong) / a.named)} |`;
  };
  const groups = ['ja', 'zh+ko', 'en', 'other', 'all'];
  const splits = ['tune', ...FROZEN_SPLITS].filter((s) => !onlySplit || s === onlySplit);
  console.log(`\n${label}: sources & quotes on hand-labelled pages (tune = may be tuned on; ${FROZEN_SPLITS.join(', ')} = frozen, never tuned on)\n`);
  console.log('| language, split | pages | labelled quotes | quote P / R / F1 | speaker right (loose) | sources found (recall) | sources real (precision) | ms CPU mean / max |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const g of groups) for (const split of splits) console.log(row(`${g} ${split}`, aggs.get(`${g} ${split}`)));
  console.log('\n| language, split | role right (quotes) | via right (quotes) | source kind right (found) | credit flag right | publisher right (pages) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const g of groups) for (const split of splits) console.log(row2(`${g} ${split}`, aggs.get(`${g} ${split}`)));
  // issue #10: a wrong name is worse than "unattributed", so the named speakers' precision is shown apart
  console.log('\n| language, split | matched quotes | named a speaker | named wrongly (another person) | left unattributed, label names one | named speakers right (precision) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const g of groups) for (const split of splits) console.log(row3(`${g} ${split}`, aggs.get(`${g} ${split}`)));
  if (!process.argv.includes('--no-breakdown')) breakdown(aggs, groups, splits);
}

/**
 * The aggregate breakdown by class (counts only: no page ids, no text, so the frozen splits can be
 * read this way without being looked into): for each split, matched quotes by speaker class, and
 * labelled sources found by kind and by the cue that cited them, predicted sources real by kind.
 * A cell is "hits/total"; columns are the language groups.
 */
function breakdown(aggs: Map<string, Agg>, groups: string[], splits: string[]): void {
  const cell = (m: Map<string, [number, number]> | undefined, k: string) => {
    const c = m?.get(k);
    return c ? `${c[0]}/${c[1]}` : '';
  };
  const head = (first: string) => `| ${first} | ${groups.join(' | ')} |\n| --- |${groups.map(() => ' --- |').join('')}`;
  for (const split of splits) {
    const at = (g: string) => aggs.get(`${g} ${split}`);
    console.log(`\nBreakdown, ${split}: matched quotes by speaker class (count)\n`);
    console.log(head('speaker class'));
    for (const c of SPEAKER_CLASSES) console.log(`| ${c} | ${groups.map((g) => at(g)?.spkClass.get(c) ?? '').join(' | ')} |`);
    const kinds = ['credit', ...SOURCE_KINDS, '—'];
    console.log(`\nBreakdown, ${split}: labelled sources found (recall), by labelled kind (credits apart)\n`);
    console.log(head('kind'));
    for (const k of kinds) if (at('all')?.kindFound.has(k)) console.log(`| ${k} | ${groups.map((g) => cell(at(g)?.kindFound, k)).join(' | ')} |`);
    console.log(`\nBreakdown, ${split}: labelled sources found (recall), by the cue that cites them (from the label's evidence)\n`);
    console.log(head('cue'));
    for (const k of ['credit', ...SOURCE_CUES.map(([c]) => c), 'other', '—']) if (at('all')?.cueFound.has(k)) console.log(`| ${k} | ${groups.map((g) => cell(at(g)?.cueFound, k)).join(' | ')} |`);
    console.log(`\nBreakdown, ${split}: predicted sources that are real (precision), by predicted kind\n`);
    console.log(head('kind'));
    for (const k of kinds) if (at('all')?.kindReal.has(k)) console.log(`| ${k} | ${groups.map((g) => cell(at(g)?.kindReal, k)).join(' | ')} |`);
  }
}

async function loadBaseline(ref: string): Promise<{ analyse: Analyse; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'honbun-baseline-'));
  // utils/text (escapeRe) is imported by the analysis since the shared-helpers commit; older refs lack it
  const hasText = (() => {
    try {
      execFileSync('git', ['cat-file', '-e', `${ref}:utils/text`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  const tar = execFileSync('git', ['archive', ref, 'utils/analysis', 'utils/extract/fold-space.ts', ...(hasText ? ['utils/text'] : [])], { maxBuffer: 64 << 20 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  // a dev script importing the baseline's own source from the temporary folder it just wrote
  // eslint-disable-next-line no-unsanitized/method
  const mod = (await import(pathToFileURL(join(dir, 'utils/analysis/index.ts')).href)) as { analyseArticle: Analyse };
  return { analyse: mod.analyseArticle, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Issue #10's speed target (under 5 ms per article) on pages nobody labelled: the 181 scrapinghub
 * article bodies (split on newlines, as dump-analysis.ts does), CPU ms per article (the median of
 * RUNS runs, taken in rounds over all the bodies): mean, p95 and max, printed after each table so
 * main's and this tree's figures come from the same run.
 */
function bodiesTiming(label: string, perBody: number[]): void {
  const times = [...perBody].sort((x, y) => x - y);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`\n${label}: scrapinghub bodies (${times.length}), ms CPU per article: mean ${mean.toFixed(2)} / p95 ${times[Math.ceil(times.length * 0.95) - 1].toFixed(2)} / max ${times[times.length - 1].toFixed(2)} (target < 5)`);
}

/**
 * Issue #12 F2: hostile paragraphs of 100k and 400k characters per language, CPU ms (one run
 * each after a warm-up). Linear work keeps the 400k figure near four times the 100k one; the
 * target is under 200 ms at 400k. (The baseline is not run on them: its quote scan took 55 s.)
 */
function hostile(): void {
  // [language, name, repeated unit, text before the repetition, text after it]
  const cases: [string, string, string, string?, string?][] = [
    ['en', 'quoted words', '"word" '],
    ['en', 'attributed quotes', '“We will not back down now,” he said. '],
    ['en', 'one unclosed quote', 'word and more ', '“'],
    // one capitalised "word" of n letters and then a reporting verb (an unbounded lookbehind in
    // the speaker cleaner made this quadratic: 1.4 s at 50k, 5.5 s at 100k)
    ['en', 'one long word, then said', 'A', '', ' said'],
    ['ja', 'quoted terms', '「あいうえお」'],
    ['ja', 'attributed quotes', '山田太郎氏は「今秋中に協議が開催され得る」と述べた。'],
    ['ja', 'unpunctuated kanji', '漢字'],
    ['zh', 'attributed quotes', '李博灏说：“这是一个非常好的消息。”'],
    ['ko', 'attributed quotes', '김철수 대표는 "이것은 정말 매우 좋은 소식이다"라고 말했다. '],
    // a scan of every sentence per quote (German) and of every verb per run of citing sentences
    // (English) made these quadratic: 18× and 15× from 50k to 400k before perfA16
    ['de', 'attributed quotes', '„Das ist gut so und war gut“, sagte er. '],
    ['en', 'citing runs', '“We will not back down now,” an insider said. Jo Lee’s lawyer told reporters that it was false. “My client never signed anything at all.” “It is done,” the insider added. '],
  ];
  console.log('\nHostile single paragraphs (issue #12 F2), CPU ms: 100k chars / 400k chars (linear ≈ 4×; target < 200 ms at 400k)\n');
  console.log('| language | paragraph | 100k | 400k | ratio |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [lang, name, unit, before = '', after = ''] of cases) {
    const ms = (n: number) => {
      const text = before + unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + after;
      const input = { blocks: [text], captions: [], links: [], lang };
      const c0 = process.cpuUsage();
      analyseArticle(input);
      const c = process.cpuUsage(c0);
      return (c.user + c.system) / 1000;
    };
    ms(10_000);
    const a = ms(100_000);
    const b = ms(400_000);
    console.log(`| ${lang} | ${name} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(1)} |`);
  }
}

// both sides are timed together (timeSides alternates them), then scored and printed one after the other
const base = baselineRef ? await loadBaseline(baselineRef) : null;
const sides = base ? [base.analyse, analyseArticle] : [analyseArticle];
const labelled = timeSides(sides, articles.map(inputOf));
const bodies = timeSides(sides, analysisInputs().filter((a) => a.set === 'scrapinghub').map((a) => a.input));
if (base) {
  run(base.analyse, `Baseline ${baselineRef}`, false, labelled[0]);
  bodiesTiming(`Baseline ${baselineRef}`, bodies[0]);
  base.cleanup();
}
run(analyseArticle, 'This tree', true, labelled[labelled.length - 1]);
bodiesTiming('This tree', bodies[bodies.length - 1]);
if (base) {
  // the paired figure: each body's time in this tree over its time in the baseline, same pass
  const ratios = bodies[1].map((t, i) => t / bodies[0][i]).sort((x, y) => x - y);
  console.log(`This tree / baseline, per body (paired): median ${ratios[ratios.length >> 1].toFixed(2)} / p5 ${ratios[Math.floor(ratios.length * 0.05)].toFixed(2)} / p95 ${ratios[Math.ceil(ratios.length * 0.95) - 1].toFixed(2)}`);
}
if (!process.argv.includes('--no-hostile')) hostile();
