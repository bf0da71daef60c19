// Incremental builds. A Project remembers, per post file, its size and mtime and what compiling it
// gave; a rebuild compiles only the posts whose file changed (or the ones it is told about, in watch
// mode), then redoes the cross-post steps (slugs, speakers, index, search, feeds) from the remembered
// results — unchanged events are the same objects as before, so their JSON, calendars and feed
// entries come from memos — and writes only the bundle files whose content changed.
// Between runs of the CLI the per-post results live in a cache file (v8 serialization) under
// node_modules/.cache, keyed by the content and output dirs and invalidated by any compiler change.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { generatedAtOf, type IndexPatch } from '../model/live';
import type { Event } from '../model/types';
import type { PostOutcome } from './compile-post';
import { finishRun, quickFinish, type CompileResult, type FinishMemo } from './compile';
import {
  bundleFiles,
  eventSummary,
  indexJson,
  INDEX,
  sameContent,
  writeBundle,
  type EmitStats,
} from './emit';
import { loadPosts, type PostFile, type Skipped } from './load';
import { compileFile, compileFiles } from './parallel';
import { sourceHash } from './prebuilt';
import { loadSpeakerOverrides, type SpeakerOverride } from './speakers';

interface Entry {
  size: number;
  mtimeMs: number;
  outcome: PostOutcome;
}

export interface ProjectOptions {
  contentDir: string;
  outDir: string;
  siteUrl: string;
  /** The cache file between runs; null: none (default: under node_modules/.cache). */
  cacheFile?: string | null;
  /** Extra worker threads for large rebuilds (see parallel.ts). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  result: CompileResult;
  emit: EmitStats;
  /** Bundle-level problems (a feed or search builder failed). */
  bundleWarnings: string[];
  /** Posts compiled this time; the rest came from the cache. */
  compiled: number;
  reused: number;
  /** Where the time went (ms): posts, slugs and speakers, building and writing the bundle, the cache. */
  ms: { posts: number; finish: number; bundle: number; write: number; cache: number };
}

const CACHE_VERSION = 1;

export function defaultCacheFile(contentDir: string, outDir: string): string {
  const key = crypto
    .createHash('sha1')
    .update(`${path.resolve(contentDir)}\0${path.resolve(outDir)}`)
    .digest('hex')
    .slice(0, 16);
  let repo = process.cwd();
  while (!fs.existsSync(path.join(repo, 'node_modules')) && path.dirname(repo) !== repo)
    repo = path.dirname(repo);
  return path.join(repo, 'node_modules', '.cache', 'event-browser-posts', `${key}.v8`);
}

export class Project {
  readonly contentDir: string;
  readonly outDir: string;
  private readonly siteUrl: string;
  private readonly cacheFile: string | null;
  private readonly workers: number | undefined;
  private readonly onProgress: ProjectOptions['onProgress'];
  private entries = new Map<string, Entry>();
  private posts: PostFile[] = [];
  private skipped: Skipped[] = [];
  private overrides: { entries: SpeakerOverride[]; warnings: string[] } = { entries: [], warnings: [] };
  private readonly memo: FinishMemo = new Map();
  private lastWritten: Map<string, string> | undefined;
  /** The last full finish: the order and speakers an early index starts from. */
  private last: CompileResult | undefined;
  private cacheLoaded = false;
  private dirty = false;
  /** Called with the files written ahead of the full rebuild (watch mode): event files, the index. */
  onEarlyWrite: ((files: string[]) => void) | undefined;
  /** Called when an early index changed only the edited events' summaries (for the dev server). */
  onIndexPatch: ((patch: IndexPatch) => void) | undefined;

  constructor(options: ProjectOptions) {
    this.contentDir = path.resolve(options.contentDir);
    this.outDir = options.outDir;
    this.siteUrl = options.siteUrl;
    this.cacheFile =
      options.cacheFile === undefined
        ? defaultCacheFile(options.contentDir, options.outDir)
        : options.cacheFile;
    this.workers = options.workers;
    this.onProgress = options.onProgress;
  }

  /**
   * Builds the bundle. `changed`: absolute paths known to have changed (watch mode); without it,
   * every post file is checked (stat) and the content dir listed again. Throws only when the
   * content dir cannot be read.
   */
  async build(changed?: Iterable<string>, options: { deferCache?: boolean } = {}): Promise<BuildResult> {
    const t0 = performance.now();
    if (!this.cacheLoaded) {
      this.cacheLoaded = true;
      this.loadCache();
    }
    let check: Set<string> | null = null; // sources to stat again; null: all
    let relist = changed === undefined || this.posts.length === 0;
    if (changed !== undefined && !relist) {
      check = new Set();
      const known = new Map(this.posts.map((p) => [p.path, p.source]));
      for (const full of changed) {
        const source = known.get(full);
        if (source === undefined || !isFile(full)) {
          relist = true; // a post added, removed or renamed, or something else in the tree
          break;
        }
        check.add(source);
      }
    }
    if (relist) {
      const loaded = loadPosts(this.contentDir);
      this.posts = loaded.files;
      this.skipped = loaded.skipped;
      this.overrides = loadSpeakerOverrides(this.contentDir);
      check = null;
    }

    // Which posts need compiling.
    const todo: PostFile[] = [];
    const stats: (fs.Stats | null)[] = [];
    const live = new Set<string>();
    for (const p of this.posts) {
      live.add(p.source);
      const e = this.entries.get(p.source);
      if (e && check && !check.has(p.source)) continue;
      const st = statOrNull(p.path);
      if (e && st && e.size === st.size && e.mtimeMs === st.mtimeMs) continue;
      todo.push(p);
      stats.push(st);
    }
    for (const source of this.entries.keys()) if (!live.has(source)) this.entries.delete(source);

    if (todo.length > 0) {
      const outcomes =
        todo.length >= 64
          ? await compileFiles(todo, { workers: this.workers, onProgress: this.onProgress })
          : todo.map((p, index) => compileFile({ index, path: p.path, source: p.source }));
      todo.forEach((p, i) => {
        const st = stats[i];
        this.entries.set(p.source, {
          size: st?.size ?? -1,
          mtimeMs: st?.mtimeMs ?? -1,
          outcome: outcomes[i]!,
        });
      });
    }
    const early =
      check && this.lastWritten && todo.length <= 8 ? this.writeEarly(todo, this.lastWritten) : [];
    if (early.length) this.onEarlyWrite?.(early);
    const t1 = performance.now();

    const outcomes = this.posts.map((p) => this.entries.get(p.source)!.outcome);
    const result = finishRun(outcomes, this.overrides.entries, this.memo);
    this.last = result;
    result.skipped = [...this.skipped, ...result.skipped].sort((a, b) =>
      a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
    );
    result.runWarnings.unshift(...this.overrides.warnings);
    const t2 = performance.now();

    const { files, warnings } = bundleFiles(result.events, result.speakers, { siteUrl: this.siteUrl });
    const t3 = performance.now();
    let emit: EmitStats;
    try {
      emit = writeBundle(this.outDir, files, this.lastWritten);
    } catch (e) {
      throw Object.assign(e as Error, { bundleWrite: true });
    }
    this.lastWritten = files;
    if (early.length) emit.changed.unshift(...early.filter((f) => !emit.changed.includes(f)));
    const t4 = performance.now();
    if (todo.length > 0) {
      this.dirty = true;
      if (!options.deferCache) this.saveCache();
    }
    const t5 = performance.now();
    return {
      result,
      emit,
      bundleWarnings: warnings,
      compiled: todo.length,
      reused: this.posts.length - todo.length,
      ms: { posts: t1 - t0, finish: t2 - t1, bundle: t3 - t2, write: t4 - t3, cache: t5 - t4 },
    };
  }

  /**
   * Watch mode: an edited post's event file goes out at once when its slug and speakers cannot have
   * changed, and the index with its new summary when, besides, no start moved (the order stays, and so
   * does every speaker's newest talk, which their name and affiliation come from). Speaker pages,
   * search and feeds follow with the full finish, which has the last word.
   */
  private writeEarly(todo: PostFile[], lastWritten: Map<string, string>): string[] {
    const early: string[] = [];
    const put = (rel: string, content: string) => {
      const before = lastWritten.get(rel);
      if (before !== undefined && sameContent(rel, before, content)) return;
      try {
        fs.writeFileSync(path.join(this.outDir, rel), content);
      } catch {
        return;
      }
      lastWritten.set(rel, content);
      early.push(rel);
    };
    const edited = new Map<string, Event>();
    let withIndex = this.last !== undefined;
    for (const p of todo) {
      const o = this.entries.get(p.source)!.outcome;
      const event = o.status === 'ok' ? quickFinish(o.post, this.memo) : null;
      if (!event || event.start !== this.memo.get(p.source)?.event.start) withIndex = false;
      if (!event) continue;
      edited.set(p.source, event);
      put(`events/${event.slug}.json`, JSON.stringify(event));
    }
    if (withIndex && edited.size > 0) {
      const patch: IndexPatch['events'] = [];
      const events = this.last!.events.map((e, i) => {
        const changed = edited.get(e.source);
        if (changed) patch.push([i, eventSummary(changed)]);
        return changed ?? e;
      });
      const now = new Date();
      const json = indexJson(events, this.last!.speakers, now);
      const before = lastWritten.get(INDEX);
      const base = before === undefined ? null : generatedAtOf(before);
      // Sent before the file changes, so the dev server knows that change needs no refetch.
      if (base && !sameContent(INDEX, before!, json))
        this.onIndexPatch?.({ base, generatedAt: now.toISOString(), count: events.length, events: patch });
      put(INDEX, json);
    }
    return early;
  }

  private loadCache() {
    if (!this.cacheFile) return;
    try {
      const data = v8.deserialize(fs.readFileSync(this.cacheFile)) as {
        version: number;
        compiler: string;
        contentDir: string;
        entries: [string, Entry][];
      };
      if (
        data.version !== CACHE_VERSION ||
        data.compiler !== sourceHash() ||
        data.contentDir !== this.contentDir
      )
        return;
      this.entries = new Map(data.entries);
    } catch {
      // no cache yet, or an unreadable one: compile everything
    }
  }

  /** Writes the cache file if builds since the last save compiled anything. */
  saveCache() {
    if (!this.cacheFile || !this.dirty) return;
    this.dirty = false;
    try {
      fs.mkdirSync(path.dirname(this.cacheFile), { recursive: true });
      const tmp = `${this.cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(
        tmp,
        v8.serialize({
          version: CACHE_VERSION,
          compiler: sourceHash(),
          contentDir: this.contentDir,
          entries: [...this.entries],
        }),
      );
      fs.renameSync(tmp, this.cacheFile);
      pruneCaches(path.dirname(this.cacheFile));
    } catch {
      // a cache that cannot be written only costs time next run
    }
  }
}

/** Cache files of content/output dirs not built for a week (test runs in temp dirs) are removed. */
function pruneCaches(dir: string) {
  const old = Date.now() - 7 * 24 * 3600 * 1000;
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    try {
      if (fs.statSync(full).mtimeMs < old) fs.rmSync(full, { force: true });
    } catch {
      // gone
    }
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

function isFile(p: string): boolean {
  return statOrNull(p)?.isFile() ?? false;
}
