// Running a command as a child process and measuring it: wall time (our own clock), CPU time and
// peak RSS (from GNU `/usr/bin/time -v` when present). Without GNU time, the compiler runs inside
// `rusage-wrapper.ts`, which reports its own `process.resourceUsage()`; other commands get wall time only.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** User + system CPU time, when known. */
  cpuMs: number | null;
  /** Peak resident set size in bytes, when known. */
  maxRssBytes: number | null;
  /** Where the figures came from. */
  via: 'gnu-time' | 'wrapper' | 'wall-only';
}

export function hasGnuTime(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the child after this long (ms). */
  timeoutMs?: number;
}

/** Children still running, ended if the benchmark itself is interrupted. */
const running = new Set<ChildProcess>();

export function killRunning(): void {
  // Each child leads its own process group (GNU time and the compiler under it): end the group.
  for (const c of running) {
    try {
      if (c.pid) process.kill(-c.pid, 'SIGKILL');
    } catch {
      c.kill('SIGKILL');
    }
  }
}

function run(
  cmd: string,
  args: string[],
  opts: RunOptions,
): Promise<{ code: number | null; stdout: string; stderr: string; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          stderr += `\n[bench] killed after ${opts.timeoutMs} ms\n`;
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            child.kill('SIGKILL');
          }
        }, opts.timeoutMs)
      : null;
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      running.delete(child);
      if (timer) clearTimeout(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - t0 });
    });
  });
}

/** Parses the report of `/usr/bin/time -v` (GNU time), which it appends to stderr. */
export function parseGnuTime(stderr: string): { cpuMs: number; maxRssBytes: number; rest: string } | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (!user || !sys || !rss) return null;
  const start = stderr.lastIndexOf('\tCommand being timed:');
  return {
    cpuMs: (Number(user[1]) + Number(sys[1])) * 1000,
    maxRssBytes: Number(rss[1]) * 1024,
    rest: start >= 0 ? stderr.slice(0, start) : stderr,
  };
}

/** Runs `cmd args`, under GNU time when present. */
export async function measure(cmd: string, args: string[], opts: RunOptions = {}): Promise<Measured> {
  if (hasGnuTime()) {
    const r = await run(GNU_TIME, ['-v', cmd, ...args], opts);
    const t = parseGnuTime(r.stderr);
    if (t) return { ...r, stderr: t.rest, cpuMs: t.cpuMs, maxRssBytes: t.maxRssBytes, via: 'gnu-time' };
    return { ...r, cpuMs: null, maxRssBytes: null, via: 'wall-only' };
  }
  const r = await run(cmd, args, opts);
  return { ...r, cpuMs: null, maxRssBytes: null, via: 'wall-only' };
}

/** The compiler (`src/compiler/cli.ts`) as one Node process, measured. */
export async function measureCompiler(
  repo: string,
  cliArgs: string[],
  opts: RunOptions = {},
): Promise<Measured> {
  const node = process.execPath;
  const tsxLoader = ['--import', 'tsx'];
  if (hasGnuTime()) {
    return measure(node, [...tsxLoader, path.join(repo, 'src/compiler/cli.ts'), ...cliArgs], {
      cwd: repo,
      ...opts,
    });
  }
  const usageFile = path.join(os.tmpdir(), `bench-rusage-${process.pid}-${Date.now()}.json`);
  const r = await run(node, [...tsxLoader, path.join(repo, 'scripts/bench/rusage-wrapper.ts'), ...cliArgs], {
    cwd: repo,
    ...opts,
    env: { ...(opts.env ?? process.env), BENCH_RUSAGE_FILE: usageFile },
  });
  try {
    const u = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssBytes: number };
    fs.rmSync(usageFile, { force: true });
    return { ...r, cpuMs: u.cpuMs, maxRssBytes: u.maxRssBytes, via: 'wrapper' };
  } catch {
    return { ...r, cpuMs: null, maxRssBytes: null, via: 'wall-only' };
  }
}

export async function commandVersion(cmd: string, args: string[]): Promise<string | null> {
  try {
    const r = await run(cmd, args, { timeoutMs: 20_000 });
    return r.code === 0 ? (r.stdout.trim().split('\n')[0] ?? null) : null;
  } catch {
    return null;
  }
}

/** Whether `cmd` is on PATH (or an existing absolute path). */
export function which(cmd: string): string | null {
  if (path.isAbsolute(cmd)) return fs.existsSync(cmd) ? cmd : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}
