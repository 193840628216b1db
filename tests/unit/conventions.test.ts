/**
 * The codebase's conventions, checked (refined-github style): kebab-case file names, no import
 * cycles between modules or folders, the per-page content script reaching only the detector,
 * storage keys named only inside utils/, and shipped code never importing scripts or tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const SOURCE_DIRS = ['utils', 'components', 'entrypoints'];
const SKIP = new Set(['node_modules', 'fixtures', '.output', '.wxt', 'artifacts', 'screenshots', 'pages']);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(relative(ROOT, p));
  }
  return out;
}

const codeFiles = (dirs: string[]) => dirs.flatMap((d) => walk(resolve(ROOT, d))).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
const shipped = codeFiles(SOURCE_DIRS);

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative imports of `file`, resolved to repository paths (type-only imports included: a cycle of types is still a cycle of meaning). */
function importsOf(file: string): string[] {
  const src = readFileSync(resolve(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec?.startsWith('.')) continue;
    const base = relative(ROOT, resolve(ROOT, dirname(file), spec));
    const hit = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((p) => {
      try {
        return statSync(resolve(ROOT, p)).isFile();
      } catch {
        return false;
      }
    });
    if (hit) out.push(hit);
  }
  return out;
}

const graph = new Map(shipped.map((f) => [f, importsOf(f)]));

/** Strongly connected components with more than one member (Tarjan). */
function cycles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('conventions', () => {
  test('file and folder names are kebab-case', () => {
    const bad = [...shipped, ...codeFiles(['scripts', 'tests'])].filter((f) =>
      f.split('/').some((part) => !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(part)),
    );
    expect(bad).toEqual([]);
  });

  test('no import cycle between modules', () => {
    expect(cycles(graph)).toEqual([]);
  });

  test('no import cycle between folders', () => {
    const folders = new Map<string, Set<string>>();
    for (const [f, deps] of graph) {
      const from = dirname(f);
      const set = folders.get(from) ?? new Set<string>();
      for (const d of deps) if (dirname(d) !== from) set.add(dirname(d));
      folders.set(from, set);
    }
    const edges = new Map([...folders].map(([k, v]) => [k, [...v]]));
    expect(cycles(edges)).toEqual([]);
  });

  test('the per-page content script reaches only the detector, its messages and the reader handle', () => {
    const seen = new Set<string>();
    const queue = ['entrypoints/content.ts'];
    while (queue.length) {
      const f = queue.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(...(graph.get(f) ?? importsOf(f)));
    }
    const allowed = (f: string) =>
      f === 'entrypoints/content.ts' ||
      f.startsWith('utils/extract/detect/') ||
      f === 'utils/extract/declutter/dom.ts' ||
      // the element bound: one native count before any walk
      f === 'utils/extract/page/bounds.ts' ||
      // reads of the live page that no form control can shadow (issue #12, F1)
      f === 'utils/extract/live-dom.ts' ||
      f === 'utils/extract/types.ts' ||
      f === 'utils/messages.ts' ||
      /^utils\/(reader|library)\/messages\.ts$/.test(f) ||
      f === 'utils/library/schema.ts' ||
      f === 'utils/analysis/types.ts' ||
      f.startsWith('utils/reader/view/reader-api');
    expect([...seen].filter((f) => !allowed(f))).toEqual([]);
  });

  test('only utils/ names storage keys or touches storage.local', () => {
    const offenders = shipped
      .filter((f) => !f.startsWith('utils/'))
      .filter((f) => /storage\.local|\bKEY_[A-Z]+\b|\b(?:article|search|shard|position)Key\(|['"`]lib:[a-z]:/.test(readFileSync(resolve(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('shipped code never imports scripts or tests', () => {
    const offenders = [...graph].flatMap(([f, deps]) => deps.filter((d) => /^(?:scripts|tests)\//.test(d)).map((d) => `${f} → ${d}`));
    expect(offenders).toEqual([]);
  });
});
