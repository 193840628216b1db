#!/usr/bin/env node
// Runs `web-ext lint` on the Firefox build and checks that its output holds exactly the vendor
// warnings listed (and explained) in scripts/firefox-lint-allowlist.json and the README:
// 0 errors, no warning from Honbun's own code, and no listed vendor warning gone stale.
// A warning is recognised as a vendor's by the minified source around the reported column.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? '.output/firefox-mv2');
const allow = JSON.parse(readFileSync(resolve('scripts/firefox-lint-allowlist.json'), 'utf8'));
let raw;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '-s', dir, '-o', 'json', '--no-config-discovery'], { encoding: 'utf8' });
} catch (e) {
  raw = e.stdout; // web-ext exits non-zero when there are errors; the JSON is still on stdout
}
const report = JSON.parse(raw);
const lines = new Map();
const contextOf = (m) => {
  if (!m.file || !m.line) return '';
  if (!lines.has(m.file)) lines.set(m.file, readFileSync(resolve(dir, m.file), 'utf8').split('\n'));
  const line = lines.get(m.file)[m.line - 1] ?? '';
  const col = m.column ?? 0;
  return line.slice(Math.max(0, col - 80), col + 80);
};
const found = [...report.errors, ...report.warnings, ...report.notices].map((m) => ({
  type: m._type,
  code: m.code,
  file: m.file ?? '',
  message: m.message,
  context: contextOf(m),
}));

const vendorOf = (m) => allow.find((a) => a.code === m.code && new RegExp(a.context).test(m.context));
const unexpected = found.filter((m) => m.type === 'error' || !vendorOf(m));
const stale = allow.filter((a) => !found.some((m) => vendorOf(m) === a));

console.log(`web-ext lint ${process.argv[2] ?? '.output/firefox-mv2'}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const m of found) console.log(`  ${m.type.padEnd(7)} ${m.code.padEnd(24)} ${(vendorOf(m)?.vendor ?? 'HONBUN').padEnd(20)} ${m.file}`);
for (const m of unexpected) console.log(`UNEXPECTED ${m.type} ${m.code} in ${m.file}: ${m.message}\n  near: ${m.context}`);
for (const a of stale) console.log(`STALE allowlist entry (no longer reported): ${a.vendor} ${a.code} /${a.context}/`);
process.exit(unexpected.length || stale.length ? 1 : 0);
