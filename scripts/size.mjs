#!/usr/bin/env node
// Size budgets for the built Chrome extension: prints each figure against its budget and exits 1
// when one is exceeded. Minified sizes (the build is minified), in kB of 1000 bytes.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.cwd(), '.output/chrome-mv3');
const BUDGETS = [
  // The per-page content script runs on every page load: keep it tiny (issue #3: < 24 kB).
  { name: 'per-page content script', file: 'content-scripts/content.js', kB: 24 },
  { name: 'background service worker', file: 'background.js', kB: 40 },
  // The clean view (Readability, DOMPurify, Preact, UI), injected only when the reader is asked for.
  { name: 'reader bundle', file: 'content-scripts/reader.js', kB: 300 },
];

let failed = false;
for (const b of BUDGETS) {
  const p = resolve(out, b.file);
  if (!existsSync(p)) {
    console.log(`MISSING  ${b.name}: ${b.file} (run npm run build)`);
    failed = true;
    continue;
  }
  const kB = readFileSync(p).length / 1000;
  const ok = kB <= b.kB;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${b.name.padEnd(28)} ${kB.toFixed(2).padStart(7)} kB  budget ${b.kB} kB`);
}
process.exit(failed ? 1 : 0);
