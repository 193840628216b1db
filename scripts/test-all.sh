#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit tests, build, size budgets, end-to-end in real
# Chromium with the built extension. Fails on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo; echo "=== $* ==="; }

step typecheck; npm run --silent typecheck
step lint; npm run --silent lint
step "unit tests"; npx vitest run --reporter=default
step build; npm run --silent build >/dev/null; npm run --silent build:firefox >/dev/null
step "size budgets"; npm run --silent size
if ls tests/e2e/*.test.ts >/dev/null 2>&1; then
  step "end-to-end (Chromium)"; npx vitest run --config vitest.e2e.config.ts
fi
echo; echo "all test steps passed"
