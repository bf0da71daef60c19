// `npm run bench [-- --sizes 1000,10000,50000 --runs 1 --loads 5 --no-hugo --no-browser --no-app --work DIR --shared DIR]`
// `npm run bench:smoke` (= --smoke: 100 posts, no Hugo, no Chromium; a check that the code path runs).
//
// For each size: generate the posts (../shared/tools/gen-corpus.py), compile them as a child process
// (wall, CPU, peak RSS), build the same posts with Hugo in the same run, recompile after no change
// and after one edited post (and through watch mode when the compiler has one), size the bundle; once:
// `vite build` and the initial JS+CSS; for sizes up to 10,000: the app in Chromium on a static server,
// and `npm run dev` in Chromium: edits saved → visible in the open page (page-update.ts).
// Prints a table and the targets, writes everything to .bench/results.json (smoke: .bench/smoke.json).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { findChromium, runBrowser, type BrowserResult } from './browser';
import { editPost, ensureCorpus, postToEdit, sharedDir, sharedProblem, type Corpus } from './corpus';
import {
  commandVersion,
  hasGnuTime,
  killRunning,
  measure,
  measureCompiler,
  which,
  type Measured,
} from './proc';
import { allAssets, fileSize, initialAssets, type InitialAssets, type Sized } from './sizes';
import { measureWatch, watchSupported, type WatchResult } from './watch';
import { measurePageUpdate, type PageUpdateResult } from './page-update';
import { formatReport } from './report';
import { defaultCacheFile } from '../../src/compiler/incremental';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Sizes above this run the compiler alone (no Hugo, no browser). */
export const FULL_MAX = 10_000;

export interface RunFigures {
  wallMs: number;
  cpuMs: number | null;
  maxRssBytes: number | null;
  code: number | null;
  /** Where the compiler says its seconds went: "posts 5.27 s, slugs and speakers 0.47 s, …". */
  phases?: string | null;
}

export interface RecompileFigures extends RunFigures {
  written: number | null;
  unchanged: number | null;
  /** The edited event's JSON carries the edit afterwards. */
  verified?: boolean;
}

export interface SizeResult {
  posts: number;
  markdownBytes: number;
  compile: RunFigures[];
  compileMedian: RunFigures | null;
  /** The compiler's report line. */
  compileReport: string | null;
  hugo: (RunFigures & { pages: number | null })[] | null;
  hugoMedian: RunFigures | null;
  hugoError?: string;
  ratioWall: number | null;
  ratioCpu: number | null;
  msPerPost: number | null;
  noChange: RecompileFigures | null;
  oneEdit: RecompileFigures | null;
  watch: WatchResult | null;
  /** The publish step of `npm run build` (src/publish/cli.ts): a static page per route. */
  staticPages: (RunFigures & { pages: number | null }) | null;
  /** `npm run dev` in Chromium: an edit saved → visible in the open event page. */
  pageUpdate: PageUpdateResult | null;
  /** The same with the timeline open: the edit shows in the event's row (index.json). */
  timelineUpdate: PageUpdateResult | null;
  bundle: { files: number; bytes: number; index: Sized | null };
  browser: BrowserResult | null;
  browserError?: string;
  errors: string[];
}

export interface Target {
  name: string;
  limit: string;
  value: string;
  pass: boolean | null;
  note?: string;
}

export interface Results {
  date: string;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memGiB: number;
    node: string;
    platform: string;
    loadAvgStart: number[];
    loadAvgEnd: number[] | null;
  };
  git: { commit: string | null; dirty: boolean | null };
  tools: { hugo: string | null; chromium: string | null; gnuTime: boolean };
  options: {
    sizes: number[];
    runs: number;
    loads: number;
    smoke: boolean;
    hugo: boolean;
    browser: boolean;
    app: boolean;
  };
  app: { buildMs: number; initial: InitialAssets; all: Sized & { count: number } } | null;
  appError?: string;
  sizes: SizeResult[];
  targets: Target[];
}

function log(s: string) {
  process.stderr.write(`[bench] ${s}\n`);
}

function usage(): string {
  return `usage: npm run bench -- [--sizes 1000,10000,50000] [--runs N] [--loads N] [--no-hugo] [--no-browser] [--no-app] [--work DIR] [--shared DIR] [--json FILE]
       npm run bench:smoke            (100 posts; no Hugo, no Chromium)`;
}

function figures(m: Measured): RunFigures {
  return { wallMs: m.wallMs, cpuMs: m.cpuMs, maxRssBytes: m.maxRssBytes, code: m.code };
}

function compileFigures(m: Measured): RunFigures {
  return { ...figures(m), phases: /\((posts [^)]*)\)/.exec(m.stdout)?.[1] ?? null };
}

function medianRun<T extends RunFigures>(runs: T[]): RunFigures | null {
  const ok = runs.filter((r) => r.code === 0 || r.code === 1);
  if (ok.length === 0) return null;
  const sorted = [...ok].sort((a, b) => a.wallMs - b.wallMs);
  const m = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    maxRssBytes: Math.max(...ok.map((r) => r.maxRssBytes ?? 0)) || null,
    code: m.code,
    phases: m.phases,
  };
}

/** "2555 files written, 0 unchanged, 0 removed" in the compiler's report. */
function parseEmit(stdout: string): {
  written: number | null;
  unchanged: number | null;
  line: string | null;
} {
  const m = /(\d+) files? written, (\d+) unchanged[^\n]*/.exec(stdout);
  return m
    ? { written: Number(m[1]), unchanged: Number(m[2]), line: m[0] }
    : { written: null, unchanged: null, line: null };
}

function tail(s: string, n = 600): string {
  const t = s.trim();
  return t.length > n ? `…${t.slice(-n)}` : t;
}

function bundleStats(outDir: string): SizeResult['bundle'] {
  let files = 0;
  let bytes = 0;
  for (const e of fs.readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  const index = path.join(outDir, 'index.json');
  return { files, bytes, index: fs.existsSync(index) ? fileSize(index) : null };
}

async function compile(corpus: Corpus, outDir: string): Promise<Measured> {
  return measureCompiler(REPO, ['--content', corpus.postsDir, '--out', outDir, '--quiet'], {
    timeoutMs: 2 * 60 * 60 * 1000,
  });
}

async function benchSize(
  corpus: Corpus,
  opts: { runs: number; hugo: boolean; browser: boolean; loads: number; appDir: string | null },
): Promise<SizeResult> {
  const full = corpus.size <= FULL_MAX;
  const outDir = path.join(corpus.dir, 'bundle');
  const hugoOut = path.join(corpus.dir, 'hugo-public');
  const r: SizeResult = {
    posts: corpus.size,
    markdownBytes: corpus.bytes,
    compile: [],
    compileMedian: null,
    compileReport: null,
    hugo: opts.hugo && full ? [] : null,
    hugoMedian: null,
    ratioWall: null,
    ratioCpu: null,
    msPerPost: null,
    noChange: null,
    oneEdit: null,
    watch: null,
    staticPages: null,
    pageUpdate: null,
    timelineUpdate: null,
    bundle: { files: 0, bytes: 0, index: null },
    browser: null,
    errors: [],
  };

  // Full builds: ours, then Hugo's, interleaved run by run so both see the same machine.
  for (let i = 0; i < opts.runs; i++) {
    // A full build starts cold: no bundle and no per-post cache from an earlier run (it would make
    // runs after the first recompiles); this run writes the cache the recompiles below use.
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(defaultCacheFile(corpus.postsDir, outDir), { force: true });
    log(`${corpus.size} posts: compile (run ${i + 1}/${opts.runs})…`);
    const c = await compile(corpus, outDir);
    r.compile.push(compileFigures(c));
    const emit = parseEmit(c.stdout);
    r.compileReport = tail(c.stdout, 400) || null;
    if (c.code !== 0 && c.code !== 1) {
      r.errors.push(`compile exited with ${c.code}: ${tail(c.stderr || c.stdout)}`);
      break;
    }
    log(`  ${(c.wallMs / 1000).toFixed(2)} s wall, ${emit.line ?? ''}`);
    if (r.hugo) {
      fs.rmSync(hugoOut, { recursive: true, force: true });
      log(`${corpus.size} posts: hugo (run ${i + 1}/${opts.runs})…`);
      const h = await measure('hugo', ['--buildFuture', '--quiet', '-s', corpus.siteDir, '-d', hugoOut], {
        timeoutMs: 60 * 60 * 1000,
      });
      if (h.code !== 0) {
        r.hugoError = `hugo exited with ${h.code}: ${tail(h.stderr || h.stdout)}`;
        r.errors.push(r.hugoError);
      }
      const pages = fs.existsSync(hugoOut)
        ? fs.readdirSync(hugoOut, { recursive: true }).filter((f) => String(f).endsWith('.html')).length
        : null;
      r.hugo.push({ ...figures(h), pages });
      log(`  ${(h.wallMs / 1000).toFixed(2)} s wall, ${pages} pages`);
    }
  }
  r.compileMedian = medianRun(r.compile);
  r.hugoMedian = r.hugo && !r.hugoError ? medianRun(r.hugo) : null;
  if (r.compileMedian) {
    r.msPerPost = r.compileMedian.wallMs / corpus.size;
    if (r.hugoMedian) {
      r.ratioWall = r.compileMedian.wallMs / r.hugoMedian.wallMs;
      if (r.compileMedian.cpuMs != null && r.hugoMedian.cpuMs != null)
        r.ratioCpu = r.compileMedian.cpuMs / r.hugoMedian.cpuMs;
    }
  }
  if (!r.compileMedian) return r;
  r.bundle = bundleStats(outDir);

  // Recompiles against the same OUT: nothing changed, then one post edited.
  log(`${corpus.size} posts: recompile, nothing changed…`);
  const same = await compile(corpus, outDir);
  r.noChange = { ...figures(same), ...parseEmit(same.stdout) };
  delete (r.noChange as { line?: unknown }).line;
  const edit = postToEdit(corpus);
  const { marker, restore } = editPost(edit.file, String(Date.now()));
  try {
    log(`${corpus.size} posts: recompile after editing ${edit.slug}…`);
    const one = await compile(corpus, outDir);
    const e = parseEmit(one.stdout);
    const eventFile = path.join(outDir, 'events', `${edit.slug}.json`);
    const verified = fs.existsSync(eventFile) && fs.readFileSync(eventFile, 'utf8').includes(marker);
    r.oneEdit = { ...figures(one), written: e.written, unchanged: e.unchanged, verified };
    if (!verified) r.errors.push(`after the edit, ${eventFile} does not carry the edit`);
    if (watchSupported(REPO)) {
      log(`${corpus.size} posts: watch mode…`);
      r.watch = await measureWatch(REPO, corpus, outDir, edit);
    }
  } finally {
    restore();
  }

  if (full && opts.appDir) {
    log(`${corpus.size} posts: static pages (publish)…`);
    r.staticPages = await publishPages(opts.appDir, outDir, path.join(corpus.dir, 'dist'));
    if (r.staticPages.code !== 0) r.errors.push(`publish exited with ${r.staticPages.code}`);
    log(`  ${(r.staticPages.wallMs / 1000).toFixed(2)} s wall, ${r.staticPages.pages ?? '?'} pages`);
  }
  if (opts.browser && full && opts.appDir) {
    log(`${corpus.size} posts: Chromium…`);
    try {
      r.browser = await runBrowser({ appDir: opts.appDir, dataDir: outDir, loads: opts.loads, log });
    } catch (e) {
      r.browserError = (e as Error).message;
      r.errors.push(`browser: ${r.browserError}`);
    }
    for (const view of ['event', 'timeline'] as const) {
      log(`${corpus.size} posts: npm run dev, edits with the ${view} page open…`);
      try {
        const u = await measurePageUpdate({
          repo: REPO,
          content: corpus.postsDir,
          rounds: opts.loads,
          port: 5199,
          view,
          log: (line) => log(`  ${line}`),
        });
        if (view === 'event') r.pageUpdate = u;
        else r.timelineUpdate = u;
      } catch (e) {
        r.errors.push(`page update (${view}): ${(e as Error).message}`);
      }
    }
  }
  return r;
}

function gitInfo(): Results['git'] {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src'], {
        cwd: REPO,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function buildApp(work: string): Promise<{ dir: string; ms: number }> {
  const dir = path.join(work, 'app');
  const vite = path.join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const m = await measure(
    process.execPath,
    [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: REPO,
      timeoutMs: 15 * 60 * 1000,
    },
  );
  if (m.code !== 0) throw new Error(`vite build exited with ${m.code}: ${tail(m.stderr || m.stdout)}`);
  // public/ (with whatever bundle a developer compiled there) is copied into the build: the
  // benchmark serves its own bundle at /data/ instead.
  fs.rmSync(path.join(dir, 'data'), { recursive: true, force: true });
  return { dir, ms: m.wallMs };
}

/** `npm run build`'s last step on this size's bundle, in a dist of its own: the app's shell and the bundle as data/. */
async function publishPages(
  appDir: string,
  bundleDir: string,
  dist: string,
): Promise<RunFigures & { pages: number | null }> {
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  fs.copyFileSync(path.join(appDir, 'index.html'), path.join(dist, 'index.html'));
  fs.symlinkSync(path.resolve(bundleDir), path.join(dist, 'data'));
  try {
    const m = await measure(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'src/publish/cli.ts'), '--dist', dist],
      { cwd: REPO, timeoutMs: 60 * 60 * 1000 },
    );
    const pages = /publish: (\d+) HTML pages/.exec(m.stdout)?.[1];
    return { ...figures(m), pages: pages ? Number(pages) : null };
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

export function evaluateTargets(res: Results): Target[] {
  const t: Target[] = [];
  const full = res.sizes.filter((s) => s.posts <= FULL_MAX);
  const ref = full.find((s) => s.posts === 10_000) ?? full[full.length - 1];
  const at = ref ? ` at ${ref.posts.toLocaleString('en-US')}` : '';
  const sec = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(2)} s`);
  if (ref) {
    const c = ref.compileMedian;
    const h = ref.hugoMedian;
    t.push({
      name: `compile${at} ≤ ½ Hugo (wall, same run)`,
      limit: h ? `≤ ${sec(h.wallMs / 2)}` : '½ Hugo',
      value: c ? `${sec(c.wallMs)} (×${ref.ratioWall?.toFixed(2) ?? '–'} Hugo)` : '–',
      pass: ref.ratioWall == null ? null : ref.ratioWall <= 0.5,
      note: ref.ratioCpu != null ? `CPU time ratio ×${ref.ratioCpu.toFixed(2)}` : undefined,
    });
  }
  // The issue sets the memory limit at 10,000 posts; larger runs show how memory grows.
  for (const s of res.sizes.filter((x) => x.posts === 10_000)) {
    const rss = s.compileMedian?.maxRssBytes ?? null;
    t.push({
      name: `compile peak memory at ${s.posts.toLocaleString('en-US')}`,
      limit: '< 1 GB',
      value: rss == null ? '–' : `${(rss / 1024 ** 2).toFixed(0)} MB`,
      pass: rss == null ? null : rss < 1024 ** 3,
    });
  }
  const timed = res.sizes.filter((s) => s.posts >= 1000 && s.msPerPost != null);
  if (timed.length >= 2) {
    const first = timed[0]!;
    const last = timed[timed.length - 1]!;
    // CPU time per post when known: on a shared machine wall time mostly measures the neighbours.
    const cpu = (s: SizeResult) => (s.compileMedian?.cpuMs == null ? null : s.compileMedian.cpuMs / s.posts);
    const a = cpu(first);
    const b = cpu(last);
    const byCpu = a != null && b != null;
    const from = byCpu ? a : first.msPerPost!;
    const to = byCpu ? b : last.msPerPost!;
    const growth = to / from;
    t.push({
      name: 'compile cost linear in posts',
      limit: `${byCpu ? 'CPU' : 'wall'} ms/post at ${last.posts} ≤ 1.3 × at ${first.posts}`,
      value: `${from.toFixed(2)} → ${to.toFixed(2)} ${byCpu ? 'CPU' : 'wall'} ms/post (×${growth.toFixed(2)})`,
      pass: growth <= 1.3,
      note:
        `wall ms/post ${first.msPerPost!.toFixed(2)} → ${last.msPerPost!.toFixed(2)}` +
        ' (start-up included, which flatters the larger size)',
    });
  }
  if (res.app) {
    t.push({
      name: 'initial JS+CSS (gzip)',
      limit: '≤ 150 KB',
      value: `${(res.app.initial.gzip / 1024).toFixed(1)} KB`,
      pass: res.app.initial.gzip <= 150 * 1024,
    });
  }
  if (ref) {
    const loaded = ref.browser?.beforeFirstRow?.data;
    const bytes = loaded && loaded.files.length > 0 ? loaded.gzip : (ref.bundle.index?.gzip ?? null);
    t.push({
      name: `timeline data${at} (gzip)`,
      limit: '≤ 500 KB',
      value: bytes == null ? '–' : `${(bytes / 1024).toFixed(0)} KB`,
      pass: bytes == null ? null : bytes <= 500 * 1024,
      note:
        loaded && loaded.files.length > 0
          ? `what the page fetched before the first row: ${loaded.files.join(', ')}`
          : 'index.json',
    });
    const fr = ref.browser?.firstRowMedianMs ?? null;
    t.push({
      name: `first timeline render${at}`,
      limit: '≤ 1000 ms',
      value:
        fr == null
          ? '–'
          : `${fr.toFixed(0)} ms (median of ${ref.browser?.loads.filter((l) => l.firstRowMs != null).length})`,
      pass: fr == null ? null : fr <= 1000,
    });
    const scrolls = ref.browser?.scrolls.filter((s) => !s.error) ?? [];
    const lt = scrolls.reduce((a, s) => a + s.longTasks.count, 0);
    t.push({
      name: `long tasks while scrolling${at}`,
      limit: '0',
      value: scrolls.length
        ? `${lt} (max ${Math.max(0, ...scrolls.map((s) => s.longTasks.maxMs)).toFixed(0)} ms)`
        : '–',
      pass: scrolls.length ? lt === 0 : null,
    });
    for (const [page, u] of [
      ['event page', ref.pageUpdate],
      ['timeline', ref.timelineUpdate],
    ] as const) {
      t.push({
        name: `watch: an edit visible in the open ${page}${at}`,
        limit: '≤ 300 ms, no reload',
        value: u
          ? `${u.maxMs.toFixed(0)} ms (slowest of ${u.rounds.length}; median ${u.medianMs.toFixed(0)} ms)`
          : '–',
        pass: u ? u.maxMs <= 300 : null,
      });
    }
  }
  return t;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        loads: { type: 'string' },
        smoke: { type: 'boolean', default: false },
        'no-hugo': { type: 'boolean', default: false },
        'no-browser': { type: 'boolean', default: false },
        'no-app': { type: 'boolean', default: false },
        work: { type: 'string' },
        shared: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${usage()}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const smoke = values.smoke;
  const sizes = (values.sizes ?? (smoke ? '100' : '1000,10000,50000'))
    .split(',')
    .map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    process.stderr.write(`--sizes: whole numbers, comma-separated\n${usage()}\n`);
    return 2;
  }
  sizes.sort((a, b) => a - b);
  const runs = Number(values.runs ?? 1);
  const loads = Number(values.loads ?? 5);
  if (!(runs >= 1) || !(loads >= 3)) {
    process.stderr.write(`--runs ≥ 1, --loads ≥ 3\n${usage()}\n`);
    return 2;
  }
  const shared = values.shared ? path.resolve(values.shared) : sharedDir(REPO);
  const problem = sharedProblem(shared);
  if (problem) {
    process.stderr.write(`[bench] ${problem}\n`);
    return 2;
  }
  let hugo = !smoke && !values['no-hugo'];
  let browser = !smoke && !values['no-browser'];
  const app = !values['no-app'];
  if (hugo && !which('hugo')) {
    process.stderr.write(
      '[bench] hugo is not installed: the Hugo comparison needs it (apt-get install -y hugo), or pass --no-hugo\n',
    );
    return 2;
  }
  if (browser && !findChromium()) {
    process.stderr.write(
      '[bench] Chromium is not installed: the browser figures need it (apt-get install -y chromium), or pass --no-browser\n',
    );
    return 2;
  }
  if (!app) browser = false;
  if (!sizes.some((s) => s <= FULL_MAX)) {
    hugo = false;
    browser = false;
  }
  const work = path.resolve(values.work ?? path.join(os.tmpdir(), 'event-browser-bench'));
  fs.mkdirSync(work, { recursive: true });
  const jsonFile = path.resolve(REPO, values.json ?? (smoke ? '.bench/smoke.json' : '.bench/results.json'));
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });

  const res: Results = {
    date: new Date().toISOString(),
    command: `npm run ${smoke ? 'bench:smoke' : 'bench'}${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memGiB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAvgStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
      loadAvgEnd: null,
    },
    git: gitInfo(),
    tools: {
      hugo: hugo ? await commandVersion('hugo', ['version']) : null,
      chromium: null,
      gnuTime: hasGnuTime(),
    },
    options: { sizes, runs, loads, smoke, hugo, browser, app },
    app: null,
    sizes: [],
    targets: [],
  };
  const save = () => {
    res.targets = evaluateTargets(res);
    fs.writeFileSync(jsonFile, `${JSON.stringify(res, null, 2)}\n`);
  };
  log(`work dir ${work}; load average ${res.machine.loadAvgStart.join(' ')} on ${res.machine.cpus} CPUs`);
  if (res.machine.loadAvgStart[0]! > res.machine.cpus) {
    log(
      `the machine is busy (load ${res.machine.loadAvgStart[0]} > ${res.machine.cpus} CPUs): wall times will be noisy`,
    );
  }

  // Warm-up: tsx's transform cache, so the first measured compile is not also the first ever run.
  {
    const warm = ensureCorpus(shared, work, 20, log);
    const w = await compile(warm, path.join(warm.dir, 'bundle'));
    if (w.code !== 0 && w.code !== 1) {
      process.stderr.write(
        `[bench] the compiler failed on 20 posts (exit ${w.code}):\n${tail(w.stderr || w.stdout, 2000)}\n`,
      );
      return 1;
    }
  }

  let appDir: string | null = null;
  if (app) {
    log('vite build…');
    try {
      const built = await buildApp(work);
      appDir = built.dir;
      res.app = { buildMs: built.ms, initial: initialAssets(built.dir), all: allAssets(built.dir) };
    } catch (e) {
      res.appError = (e as Error).message;
      log(res.appError);
    }
    save();
  }

  for (const size of sizes) {
    const corpus = ensureCorpus(shared, work, size, log);
    const r = await benchSize(corpus, { runs, hugo, browser, loads, appDir });
    if (r.browser) res.tools.chromium = r.browser.chromium;
    res.sizes.push(r);
    save();
  }
  res.machine.loadAvgEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  save();
  process.stdout.write(formatReport(res));
  log(`results: ${path.relative(REPO, jsonFile)}`);
  const failed = res.sizes.some((s) => !s.compileMedian) || (app && !res.app);
  return failed ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killRunning();
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`[bench] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
