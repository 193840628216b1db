/**
 * The clean view's bundle paints the article without the source & quote analysis, which is its
 * own bundle injected afterwards (issue #10: heavy analysis code in its own chunk with its own
 * size budget). Checked here on the source: what entrypoints/reader.content/ reaches through
 * value imports (type-only imports are erased by the build) holds no file of utils/analysis/.
 * `npm run size` holds the two bundles to their budgets.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const STATEMENT = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Whether an import's clause names types only: `type {…}`, or braces whose every item is `type X`. */
function typeOnly(typeKeyword: string | undefined, clause: string): boolean {
  if (typeKeyword) return true;
  const m = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!m) return false;
  const items = m[1].split(',').map((s) => s.trim()).filter(Boolean);
  return items.length > 0 && items.every((s) => s.startsWith('type '));
}

function resolveImport(from: string, spec: string): string | null {
  const base = relative(ROOT, resolve(ROOT, dirname(from), spec));
  return (
    ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((p) => {
      try {
        return statSync(resolve(ROOT, p)).isFile();
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** Every repository file `entry` reaches through value imports (relative ones: packages are not ours). */
function valueGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const src = readFileSync(resolve(ROOT, f), 'utf8');
    for (const m of src.matchAll(STATEMENT)) {
      const spec = m[4] ?? m[5] ?? m[6];
      if (!spec?.startsWith('.')) continue;
      if (m[4] && typeOnly(m[2], m[3])) continue;
      const hit = resolveImport(f, spec);
      if (hit) queue.push(hit);
    }
  }
  return seen;
}

describe('what the clean view’s bundle reaches', () => {
  test('the reader bundle reaches no file of utils/analysis/', () => {
    const reader = valueGraph('entrypoints/reader.content/index.tsx');
    // it does reach the view, the panel and the handle it finds the analysis by
    expect(reader).toContain('components/sources-panel/sources-panel.tsx');
    expect(reader).toContain('utils/reader/view/analysis-api.ts');
    expect([...reader].filter((f) => f.startsWith('utils/analysis/'))).toEqual([]);
  });

  test('control: the analysis bundle and Save’s extraction do reach it', () => {
    expect(valueGraph('entrypoints/analysis.content/index.ts')).toContain('utils/analysis/index.ts');
    expect(valueGraph('utils/library/extract-for-save.ts')).toContain('utils/analysis/index.ts');
  });

  test('control: a mixed import (a value beside types) counts as a value import', () => {
    expect(typeOnly(undefined, '{ type A, B }')).toBe(false);
    expect(typeOnly(undefined, '{ type A, type B }')).toBe(true);
    expect(typeOnly('type ', '{ A }')).toBe(true);
    expect(typeOnly(undefined, 'X, { type A }')).toBe(false);
  });
});
