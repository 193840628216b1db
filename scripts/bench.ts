/**
 * `npm run bench`: this pipeline vs plain Readability 0.6.0, side by side, on the same jsdom DOM.
 *
 *   tsx scripts/bench.ts [--only ID] [--dump DIR] [--corpus scrapinghub|trafilatura] [--no-corpus]
 *                        [--no-fixtures] [--limit N] [--verbose] [--slice tune|held|all]
 *
 * 1. scrapinghub (../shared/corpus/scrapinghub), with its own metric (README there): tokens
 *    [\p{L}\p{N}_]+ (u flag), 4-token shingle multisets; P = mean tp/(tp+fp) over pages with
 *    non-empty output, R = mean tp/(tp+fn) over all pages, F1 = harmonic mean of the two means.
 * 2. trafilatura-dev (../shared/corpus/trafilatura-dev), with trafilatura's metric (README there):
 *    each `with` segment found is a tp, missed a fn; each `without` segment found a fp, avoided a
 *    tn; micro-summed; "with found" = recall, "without avoided" = tn/(tn+fp). Reported for the
 *    slice the rules were tuned on ("tune", two thirds), the untouched slice ("held", one third,
 *    chosen by a hash of the page id: see held-out.ts) and both. `--dump` never writes held pages.
 *    `--verbose` adds per-language lines, counted on the tuned pages only. The held slice also
 *    prints aggregates only: by language group (de / en / other), by the detector's verdict, and
 *    where its leaked segments sit in the output (before / among / after the found body).
 * 3. The 27 labelled fixture pages: must_have found, must_not leaked, titles exact.
 * Every corpus line counts pipeline errors (a thrown pipeline, a page that does not parse): 0 is
 * the bar. Pages are read by the CLI's loadDocument (scripts/cli/load-document.ts: browser-like
 * decoding, bounds, jsdom), so bench and CLI parse identically. Times: each page is parsed once;
 * the pipeline and plain Readability run on that DOM, in alternating order so neither always
 * runs warm. Both get the parsed document to themselves, the way the CLI hands it to the
 * pipeline (`ownsDocument`; Readability mutates its document too): the side that runs first gets
 * a clone made before its clock starts. "ms" includes decode + parse, "excl. parse" does not.
 * The pipeline runs with removedHtml: false, as the CLI does (no removal html). The per-stage
 * profile (the pipeline's `profile` option) is summed over every page of every corpus.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { runPipelineOnPage } from '../utils/article/run-page';
import type { StageProfile } from '../utils/article/extract';
import { loadDocument } from './cli/load-document';
import { collapseSpace } from '../utils/extract/declutter/measure';
import { isHeld } from './held-out';
import { argValue as arg, trafilaturaHtml, trafilaturaPages, type TfPage } from './trafilatura-dev';
import { scrapinghubHtml, scrapinghubTruth } from './scrapinghub';
import { listPageFixtures, loadPageFixture, normaliseForMatch } from '../tests/helpers/fixtures';

const SHINGLE = 4;
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

type Parsed = { doc: Document; window: Window & typeof globalThis; parseMs: number; close: () => void };
interface RunOut {
  text: string;
  title: string | null;
  /** the detector's verdict (pipeline only): the held third's per-kind line splits on it */
  isArticle?: boolean;
  ms: number;
  error: string | null;
}

const flag = (name: string): boolean => process.argv.includes(name);

/** The CLI's own loader (decode like a browser, bounds, jsdom), so bench and CLI parse alike. */
function load(bytes: Uint8Array, url: string | null): Parsed {
  const r = loadDocument(bytes, url);
  if (!r.document || !r.window) throw new Error(`${r.error?.code}: ${r.error?.message}`);
  return { doc: r.document, window: r.window, parseMs: r.decodeMs + r.parseMs, close: () => r.close() };
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f3 = (x: number) => x.toFixed(3);
const f0 = (x: number) => x.toFixed(0).padStart(5);

/** Per-stage times summed over all pages, and the per-page times of both sides. */
const profile: StageProfile = {};
const times = { pipe: [] as number[], plain: [] as number[], pipeExcl: [] as number[], plainExcl: [] as number[] };

function runBoth(parsed: Parsed, url: string | null, first: 'pipeline' | 'readability'): { pipe: RunOut; plain: RunOut } {
  let pipe: RunOut = { text: '', title: null, ms: 0, error: null };
  let plain: RunOut = { text: '', title: null, ms: 0, error: null };
  // Each side gets the parsed document to itself, as the CLI hands it over: the side that runs
  // first works on a clone (made before its clock starts), the second on the parsed document.
  const docFor = (side: 'pipeline' | 'readability') => (first === side ? (parsed.doc.cloneNode(true) as Document) : parsed.doc);
  const runPipe = () => {
    const own: StageProfile = {};
    const doc = docFor('pipeline');
    const t0 = performance.now();
    try {
      // Like the CLI: no removal html (PipelineOptions.removedHtml), the document handed over.
      const r = runPipelineOnPage(doc, { url, window: parsed.window, removedHtml: false, ownsDocument: true, profile: own });
      pipe = { text: r.text ?? '', title: r.title, isArticle: r.isArticle, ms: performance.now() - t0, error: null };
    } catch (e) {
      pipe = { text: '', title: null, ms: performance.now() - t0, error: (e as Error).message };
    }
    // analysis is what runPipeline adds to extraction
    const extract = Object.values(own).reduce((a, b) => a + b, 0);
    own.analysis = Math.max(0, pipe.ms - extract);
    for (const [k, v] of Object.entries(own)) profile[k] = (profile[k] ?? 0) + v;
  };
  const runPlain = () => {
    const doc = docFor('readability');
    const t0 = performance.now();
    try {
      const r = new Readability(doc).parse();
      plain = { text: r?.textContent ?? '', title: r?.title ?? null, ms: performance.now() - t0, error: null };
    } catch (e) {
      plain = { text: '', title: null, ms: performance.now() - t0, error: (e as Error).message };
    }
  };
  if (first === 'pipeline') {
    runPipe();
    runPlain();
  } else {
    runPlain();
    runPipe();
  }
  times.pipe.push(pipe.ms + parsed.parseMs);
  times.plain.push(plain.ms + parsed.parseMs);
  times.pipeExcl.push(pipe.ms);
  times.plainExcl.push(plain.ms);
  return { pipe, plain };
}

interface Timing {
  ms: number[];
  excl: number[];
  errors: number;
}
const timing = (): Timing => ({ ms: [], excl: [], errors: 0 });
function timeLine(t: Timing): string {
  return `errors ${t.errors}  ms median ${f0(quantile(t.ms, 0.5))} p95 ${f0(quantile(t.ms, 0.95))}  | excl. parse median ${f0(quantile(t.excl, 0.5))} p95 ${f0(quantile(t.excl, 0.95))}`;
}

// ---------------------------------------------------------------------------------------------
// scrapinghub

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const m = new Map<string, number>();
  if (!tokens.length) return m;
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const k = tokens.slice(i, i + SHINGLE).join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function shingleScore(pred: string, truth: string): { p: number | null; r: number } {
  const a = shingles(pred);
  const b = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of a) {
    const t = b.get(k) ?? 0;
    tp += Math.min(n, t);
    fp += Math.max(0, n - t);
  }
  for (const [k, t] of b) fn += Math.max(0, t - (a.get(k) ?? 0));
  return { p: tp + fp > 0 ? tp / (tp + fp) : null, r: tp + fn > 0 ? tp / (tp + fn) : 0 };
}

interface ShSide extends Timing {
  ps: number[];
  rs: number[];
  empty: number;
}
const shSide = (): ShSide => ({ ...timing(), ps: [], rs: [], empty: 0 });

function shRecord(s: ShSide, out: RunOut, truth: string, parseMs: number) {
  const { p, r } = shingleScore(out.text, truth);
  if (out.error) s.errors++;
  if (p === null) s.empty++;
  else s.ps.push(p);
  s.rs.push(r);
  s.ms.push(out.ms + parseMs);
  s.excl.push(out.ms);
  return { p, r };
}

function shReport(name: string, s: ShSide): string {
  const P = mean(s.ps);
  const R = mean(s.rs);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return `${name.padEnd(12)} F1 ${f3(F)}  P ${f3(P)}  R ${f3(R)}  empty ${s.empty}  ${timeLine(s)}`;
}

function benchScrapinghub(): void {
  const truth = scrapinghubTruth();
  const only = arg('--only');
  const dump = arg('--dump');
  const limit = Number(arg('--limit') ?? Infinity);
  if (dump) mkdirSync(dump, { recursive: true });
  const pipe = shSide();
  const plain = shSide();
  const ids = Object.keys(truth).sort().filter((id) => !only || id.startsWith(only)).slice(0, limit);
  let i = 0;
  for (const id of ids) {
    const bytes = scrapinghubHtml(id);
    const url = truth[id].url ?? null;
    let parsed: Parsed;
    try {
      parsed = load(bytes, url);
    } catch (e) {
      console.error(`${id}: parse failed: ${(e as Error).message}`);
      const failed: RunOut = { text: '', title: null, ms: 0, error: 'parse' };
      for (const s of [pipe, plain]) shRecord(s, failed, truth[id].articleBody, 0);
      continue;
    }
    const { pipe: a, plain: b } = runBoth(parsed, url, i++ % 2 ? 'readability' : 'pipeline');
    const sa = shRecord(pipe, a, truth[id].articleBody, parsed.parseMs);
    const sb = shRecord(plain, b, truth[id].articleBody, parsed.parseMs);
    parsed.close();
    if (a.error) console.error(`${id}: pipeline error: ${a.error}`);
    if (only || dump) {
      console.log(`${id.slice(0, 12)} pipeline P ${sa.p?.toFixed(3)} R ${sa.r.toFixed(3)} | readability P ${sb.p?.toFixed(3)} R ${sb.r.toFixed(3)}${a.error ? ` ERROR ${a.error}` : ''}`);
      if (dump) writeFileSync(resolve(dump, `${id}.json`), JSON.stringify({ id, url, pipeline: { ...sa, text: a.text }, readability: { ...sb, text: b.text }, truth: truth[id].articleBody }, null, 1));
    }
  }
  console.log(`\nscrapinghub: ${ids.length} pages`);
  console.log(shReport('pipeline', pipe));
  console.log(shReport('readability', plain));
  ratioLine(pipe, plain);
}

function ratioLine(pipe: Timing, plain: Timing): void {
  const ratio = quantile(pipe.ms, 0.5) / quantile(plain.ms, 0.5);
  const ratioExcl = quantile(pipe.excl, 0.5) / quantile(plain.excl, 0.5);
  const perPage = pipe.ms.map((m, k) => m / plain.ms[k]);
  console.log(`time pipeline/readability: median ${ratio.toFixed(2)}x (parse included), ${ratioExcl.toFixed(2)}x (excl. parse); per-page ratio median ${quantile(perPage, 0.5).toFixed(2)}x`);
}

// ---------------------------------------------------------------------------------------------
// trafilatura-dev

interface TfCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}
interface TfSide extends Timing {
  tune: TfCounts;
  held: TfCounts;
}
const counts = (): TfCounts => ({ tp: 0, fn: 0, fp: 0, tn: 0 });
const tfSide = (): TfSide => ({ ...timing(), tune: counts(), held: counts() });

function tfScore(text: string, page: TfPage): TfCounts {
  const t = collapseSpace(text);
  const c = counts();
  for (const s of page.with) {
    if (t && t.includes(collapseSpace(s))) c.tp++;
    else c.fn++;
  }
  for (const s of page.without) {
    if (t && t.includes(collapseSpace(s))) c.fp++;
    else c.tn++;
  }
  return c;
}

/** Where each leaked `without` segment sits in the output, against the found `with` segments. */
function leakPlaces(text: string, page: TfPage): { before: number; among: number; after: number; noBody: number } {
  const t = collapseSpace(text);
  const out = { before: 0, among: 0, after: 0, noBody: 0 };
  const found = page.with.map((s) => t.indexOf(collapseSpace(s))).filter((x) => x >= 0);
  const first = Math.min(...found);
  const last = Math.max(...found);
  for (const s of page.without) {
    const at = t ? t.indexOf(collapseSpace(s)) : -1;
    if (at < 0) continue;
    if (!found.length) out.noBody++;
    else if (at < first) out.before++;
    else if (at > last) out.after++;
    else out.among++;
  }
  return out;
}

/** Both sides' counts of a group of pages: per-language lines (tuned pages) and the held third's aggregates. */
type PairGroups = Map<string, { pipe: TfCounts; plain: TfCounts }>;

/** Adds one page's counts to its group (made on first use). */
function addToGroup(groups: PairGroups, name: string, ca: TfCounts, cb: TfCounts): void {
  const G = groups.get(name) ?? { pipe: counts(), plain: counts() };
  addCounts(G.pipe, ca);
  addCounts(G.plain, cb);
  groups.set(name, G);
}

/** One line per side for each group, in name order. */
function printGroups(groups: PairGroups): void {
  for (const [name, G] of [...groups].sort()) {
    console.log(tfLine(`  ${name} pipeline`, G.pipe));
    console.log(tfLine(`  ${name} readability`, G.plain));
  }
}

function addCounts(a: TfCounts, b: TfCounts): void {
  a.tp += b.tp;
  a.fn += b.fn;
  a.fp += b.fp;
  a.tn += b.tn;
}

function tfLine(name: string, c: TfCounts): string {
  const P = c.tp / Math.max(1, c.tp + c.fp);
  const R = c.tp / Math.max(1, c.tp + c.fn);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const avoided = c.tn / Math.max(1, c.tn + c.fp);
  return `${name.padEnd(20)} with found ${f3(R)}  without avoided ${f3(avoided)}  P ${f3(P)}  F1 ${f3(F)}  (tp ${c.tp} fn ${c.fn} fp ${c.fp} tn ${c.tn})`;
}

function benchTrafilatura(): void {
  const only = arg('--only');
  const dump = arg('--dump');
  const want = arg('--slice') ?? 'all';
  const limit = Number(arg('--limit') ?? Infinity);
  if (dump) mkdirSync(dump, { recursive: true });
  const pages = trafilaturaPages()
    .filter((p) => !only || p.id.startsWith(only))
    .filter((p) => want === 'all' || (want === 'held') === isHeld(p.id))
    .slice(0, limit);
  const pipe = tfSide();
  const plain = tfSide();
  const perLang: PairGroups = new Map();
  // the untouched third, aggregates only (no page ids, no segments): by language group, by the
  // detector's verdict, and where in the output each leaked segment sits relative to the page's
  // found `with` segments (before the first, among them, after the last)
  const heldGroups: PairGroups = new Map();
  const heldLeakAt = { before: 0, among: 0, after: 0, noBody: 0 };
  let i = 0;
  for (const page of pages) {
    const held = isHeld(page.id);
    const bytes = trafilaturaHtml(page);
    let parsed: Parsed;
    try {
      parsed = load(bytes, page.url);
    } catch (e) {
      console.error(`${page.id}: parse failed: ${(e as Error).message}`);
      for (const s of [pipe, plain]) {
        s.errors++;
        addCounts(held ? s.held : s.tune, tfScore('', page));
      }
      continue;
    }
    const { pipe: a, plain: b } = runBoth(parsed, page.url, i++ % 2 ? 'readability' : 'pipeline');
    parsed.close();
    const ca = tfScore(a.text, page);
    const cb = tfScore(b.text, page);
    for (const [s, out, c] of [[pipe, a, ca], [plain, b, cb]] as const) {
      if (out.error) s.errors++;
      s.ms.push(out.ms + parsed.parseMs);
      s.excl.push(out.ms);
      addCounts(held ? s.held : s.tune, c);
    }
    if (a.error) console.error(`${page.id}: pipeline error: ${a.error}`);
    // per-language lines count the tuned pages only: the untouched third shows its summary alone
    const lang = ['de', 'en', 'es', 'fr', 'pl'].includes(page.lang) ? page.lang : 'other';
    if (!held) addToGroup(perLang, lang, ca, cb);
    else {
      addToGroup(heldGroups, `lang ${['de', 'en'].includes(page.lang) ? page.lang : 'other'}`, ca, cb);
      addToGroup(heldGroups, `kind ${a.isArticle ? 'article' : 'not-article'}`, ca, cb);
      for (const [k, n] of Object.entries(leakPlaces(a.text, page))) heldLeakAt[k as keyof typeof heldLeakAt] += n;
    }
    if ((only || dump) && !held) {
      console.log(`${page.id.padEnd(50)} pipeline with ${ca.tp}/${ca.tp + ca.fn} without-leaked ${ca.fp} | readability with ${cb.tp}/${cb.tp + cb.fn} leaked ${cb.fp}${a.error ? ` ERROR ${a.error}` : ''}`);
      if (dump) writeFileSync(resolve(dump, `${page.id}.json`), JSON.stringify({ ...page, pipeline: { ...ca, text: a.text }, readability: { ...cb, text: b.text } }, null, 1));
    }
  }
  const all = (s: TfSide): TfCounts => {
    const c = counts();
    addCounts(c, s.tune);
    addCounts(c, s.held);
    return c;
  };
  const nHeld = pages.filter((p) => isHeld(p.id)).length;
  console.log(`\ntrafilatura-dev: ${pages.length} pages (tune ${pages.length - nHeld}, held-out ${nHeld})`);
  for (const [name, s] of [['pipeline', pipe], ['readability', plain]] as const) {
    if (pages.length > nHeld) console.log(tfLine(`${name} tune`, s.tune));
    if (nHeld) console.log(tfLine(`${name} held-out`, s.held));
    console.log(tfLine(`${name} all`, all(s)));
  }
  for (const [name, s] of [['pipeline', pipe], ['readability', plain]] as const) console.log(`${name.padEnd(12)} ${timeLine(s)}`);
  ratioLine(pipe, plain);
  if (nHeld) {
    console.log('held-out by group (aggregates only):');
    printGroups(heldGroups);
    console.log(`  held-out leaks by place in the output: before the first found with ${heldLeakAt.before}, among them ${heldLeakAt.among}, after the last ${heldLeakAt.after}, no with found ${heldLeakAt.noBody}`);
  }
  if (flag('--verbose')) printGroups(perLang);
}

// ---------------------------------------------------------------------------------------------
// fixtures

function benchFixtures(): void {
  const totals = { pipeline: { have: 0, leak: 0, title: 0, errors: 0 }, readability: { have: 0, leak: 0, title: 0, errors: 0 } };
  let haveN = 0;
  let notN = 0;
  const names = listPageFixtures();
  const lines: string[] = [];
  names.forEach((name, i) => {
    const f = loadPageFixture(name);
    const parsed = load(f.bytes, (f.expected.url as string | null | undefined) ?? null);
    const { pipe, plain } = runBoth(parsed, (f.expected.url as string | null) ?? null, i % 2 ? 'readability' : 'pipeline');
    const mh = (f.expected.must_have ?? []).map(normaliseForMatch);
    const mn = (f.expected.must_not ?? []).map(normaliseForMatch);
    haveN += mh.length;
    notN += mn.length;
    const wantTitle = normaliseForMatch(f.expected.title ?? '');
    const per: string[] = [];
    for (const [key, r] of [['pipeline', pipe], ['readability', plain]] as const) {
      const t = normaliseForMatch(r.text);
      const have = mh.filter((s) => t.includes(s)).length;
      const leak = mn.filter((s) => t.includes(s)).length;
      const titleOk = normaliseForMatch(r.title ?? '') === wantTitle;
      totals[key].have += have;
      totals[key].leak += leak;
      totals[key].title += titleOk ? 1 : 0;
      if (r.error) totals[key].errors++;
      per.push(`${key} have ${have}/${mh.length} leak ${leak} title ${titleOk ? 'ok' : 'NO'}`);
    }
    lines.push(`${name.padEnd(32)} ${per.join(' | ')}`);
    parsed.close();
  });
  if (flag('--verbose')) console.log(lines.join('\n'));
  console.log(`\nfixtures: ${names.length} pages, ${haveN} must_have, ${notN} must_not`);
  for (const key of ['pipeline', 'readability'] as const) {
    const t = totals[key];
    console.log(`${key.padEnd(12)} must_have found ${t.have}/${haveN}  must_not leaked ${t.leak}/${notN}  titles exact ${t.title}/${names.length}  errors ${t.errors}`);
  }
}

/** Where the pipeline's time goes, summed over every page run, beside Readability's own total. */
function printProfile(): void {
  if (!times.pipe.length) return;
  const total = Object.values(profile).reduce((a, b) => a + b, 0);
  const plainTotal = times.plainExcl.reduce((a, b) => a + b, 0);
  const parse = times.pipe.reduce((a, b, k) => a + b - times.pipeExcl[k], 0);
  console.log(`\nall pages: ${times.pipe.length}; median per page, parse included: pipeline ${times.pipe.length ? quantile(times.pipe, 0.5).toFixed(1) : '-'} ms, readability ${quantile(times.plain, 0.5).toFixed(1)} ms → ${(quantile(times.pipe, 0.5) / quantile(times.plain, 0.5)).toFixed(2)}x; excl. parse ${(quantile(times.pipeExcl, 0.5) / quantile(times.plainExcl, 0.5)).toFixed(2)}x`);
  console.log(`per-stage profile (ms summed over all pages; plain Readability ${plainTotal.toFixed(0)} ms, decode + parse ${parse.toFixed(0)} ms):`);
  for (const [k, v] of Object.entries(profile).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${k.padEnd(22)} ${v.toFixed(0).padStart(7)} ms  ${((100 * v) / total).toFixed(1).padStart(5)} %  (${(v / plainTotal).toFixed(2)}x readability)`);
  }
  console.log(`  ${'total'.padEnd(22)} ${total.toFixed(0).padStart(7)} ms  (${(total / plainTotal).toFixed(2)}x readability)`);
}

function main(): void {
  console.log('DOM: jsdom, parsed by scripts/cli/load-document.ts (as the CLI does)');
  const which = arg('--corpus');
  if (!flag('--no-corpus')) {
    if (!which || which === 'scrapinghub') benchScrapinghub();
    if (!which || which === 'trafilatura') benchTrafilatura();
  }
  if (!flag('--no-fixtures') && !arg('--only') && !which) benchFixtures();
  printProfile();
}

/**
 * jsdom keeps ~5 MB per closed window in this process (measured: loadDocument + close alone),
 * so ~700 pages outgrow Node's default heap: the bench runs itself again with a larger one.
 */
const HEAP_MB = 12_288;
if (getHeapStatistics().heap_size_limit < (HEAP_MB / 2) * 2 ** 20 && !process.env.HONBUN_BENCH_CHILD) {
  const r = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, HONBUN_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
} else main();
