// `npm run bench:smoke` runs: 100 generated posts, compile, recompiles, vite build, static pages and sizes, no Hugo
// and no Chromium. A check that the benchmark's code path works, not a performance test: no timed
// assertions. Skipped when ../shared (the corpus the posts are generated from) is absent.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const hasShared = fs.existsSync(path.resolve(repo, '..', 'shared', 'tools', 'gen-corpus.py'));

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/run.ts', ...args], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!hasShared)('npm run bench:smoke', () => {
  it(
    'compiles 100 generated posts, recompiles, sizes the app and writes results JSON',
    { timeout: 300_000 },
    async () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
      const json = path.join(work, 'smoke.json');
      try {
        const { code, output } = await run(['--smoke', '--work', work, '--json', json]);
        expect(code, output).toBe(0);
        expect(output).toContain('targets:');
        const res = JSON.parse(fs.readFileSync(json, 'utf8')) as {
          sizes: {
            posts: number;
            compileMedian: unknown;
            oneEdit: { verified?: boolean } | null;
            staticPages: { code: number | null; pages: number | null } | null;
          }[];
          app: { initial: { gzip: number } } | null;
        };
        expect(res.sizes).toHaveLength(1);
        expect(res.sizes[0]!.posts).toBe(100);
        expect(res.sizes[0]!.compileMedian).not.toBeNull();
        expect(res.sizes[0]!.oneEdit?.verified).toBe(true);
        // A page per event and per speaker at least, and the publish step exited cleanly.
        const index = JSON.parse(
          fs.readFileSync(path.join(work, 'n100', 'bundle', 'index.json'), 'utf8'),
        ) as {
          events: unknown[];
          speakers: unknown[];
        };
        expect(res.sizes[0]!.staticPages?.code).toBe(0);
        expect(res.sizes[0]!.staticPages?.pages).toBeGreaterThanOrEqual(
          index.events.length + index.speakers.length,
        );
        expect(res.app?.initial.gzip).toBeGreaterThan(0);
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
