#!/usr/bin/env bash
# The whole test suite (the README's test command): typecheck, lint, unit tests (jsdom), build
# for Chrome and Firefox, size budgets, web-ext lint, end-to-end tests in real Debian Chromium
# with the built extension, and the Firefox ESR smoke test. Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts

step() { echo; echo "=== $* ==="; }
vitest_run() { # $1: report name, rest: vitest args
  local name=$1; shift
  npx vitest run --reporter=default --reporter=json --outputFile.json="artifacts/vitest-$name.json" "$@"
}

step typecheck; npm run --silent typecheck
step lint; npm run --silent lint
step "unit tests"; vitest_run unit
step build; npm run --silent build >/dev/null; npm run --silent build:firefox >/dev/null
step "built files Chrome will load (strict UTF-8)"; node scripts/check-bundle-text.mjs
step "size budgets"; npm run --silent size
step "web-ext lint (Firefox)"; npm run --silent lint:firefox
step "end-to-end (Chromium)"; vitest_run e2e --config vitest.e2e.config.ts
step "smoke test (Firefox ESR)"; vitest_run firefox --config vitest.firefox.config.ts

# One closing line for the whole suite, summed over the three runners.
node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
for (const n of ["unit", "e2e", "firefox"]) {
  const r = JSON.parse(fs.readFileSync(`artifacts/vitest-${n}.json`, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
'
