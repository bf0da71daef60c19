#!/usr/bin/env bash
# Installs everything and runs every test: typecheck, lint, unit + component tests, then browser tests.
# The browser tests build the app three times (seeds, ../shared/corpus + seeds, hostile posts) into
# test-results/e2e/ and drive it in Debian's Chromium; see README "Tests".
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else
    echo "chromium is missing: sudo apt-get install -y chromium" >&2; exit 1; fi
fi
npm ci --no-audit --no-fund
npm run typecheck
npm run lint

mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
status=0
# Unit and component tests (vitest, node + jsdom).
npm test -- --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
# Browser tests (vitest + playwright-core + Chromium); bounded so a hung browser cannot eat CI's time.
timeout --kill-after=30s 40m npm run test:e2e -- --reporter=default --reporter=json \
  --outputFile.json=test-results/e2e.json || status=1

# One closing line for the whole run: "total: N passed, N failed".
node -e '
const fs = require("node:fs");
let passed = 0, failed = 0, skipped = 0;
for (const [name, file] of [["unit", "test-results/unit.json"], ["e2e", "test-results/e2e.json"]]) {
  let r;
  try { r = JSON.parse(fs.readFileSync(file, "utf8")); } catch { console.log(`${name}: no results (the run did not finish)`); failed++; continue; }
  const p = r.numPassedTests, s = r.numPendingTests + r.numTodoTests;
  // A file that fails before any test (import error, failed hook) counts as one failure.
  const f = r.numFailedTests || (r.success === false ? Math.max(1, r.numFailedTestSuites) : 0);
  console.log(`${name}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p; failed += f; skipped += s;
}
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
'
exit "$status"
