// `--watch`: after the first build, recompile on every change under the content dir — only the posts
// that changed — and write only the bundle files whose content changed (incremental.ts). Changes
// that arrive while a build runs are gathered and built next, together.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildResult, Project } from './incremental';

export interface WatchOptions {
  /** One line per rebuild. */
  log: (line: string) => void;
  /** Called after each rebuild (tests). */
  onBuild?: (build: BuildResult, ms: number) => void;
  onError?: (e: unknown) => void;
  /** Gather changes this long before building (editors save in bursts). */
  debounceMs?: number;
}

export interface Watcher {
  close(): void;
  /** Resolves once no build is running or pending. */
  idle(): Promise<void>;
}

/** Editor swap and backup files, hidden files: not content. */
function ignored(name: string): boolean {
  const base = path.basename(name);
  return (
    base.startsWith('.') || base.endsWith('~') || /\.(swp|swx|tmp|crswap)$/i.test(base) || /^\d+$/.test(base)
  );
}

export function watchProject(project: Project, options: WatchOptions): Watcher {
  const { log, debounceMs = 8 } = options;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;
  let saveTimer: NodeJS.Timeout | null = null;
  project.onEarlyWrite = (files) =>
    log(`wrote ${files.join(', ')} in ${Math.round(performance.now() - startedAt)} ms; rebuilding the rest…`);
  let startedAt = 0;

  const run = async () => {
    timer = null;
    if (running || closed) return;
    const changed = [...pending];
    pending.clear();
    const t0 = performance.now();
    startedAt = t0;
    running = (async () => {
      try {
        const b = await project.build(changed, { deferCache: true });
        // The cache file is for the next start; write it once edits pause.
        if (saveTimer) clearTimeout(saveTimer);
        saveTimer = setTimeout(() => project.saveCache(), 3000);
        saveTimer.unref();
        const ms = performance.now() - t0;
        if (b.compiled > 0 || b.emit.changed.length > 0) {
          const shown = b.emit.changed.slice(0, 3).join(', ');
          const more = b.emit.changed.length > 3 ? ` and ${b.emit.changed.length - 3} more` : '';
          log(
            `rebuilt ${b.compiled} post${b.compiled === 1 ? '' : 's'} in ${Math.round(ms)} ms: ` +
              `${b.emit.changed.length} file${b.emit.changed.length === 1 ? '' : 's'} changed${shown ? ` (${shown}${more})` : ''}`,
          );
        }
        if (process.env.COMPILE_TIMINGS)
          log(
            `  timings: ${Object.entries(b.ms)
              .map(([k, v]) => `${k} ${Math.round(v)} ms`)
              .join(', ')}`,
          );
        options.onBuild?.(b, ms);
      } catch (e) {
        log(`rebuild failed: ${(e as Error).message}`);
        options.onError?.(e);
      }
    })();
    await running;
    running = null;
    if (pending.size > 0 && !closed) schedule();
  };
  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => void run(), debounceMs);
  };

  const watcher = watchTree(
    project.contentDir,
    (full) => {
      if (full === null)
        pending.add(project.contentDir); // unknown: list the dir again
      else if (!ignored(full)) pending.add(full);
      else return;
      schedule();
    },
    (e) => {
      log(`watching stopped: ${e.message}`);
      options.onError?.(e);
    },
  );

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (saveTimer) clearTimeout(saveTimer);
      project.saveCache();
      watcher.close();
    },
    async idle() {
      for (;;) {
        if (running) await running;
        else if (timer || pending.size > 0) await new Promise((r) => setTimeout(r, debounceMs + 2));
        else return;
      }
    },
  };
}

/**
 * Watches every folder under `root` with its own inotify watch. (Node 20's `recursive: true` on
 * Linux polls every file — seconds of CPU and ~0.5 s of latency at 10,000 posts.) New folders are
 * watched as they appear; `onChange` gets absolute paths, or null when a change cannot be placed.
 */
export function watchTree(
  root: string,
  onChange: (full: string | null) => void,
  onError: (e: Error) => void,
): { close(): void } {
  const watchers = new Map<string, fs.FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let w: fs.FSWatcher;
    try {
      w = fs.watch(dir, (_event, name) => {
        if (name === null) return onChange(null);
        const full = path.join(dir, name.toString());
        if (!watchers.has(full) && !name.toString().startsWith('.')) {
          try {
            if (fs.statSync(full).isDirectory()) addTree(full);
          } catch {
            // removed again
          }
        }
        onChange(full);
      });
    } catch (e) {
      if (dir === root) throw e;
      return;
    }
    w.on('error', (e) => {
      watchers.delete(dir);
      w.close();
      if (dir === root) onError(e);
    });
    watchers.set(dir, w);
  };
  const addTree = (dir: string) => {
    add(dir);
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries)
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
        addTree(path.join(dir, e.name));
  };
  addTree(root);
  return {
    close() {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
