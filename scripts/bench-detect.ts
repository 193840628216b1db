/**
 * Microbenchmark and report for the Detect stage (Node + jsdom; the browser is several times
 * faster). Runs detectArticle on the article fixtures, the negative fixtures and, with
 * --corpus, the 181 scrapinghub article pages; prints each verdict, accuracy and
 * median/p95 run time (parse excluded).
 *
 *   npx tsx scripts/bench-detect.ts [--corpus] [--verbose] [--no-url]
 *
 * --no-url drops the page URLs (the CLI may not know them): page shape and metadata alone.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../utils/extract/detect';

const ROOT = process.cwd();
const RUNS = 5;
const args = new Set(process.argv.slice(2));

interface Case {
  set: string;
  name: string;
  html: Buffer;
  url: string | null;
  expect: boolean;
  contentType?: string;
  encoding?: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  const pages = resolve(ROOT, 'tests/fixtures/pages');
  for (const name of readdirSync(pages).sort()) {
    const exp = JSON.parse(readFileSync(resolve(pages, name, 'expected.json'), 'utf8')) as { url?: string | null; encoding?: string };
    out.push({ set: 'pages', name, html: readFileSync(resolve(pages, name, 'source.html')), url: exp.url ?? null, expect: true, encoding: exp.encoding });
  }
  const detectDir = resolve(ROOT, 'tests/fixtures/detect');
  const manifest = resolve(detectDir, 'manifest.json');
  if (existsSync(manifest)) {
    const list = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; url: string | null; isArticle: boolean; contentType?: string }[];
    for (const m of list) out.push({ set: 'detect', name: m.file, html: readFileSync(resolve(detectDir, m.file)), url: m.url, expect: m.isArticle, contentType: m.contentType });
  }
  const corpus = resolve(ROOT, '../shared/corpus/scrapinghub');
  if (args.has('--corpus') && existsSync(corpus)) {
    for (const line of readFileSync(resolve(corpus, 'manifest.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const m = JSON.parse(line) as { id: string; html: string; url: string | null };
      out.push({ set: 'corpus', name: m.id.slice(0, 12), html: gunzipSync(readFileSync(resolve(corpus, m.html))), url: m.url, expect: true });
    }
  }
  return out;
}

/** jsdom parses HTML and XML only. A text/plain (or JSON) resource is loaded the way Chrome
 * shows it, a body with one <pre>, with document.contentType set to the real type. */
function parse(c: Case): Document {
  const opts = { url: c.url ?? undefined, virtualConsole: new VirtualConsole() };
  if (c.contentType && !/html|xml/.test(c.contentType)) {
    const doc = new JSDOM('<html><head></head><body><pre></pre></body></html>', opts).window.document;
    doc.querySelector('pre')!.textContent = c.html.toString('utf8');
    Object.defineProperty(doc, 'contentType', { value: c.contentType });
    return doc;
  }
  // jsdom only sniffs <meta charset> in the first 1024 bytes; decode labelled pages as labelled.
  const input = c.encoding && c.encoding !== 'utf-8' ? new TextDecoder(c.encoding === 'gb2312' ? 'gbk' : c.encoding).decode(c.html) : c.html;
  const typed = { ...opts, contentType: c.contentType };
  try {
    return new JSDOM(input, typed).window.document;
  } catch {
    // jsdom throws on some invalid CSS: retry without styles, as the CLI does
    const html = c.html.toString('utf8').replace(/<style[\s\S]*?<\/style>/gi, '');
    return new JSDOM(html, typed).window.document;
  }
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

// Wall time suffers when the shared machine is busy; CPU time (process.cpuUsage) much less.
const bySet = new Map<string, { ok: number; n: number; times: number[]; cpu: number[] }>();
for (const c of cases()) {
  if (args.has('--no-url')) c.url = null;
  const doc = parse(c);
  let result = detectArticle(doc, c.url);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = detectArticle(doc, c.url);
    times.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
  }
  const ms = pct(times, 0.5);
  const ok = result.isArticle === c.expect;
  const s = bySet.get(c.set) ?? { ok: 0, n: 0, times: [], cpu: [] };
  s.n++;
  if (ok) s.ok++;
  s.times.push(ms);
  s.cpu.push(pct(cpu, 0.5));
  bySet.set(c.set, s);
  if (!ok || args.has('--verbose')) {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.set}/${c.name} want=${c.expect} conf=${result.confidence} ${ms.toFixed(1)}ms ${result.reasons.join(' ')}`);
  }
}
const all: number[] = [];
const allCpu: number[] = [];
const fmt = (xs: number[]) => `median ${pct(xs, 0.5).toFixed(2)} ms  p95 ${pct(xs, 0.95).toFixed(2)} ms`;
for (const [set, s] of bySet) {
  all.push(...s.times);
  allCpu.push(...s.cpu);
  console.log(`${set.padEnd(7)} ${s.ok}/${s.n} correct  wall ${fmt(s.times)}  cpu ${fmt(s.cpu)}`);
}
console.log(`all     wall ${fmt(all)}  cpu ${fmt(allCpu)} (jsdom, parse excluded, median of ${RUNS} runs per page)`);
