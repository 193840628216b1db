/**
 * `npm run bench`: this pipeline vs plain Readability 0.6.0, side by side, on the same jsdom DOM.
 *
 *   tsx scripts/bench.ts [--only ID] [--dump DIR] [--no-corpus] [--no-fixtures] [--limit N]
 *
 * 1. The scrapinghub corpus (../shared/corpus/scrapinghub), with its own metric (README there):
 *    tokens [\p{L}\p{N}_]+ (u flag), 4-token shingle multisets; P = mean tp/(tp+fp) over pages with
 *    non-empty output, R = mean tp/(tp+fn) over all pages, F1 = harmonic mean of the two means.
 * 2. The 27 labelled fixture pages: must_have found, must_not leaked, titles exact.
 * Pages are read by the CLI's loadDocument (scripts/cli/load-document.ts: browser-like decoding,
 * bounds, jsdom), so bench and CLI parse identically. Times: each page is parsed once; the
 * pipeline (which never mutates the DOM) and plain Readability (which does, so it gets a clone
 * when it runs first; the clone is not timed) run on that DOM, in alternating order so neither
 * always runs warm. "ms" includes decode + parse, "excl. parse" does not. The pipeline runs
 * with removedHtml: false, as the CLI does (its output has no removal html).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../utils/article/pipeline';
import { loadDocument } from './cli/load-document';
import { listPageFixtures, loadPageFixture, normaliseForMatch } from '../tests/helpers/fixtures';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/scrapinghub');
const SHINGLE = 4;
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

type Parsed = { doc: Document; window: Window & typeof globalThis; parseMs: number; close: () => void };

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
const flag = (name: string): boolean => process.argv.includes(name);

/** The CLI's own loader (decode like a browser, bounds, jsdom), so bench and CLI parse alike. */
function load(bytes: Uint8Array, url: string | null): Parsed {
  const r = loadDocument(bytes, url);
  if (!r.document || !r.window) throw new Error(`${r.error?.code}: ${r.error?.message}`);
  return { doc: r.document, window: r.window, parseMs: r.decodeMs + r.parseMs, close: () => r.close() };
}

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

function score(pred: string, truth: string): { p: number | null; r: number } {
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

interface Side {
  ps: number[];
  rs: number[];
  empty: number;
  ms: number[];
  excl: number[];
  errors: number;
}
const side = (): Side => ({ ps: [], rs: [], empty: 0, ms: [], excl: [], errors: 0 });

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function runBoth(parsed: Parsed, url: string | null, first: 'pipeline' | 'readability') {
  let pipe: { text: string; title: string | null; ms: number; error: string | null } = { text: '', title: null, ms: 0, error: null };
  let plain: { text: string; title: string | null; ms: number; error: string | null } = { text: '', title: null, ms: 0, error: null };
  const runPipe = () => {
    const t0 = performance.now();
    try {
      // Like the CLI, whose output has no removal html (see PipelineOptions.removedHtml).
      const r = runPipeline(parsed.doc, { url, window: parsed.window, removedHtml: false });
      pipe = { text: r.text ?? '', title: r.title, ms: performance.now() - t0, error: null };
    } catch (e) {
      pipe = { text: '', title: null, ms: performance.now() - t0, error: (e as Error).message };
    }
  };
  const runPlain = () => {
    // Plain Readability mutates its document: it gets its own clone when it runs first.
    const doc = first === 'readability' ? (parsed.doc.cloneNode(true) as Document) : parsed.doc;
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
  return { pipe, plain };
}

function record(s: Side, text: string, truth: string, ms: number, parseMs: number, error: string | null) {
  const { p, r } = score(text, truth);
  if (error) s.errors++;
  if (p === null) s.empty++;
  else s.ps.push(p);
  s.rs.push(r);
  s.ms.push(ms + parseMs);
  s.excl.push(ms);
  return { p, r };
}

function report(name: string, s: Side): string {
  const P = mean(s.ps);
  const R = mean(s.rs);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const f = (x: number) => x.toFixed(0).padStart(5);
  return `${name.padEnd(12)} F1 ${F.toFixed(3)}  P ${P.toFixed(3)}  R ${R.toFixed(3)}  empty ${s.empty}  errors ${s.errors}  ms median ${f(quantile(s.ms, 0.5))} p95 ${f(quantile(s.ms, 0.95))}  | excl. parse median ${f(quantile(s.excl, 0.5))} p95 ${f(quantile(s.excl, 0.95))}`;
}

async function benchCorpus(): Promise<void> {
  const truth = JSON.parse(readFileSync(resolve(CORPUS, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const only = arg('--only');
  const dump = arg('--dump');
  const limit = Number(arg('--limit') ?? Infinity);
  if (dump) mkdirSync(dump, { recursive: true });
  const pipe = side();
  const plain = side();
  const ids = Object.keys(truth).sort().filter((id) => !only || id.startsWith(only)).slice(0, limit);
  let i = 0;
  for (const id of ids) {
    const bytes = gunzipSync(readFileSync(resolve(CORPUS, 'html', `${id}.html.gz`)));
    const url = truth[id].url ?? null;
    let parsed: Parsed;
    try {
      parsed = load(bytes, url);
    } catch (e) {
      console.error(`${id}: parse failed: ${(e as Error).message}`);
      for (const s of [pipe, plain]) record(s, '', truth[id].articleBody, 0, 0, 'parse');
      continue;
    }
    const { pipe: a, plain: b } = runBoth(parsed, url, i++ % 2 ? 'readability' : 'pipeline');
    const sa = record(pipe, a.text, truth[id].articleBody, a.ms, parsed.parseMs, a.error);
    const sb = record(plain, b.text, truth[id].articleBody, b.ms, parsed.parseMs, b.error);
    parsed.close();
    if (only || dump) {
      const line = `${id.slice(0, 12)} pipeline P ${sa.p?.toFixed(3)} R ${sa.r.toFixed(3)} | readability P ${sb.p?.toFixed(3)} R ${sb.r.toFixed(3)}${a.error ? ` ERROR ${a.error}` : ''}`;
      console.log(line);
      if (dump) writeFileSync(resolve(dump, `${id}.json`), JSON.stringify({ id, url, pipeline: { ...sa, text: a.text }, readability: { ...sb, text: b.text }, truth: truth[id].articleBody }, null, 1));
    }
  }
  console.log(`\nscrapinghub corpus: ${ids.length} pages`);
  console.log(report('pipeline', pipe));
  console.log(report('readability', plain));
  const ratio = quantile(pipe.ms, 0.5) / quantile(plain.ms, 0.5);
  const ratio95 = quantile(pipe.ms, 0.95) / quantile(plain.ms, 0.95);
  const perPage = pipe.ms.map((m, k) => m / plain.ms[k]);
  console.log(`time ratio pipeline/readability (parse included): median ${ratio.toFixed(2)}x, p95 ${ratio95.toFixed(2)}x; per-page ratio median ${quantile(perPage, 0.5).toFixed(2)}x`);
}

function benchFixtures(): void {
  const totals = { pipeline: { have: 0, leak: 0, title: 0 }, readability: { have: 0, leak: 0, title: 0 } };
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
      per.push(`${key} have ${have}/${mh.length} leak ${leak} title ${titleOk ? 'ok' : 'NO'}`);
    }
    lines.push(`${name.padEnd(32)} ${per.join(' | ')}`);
    parsed.close();
  });
  if (flag('--verbose')) console.log(lines.join('\n'));
  console.log(`\nfixtures: ${names.length} pages, ${haveN} must_have, ${notN} must_not`);
  for (const key of ['pipeline', 'readability'] as const) {
    const t = totals[key];
    console.log(`${key.padEnd(12)} must_have found ${t.have}/${haveN}  must_not leaked ${t.leak}/${notN}  titles exact ${t.title}/${names.length}`);
  }
}

async function main(): Promise<void> {
  console.log('DOM: jsdom, parsed by scripts/cli/load-document.ts (as the CLI does)');
  if (!flag('--no-corpus')) await benchCorpus();
  if (!flag('--no-fixtures') && !arg('--only')) benchFixtures();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
