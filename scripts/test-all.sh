#!/usr/bin/env bash
# Installs everything and runs every test: typecheck, lint, unit + component tests, then browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else
    echo "chromium is missing: sudo apt-get install -y chromium" >&2; exit 1; fi
fi
npm ci --no-audit --no-fund
npm run typecheck
npm run lint
npm test
