// Compiles many posts on all cores. The main thread works through the queue of chunks itself
// from the start; worker threads join as soon as they have started and take chunks too, so a
// small run never waits for a worker and a large one uses every core. Each worker holds two
// chunks, so it never idles while the main thread is busy with its own chunk and cannot answer.
// A worker that dies hands its chunks back to the queue. Outcomes come back in file order,
// whoever compiled them.
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { compilePost, type PostOutcome } from './compile-post';
import { prebuilt, type Prebuilt } from './prebuilt';

export interface FileJob {
  index: number;
  path: string;
  source: string;
}

export interface WorkerRequest {
  chunk: number;
  jobs: FileJob[];
}

export interface WorkerReply {
  chunk: number;
  results: [number, PostOutcome][];
}

/** Reads and compiles one post file. Never throws. */
export function compileFile(job: FileJob): PostOutcome {
  let content: Uint8Array;
  try {
    content = fs.readFileSync(job.path);
  } catch (e) {
    return {
      status: 'error',
      error: { file: job.source, line: null, reason: `the file could not be read: ${(e as Error).message}` },
    };
  }
  return compilePost({ source: job.source, content });
}

export interface ParallelOptions {
  /** Extra worker threads; default: cores - 1 (at most 3) for runs of 400 posts or more, else 0. */
  workers?: number;
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Starts one worker (default: the post worker); tests pass workers that fail. */
  spawn?: () => Worker;
}

const MIN_POSTS_FOR_WORKERS = 400;

export function defaultWorkerCount(posts: number): number {
  const env = process.env.COMPILE_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  if (posts < MIN_POSTS_FOR_WORKERS) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(3, cores - 1));
}

export async function compileFiles(
  files: { path: string; source: string }[],
  { workers, chunkSize = 48, onProgress, spawn }: ParallelOptions = {},
): Promise<PostOutcome[]> {
  const total = files.length;
  const outcomes: (PostOutcome | undefined)[] = new Array(total);
  const queue: FileJob[][] = [];
  for (let i = 0; i < total; i += chunkSize) {
    queue.push(
      files.slice(i, i + chunkSize).map((f, k) => ({ index: i + k, path: f.path, source: f.source })),
    );
  }
  let done = 0;
  let lastTick = 0;
  const progress = () => {
    if (onProgress && (done - lastTick >= 200 || done === total)) {
      lastTick = done;
      onProgress(done, total);
    }
  };

  const want = workers ?? defaultWorkerCount(total);
  type Slot = { worker: Worker; busy: FileJob[][]; dead: boolean };
  const pool: Slot[] = [];
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const IN_FLIGHT = 2;
  const dispatch = (slot: Slot) => {
    while (slot.busy.length < IN_FLIGHT) {
      const jobs = queue.shift();
      if (!jobs) return;
      slot.busy.push(jobs);
      slot.worker.postMessage({ chunk: jobs[0]!.index, jobs } satisfies WorkerRequest);
    }
  };
  const pre =
    want > 0 && !spawn && queue.length > 1 && import.meta.url.endsWith('.ts') ? await prebuilt() : null;
  for (let i = 0; i < want && queue.length > 1; i++) {
    let worker: Worker;
    try {
      worker = spawn ? spawn() : spawnWorker(pre);
    } catch {
      break;
    }
    worker.unref();
    const slot: Slot = { worker, busy: [], dead: false };
    pool.push(slot);
    worker.on('message', (msg: 'ready' | WorkerReply) => {
      if (msg !== 'ready') {
        slot.busy = slot.busy.filter((jobs) => jobs[0]!.index !== msg.chunk);
        for (const [index, outcome] of msg.results) {
          if (outcomes[index] === undefined) {
            outcomes[index] = outcome;
            done++;
          }
        }
        progress();
      }
      // A reply can still arrive after the worker failed: its results count, but it gets no more work.
      if (!slot.dead) dispatch(slot);
      notify();
    });
    const fail = () => {
      slot.dead = true;
      for (const jobs of slot.busy) {
        const left = jobs.filter((j) => outcomes[j.index] === undefined);
        if (left.length > 0) queue.unshift(left);
      }
      slot.busy = [];
      const at = pool.indexOf(slot);
      if (at >= 0) pool.splice(at, 1);
      notify();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  }

  try {
    for (;;) {
      const jobs = queue.shift();
      if (jobs) {
        for (const job of jobs) {
          if (outcomes[job.index] !== undefined) continue;
          outcomes[job.index] = compileFile(job);
          done++;
        }
        progress();
        // Let worker messages in between chunks.
        if (pool.length > 0) await new Promise<void>((r) => setImmediate(r));
        continue;
      }
      if (!pool.some((s) => s.busy.length > 0)) break;
      await new Promise<void>((r) => (wake = r));
    }
  } finally {
    for (const s of pool) {
      s.worker.removeAllListeners('exit');
      s.worker.removeAllListeners('error');
      s.worker.on('error', () => {});
      void s.worker.terminate();
    }
  }
  return outcomes.map(
    (o, i) =>
      o ?? {
        status: 'error' as const,
        error: { file: files[i]!.source, line: null, reason: 'the post was not compiled (internal error)' },
      },
  );
}

function spawnWorker(pre: Prebuilt | null): Worker {
  const here = import.meta.url;
  if (pre) return new Worker(pre.worker);
  if (here.endsWith('.mjs')) return new Worker(new URL('./post-worker.mjs', here));
  if (here.endsWith('.ts')) {
    // Running from TypeScript sources (tsx): the worker needs tsx's loader too.
    const target = new URL('./post-worker.ts', here).href;
    const code = `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(target)}, ${JSON.stringify(here)}))`;
    return new Worker(code, { eval: true });
  }
  return new Worker(new URL('./post-worker.js', here));
}
