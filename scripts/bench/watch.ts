// Watch mode, when the compiler has one (`--watch` in src/compiler/cli.ts): start it on a compiled
// bundle, wait until it is ready, save an edit to one post and time until that event's JSON carries it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { editPost, type Corpus } from './corpus';

export interface WatchResult {
  /** Edit saved → the event's JSON file carries the edit. */
  ms: number | null;
  /** Start → the watcher said it was ready (its first output). */
  readyMs: number | null;
  error?: string;
}

export function watchSupported(repo: string): boolean {
  try {
    return /['"`-]-?watch\b|\bwatch:\s*\{/.test(
      fs.readFileSync(path.join(repo, 'src/compiler/cli.ts'), 'utf8'),
    );
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureWatch(
  repo: string,
  corpus: Corpus,
  outDir: string,
  edit: { slug: string; file: string },
): Promise<WatchResult> {
  const result: WatchResult = { ms: null, readyMs: null };
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(repo, 'src/compiler/cli.ts'),
      '--content',
      corpus.postsDir,
      '--out',
      outDir,
      '--watch',
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let exited = false;
  child.on('exit', () => (exited = true));
  const onData = (d: Buffer) => {
    output += d.toString('utf8');
    if (result.readyMs === null && /watching|ready|written|unchanged/i.test(output))
      result.readyMs = performance.now() - t0;
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  try {
    const deadline = Date.now() + 15 * 60 * 1000;
    while (result.readyMs === null && !exited && Date.now() < deadline) await sleep(50);
    if (result.readyMs === null) {
      result.error = exited
        ? `the watcher exited: ${output.trim().slice(-300)}`
        : 'the watcher never said it was ready';
      return result;
    }
    await sleep(1500);
    const eventFile = path.join(outDir, 'events', `${edit.slug}.json`);
    const { marker, restore } = editPost(edit.file, `watch-${Date.now()}`);
    const saved = performance.now();
    try {
      const until = Date.now() + 120_000;
      while (Date.now() < until) {
        try {
          if (fs.readFileSync(eventFile, 'utf8').includes(marker)) {
            result.ms = performance.now() - saved;
            break;
          }
        } catch {
          // being rewritten
        }
        await sleep(5);
      }
      if (result.ms === null) result.error = 'the edit did not reach the bundle within 2 minutes';
    } finally {
      restore();
    }
    return result;
  } finally {
    if (!exited) child.kill('SIGTERM');
  }
}
