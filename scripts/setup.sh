#!/usr/bin/env bash
# One command for a fresh Debian machine with Node 20: system packages, npm packages, build.
# Uses sudo only when not root; never asks questions.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# Debian's Chromium (end-to-end tests), CJK fonts (else Japanese renders as empty boxes),
# Firefox ESR (Firefox smoke test). Skip apt when everything is already there.
PKGS="chromium fonts-noto-cjk firefox-esr"
missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# npm packages; `wxt prepare` runs as postinstall and writes .wxt/ (tsc and vitest need it).
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

# Build both targets: .output/chrome-mv3 (load unpacked in Chromium) and .output/firefox-mv2.
npm run --silent build
npm run --silent build:firefox
echo "setup: done. Load .output/chrome-mv3 unpacked in chrome://extensions (Developer mode)."
