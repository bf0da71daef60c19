// Compiles the shared corpus (../shared/corpus, beside the repo) and scores it with the shared scorer.
// Every field must reach 0.95. Skipped, visibly, when the corpus is not there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const corpus = path.resolve(repo, '../shared/corpus');
const scorer = path.resolve(repo, '../shared/tools/score-extraction.mjs');
const present = fs.existsSync(path.join(corpus, 'gold.json')) && fs.existsSync(scorer);
const BAR = 0.95;

if (!present) console.warn(`corpus-score: skipped — ${corpus} or ${scorer} is not there`);

describe.skipIf(!present)('extraction on the shared corpus', () => {
  it(`scores at least ${BAR} on every field`, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-bundle-'));
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/compiler/cli.ts', '--content', corpus, '--out', out],
        {
          cwd: repo,
          stdio: 'pipe',
        },
      );
      const report = execFileSync(
        process.execPath,
        [scorer, out, path.join(corpus, 'gold.json'), '--misses'],
        {
          encoding: 'utf8',
        },
      );
      const rows = [...report.matchAll(/^(\S.{0,11}?)\s+(\d\.\d{3})\s{2}/gm)].map(
        (m) => [m[1]!.trim(), Number(m[2])] as const,
      );
      expect(rows.length).toBeGreaterThanOrEqual(9);
      const below = rows.filter(([, score]) => score < BAR);
      expect(below, `fields below ${BAR}:\n${report}`).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
