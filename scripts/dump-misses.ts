/**
 * `npx tsx scripts/dump-misses.ts [--only ID] [--out FILE] [--leaks-only]`: for the TUNED two thirds of
 * trafilatura-dev only (never the untouched third, `isHeld` in held-out.ts), every `with` segment the
 * pipeline loses and every `without` segment it leaks, with where it happened and the page's HTML
 * around it, so misses can be grouped into classes (lists, tables, second containers; teasers,
 * related blocks, footers …) before any rule is written.
 *
 * Where a lost segment went is found by re-running the extraction's stages on a copy of the page
 * (same functions, same order as utils/article/extract.ts) and noting the first stage after which
 * the segment's opening words are gone: `source` (not in the page's text at all), `pre:<rule>`
 * (removed by the whole-page declutter, with the rule id), `readability` (Readability did not keep
 * it), `post:<rule>`, `post-process`, `text` (in the article's DOM but not in its text: a caption).
 * `R+`/`R-`: plain Readability 0.6.0 on the same page found / did not find the segment.
 */
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { runPipelineOnPage } from '../utils/article/run-page';
import { declutter } from '../utils/extract/declutter';
import { runReadability } from '../utils/extract/body/readability';
import { postProcess } from '../utils/extract/body/post-process';
import { extractText } from '../utils/extract/body/text';
import { STRIP_BEFORE_TEXT } from '../utils/extract/constants';
import { workingDocument } from '../utils/extract/page/clone';
import { capDepth } from '../utils/extract/page/bounds';
import type { Removal } from '../utils/extract/types';
import { loadDocument } from './cli/load-document';
import { collapseSpace } from '../utils/extract/declutter/measure';
import { isHeld } from './held-out';
import { argValue as arg, trafilaturaHtml, trafilaturaPages } from './trafilatura-dev';

const PROBE_CHARS = 50;
const CONTEXT_CHARS = 900;

/** The segment's opening words: enough to place it, short enough not to cross many blocks. */
const probe = (s: string): string => collapseSpace(s).slice(0, PROBE_CHARS);

function label(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 4);
  const role = el.getAttribute('role');
  return `${el.tagName.toLowerCase()}${id ? '#' + id : ''}${cls.map((c) => '.' + c).join('')}${role ? `[role=${role}]` : ''}`;
}

function path(el: Element): string {
  const out: string[] = [];
  for (let e: Element | null = el; e && e.tagName !== 'HTML'; e = e.parentElement) out.unshift(label(e));
  return out.slice(-9).join(' > ');
}

/** The deepest element whose text holds `p`. */
function holder(doc: Document, p: string): Element | null {
  let best: Element | null = null;
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(c.tagName)) continue;
      if (collapseSpace(c.textContent ?? '').includes(p)) {
        best = c;
        visit(c);
        return;
      }
    }
  };
  if (doc.body) visit(doc.body);
  return best;
}

function snippet(el: Element): string {
  const host = el.parentElement && collapseSpace(el.textContent ?? '').length < 200 ? el.parentElement : el;
  const html = host.outerHTML
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/\s(?:style|srcset|sizes|data-src|src|href)="[^"]*"/g, '')
    .replace(/\s+/g, ' ');
  return html.length > CONTEXT_CHARS ? html.slice(0, CONTEXT_CHARS) + ' …' : html;
}

function ruleOf(removals: Removal[], p: string): string | null {
  const r = removals.find((x) => collapseSpace(x.text).includes(p.slice(0, 40)));
  return r ? `${r.rule}(${r.category})` : null;
}

/** The extraction's stages on a fresh copy; the first one after which `p` is gone. */
function stageTrace(doc: Document, title: string | null, lang: string | null, segs: string[]): Map<string, string> {
  const clone = workingDocument(doc, false);
  capDepth(clone);
  const out = new Map<string, string>();
  const gone = (text: string, stage: (p: string) => string): void => {
    const t = collapseSpace(text);
    for (const s of segs) if (!out.has(s) && !t.includes(probe(s))) out.set(s, stage(probe(s)));
  };
  gone(clone.body?.textContent ?? '', () => 'source');
  const pre = declutter(clone, { phase: 'pre', title, lang });
  gone(clone.body?.textContent ?? '', (p) => `pre:${ruleOf(pre, p) ?? '?'}`);
  const rd = runReadability(clone, lang);
  if (!rd) {
    for (const s of segs) if (!out.has(s)) out.set(s, 'readability(null)');
    return out;
  }
  gone(rd.content.textContent ?? '', () => 'readability');
  const post = declutter(rd.content, { phase: 'post', title, lang });
  gone(rd.content.textContent ?? '', (p) => `post:${ruleOf(post, p) ?? '?'}`);
  const pp = postProcess(rd.content, title, null);
  for (const el of rd.content.querySelectorAll(STRIP_BEFORE_TEXT)) el.remove();
  gone(rd.content.textContent ?? '', (p) => `post-process:${ruleOf(pp, p) ?? 'top/repeat'}`);
  gone(extractText(rd.content).text, () => 'text(caption?)');
  return out;
}

function main(): void {
  const only = arg('--only');
  const outFile = arg('--out') ?? '/tmp/dump-misses.txt';
  // leaks only: no lost-segment trace and no plain Readability run (several times faster)
  const leaksOnly = process.argv.includes('--leaks-only');
  const pages = trafilaturaPages()
    .filter((p) => !isHeld(p.id)) // never the untouched third
    .filter((p) => !only || p.id.startsWith(only));
  const lines: string[] = [];
  let lost = 0;
  let leaked = 0;
  for (const page of pages) {
    const bytes = trafilaturaHtml(page);
    const r = loadDocument(bytes, page.url);
    if (!r.document || !r.window) continue;
    const doc = r.document;
    const res = runPipelineOnPage(doc, { url: page.url, window: r.window, removedHtml: true });
    const text = collapseSpace(res.text ?? '');
    const missed = page.with.filter((s) => !text.includes(collapseSpace(s)));
    const leaks = page.without.filter((s) => text.includes(collapseSpace(s)));
    if (!missed.length && !leaks.length) {
      r.close();
      continue;
    }
    lost += missed.length;
    leaked += leaks.length;
    lines.push(`\n======== ${page.id} [${page.lang}] ${page.url ?? ''}  lost ${missed.length}/${page.with.length} leaked ${leaks.length}/${page.without.length}  out ${text.length} chars`);
    // plain Readability on its own copy: which losses and leaks are ours alone
    const plain = leaksOnly ? '' : collapseSpace(new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '');
    const mark = (s: string): string => (plain.includes(collapseSpace(s)) ? 'R+' : 'R-');
    const trace = missed.length && !leaksOnly ? stageTrace(doc, res.title, res.lang, missed) : new Map<string, string>();
    for (const s of missed) {
      const h = holder(doc, probe(s));
      const partial = text.includes(probe(s)) ? ' (opening kept: segment split or changed)' : '';
      lines.push(`-- LOST ${mark(s)} [${trace.get(s) ?? 'whole-kept?'}]${partial}: ${collapseSpace(s).slice(0, 160)}`);
      if (h) lines.push(`   at ${path(h)}\n   ${snippet(h)}`);
    }
    for (const s of leaks) {
      const h = holder(doc, probe(s));
      lines.push(`-- LEAK ${mark(s)}: ${collapseSpace(s).slice(0, 160)}`);
      if (h) lines.push(`   at ${path(h)}\n   ${snippet(h)}`);
    }
    // what the output is made of: first and last 160 chars
    lines.push(`   OUT head: ${text.slice(0, 160)}\n   OUT tail: ${text.slice(-200)}`);
    r.close();
  }
  lines.unshift(`tuned pages: ${pages.length}; lost ${lost}, leaked ${leaked}`);
  writeFileSync(outFile, lines.join('\n'));
  console.log(`tuned pages: ${pages.length}; lost ${lost} with segments, leaked ${leaked} without segments → ${outFile}`);
}

main();
