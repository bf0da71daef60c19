// `npm run dev`'s live updates, end to end: the Vite dev server with its bundle-reload plugin runs the
// compiler in watch mode over a copy of the seeds; each edit to a post must show in the open page,
// the event page or the timeline (where it arrives as an index patch), without a reload. Runs
// scripts/bench/watch-latency.ts, which fails on a reload or when the edit never shows.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');

function watchLatency(
  content: string,
  view: string,
  port: number,
): Promise<{ code: number | null; out: string }> {
  // Without VITEST in its environment: the plugin stays off inside Vitest's own dev servers.
  const env = { ...process.env };
  delete env.VITEST;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench/watch-latency.ts',
        '--content',
        content,
        '--rounds',
        '2',
        '--view',
        view,
        '--port',
        String(port),
      ],
      { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('live updates in npm run dev', () => {
  for (const [view, port] of [
    ['event', 5191],
    ['timeline', 5192],
  ] as const) {
    it(`shows each edit in the open ${view} page without a reload`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `live-${view}-`));
      const content = path.join(dir, 'posts');
      fs.cpSync(path.join(repo, 'data', 'posts'), content, { recursive: true });
      try {
        const { code, out } = await watchLatency(content, view, port);
        expect(code, out).toBe(0);
        expect(out.match(/round \d: save → visible \d+ ms \(no reload\)/g), out).toHaveLength(2);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
