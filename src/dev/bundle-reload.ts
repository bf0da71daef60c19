// Dev server live reload for the compiled bundle. `npm run dev` compiles once, then this plugin starts
// the compiler in watch mode (a child process, so rebuilds never stall the dev server) and, when bundle
// files under `public/data` change, sends the page a `bundle:changed` event naming them instead of a
// full reload; src/app/data/live-bundle.ts refetches just those queries. When the compiler sends an
// index patch over its IPC channel (src/model/live.ts), the page gets the patch instead, and the
// index.json change it covers is not announced.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { BUNDLE_CHANGED, generatedAtOf, INDEX_PATCHED, type IndexPatchMessage } from '../model/live.ts';

export interface BundleReloadOptions {
  /** The bundle dir, relative to the project root (default: `data/` in the public dir). */
  dataDir?: string;
  /** Start `src/compiler/cli.ts --watch` with the dev server (default: unless COMPILE_WATCH=0). */
  watchCompiler?: boolean;
  /** Gather file changes this long before telling the page. */
  debounceMs?: number;
}

export function bundleReload(options: BundleReloadOptions = {}): Plugin {
  const debounceMs = options.debounceMs ?? 10;
  let dataDir = '';
  let child: ChildProcess | null = null;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let server: ViteDevServer | null = null;
  /** The `generatedAt` of the last index sent as a patch: its file change needs no refetch. */
  let patched: string | null = null;

  const flush = () => {
    timer = null;
    let files = [...pending].sort();
    pending = new Set();
    if (!server) return;
    if (patched && files.includes('index.json') && indexTime(dataDir) === patched)
      files = files.filter((f) => f !== 'index.json');
    if (files.length) server.ws.send({ type: 'custom', event: BUNDLE_CHANGED, data: { files } });
    if (process.env.BUNDLE_RELOAD_DEBUG)
      server?.config.logger.info(`[compile] sent ${files.length} at ${Date.now()}`);
  };

  const changed = (name: string) => {
    const rel = name.split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.'))) return; // the manifest, temp files
    if (process.env.BUNDLE_RELOAD_DEBUG) server?.config.logger.info(`[compile] saw ${rel} at ${Date.now()}`);
    pending.add(rel);
    timer ??= setTimeout(flush, debounceMs);
  };

  return {
    name: 'bundle-reload',
    // Not under Vitest, which runs a dev server of its own.
    apply: (_config, env) => env.command === 'serve' && !process.env.VITEST,
    config(user) {
      // Vite's own watcher is kept off the bundle (tens of thousands of files): after each change it
      // slowed the next request for a bundle file by 0.3-0.8 s. This plugin watches that dir itself.
      const root = path.resolve(user.root ?? process.cwd());
      const pub = user.publicDir === false ? null : path.resolve(root, user.publicDir || 'public');
      const dir = options.dataDir ? path.resolve(root, options.dataDir) : pub && path.join(pub, 'data');
      return dir ? { server: { watch: { ignored: [`${dir.split(path.sep).join('/')}/**`] } } } : undefined;
    },
    configResolved(config) {
      dataDir = options.dataDir
        ? path.resolve(config.root, options.dataDir)
        : path.join(config.publicDir, 'data');
    },
    configureServer(s) {
      server = s;
      try {
        fs.mkdirSync(dataDir, { recursive: true });
        // One watch per folder (`recursive: true` polls every file on Linux under Node 20).
        const watchers = new Map<string, fs.FSWatcher>();
        const watchDir = (rel: string) => {
          if (watchers.has(rel)) return;
          const w = fs.watch(path.join(dataDir, rel), (_event, name) => {
            if (!name) return;
            const child = rel ? `${rel}/${name.toString()}` : name.toString();
            if (!path.extname(child) && isDir(path.join(dataDir, child))) watchDir(child);
            else changed(child);
          });
          w.on('error', () => watchers.delete(rel));
          watchers.set(rel, w);
        };
        watchDir('');
        for (const sub of ['events', 'speakers']) if (isDir(path.join(dataDir, sub))) watchDir(sub);
        s.httpServer?.once('close', () => watchers.forEach((w) => w.close()));
      } catch (e) {
        s.config.logger.warn(`[compile] cannot watch ${dataDir}: ${(e as Error).message}`);
      }
      const watch = options.watchCompiler ?? process.env.COMPILE_WATCH !== '0';
      if (!watch) return;
      const root = s.config.root;
      const content = process.env.CONTENT_DIR || 'data/posts';
      child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(root, 'src/compiler/cli.ts'),
          '--watch',
          '--quiet',
          '--content',
          content,
          '--out',
          dataDir,
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
      );
      child.on('message', (m: IndexPatchMessage) => {
        if (m?.type !== INDEX_PATCHED) return;
        patched = m.patch.generatedAt;
        s.ws.send({ type: 'custom', event: INDEX_PATCHED, data: m.patch });
        if (process.env.BUNDLE_RELOAD_DEBUG)
          s.config.logger.info(`[compile] index patch (${m.patch.events.length}) sent at ${Date.now()}`);
      });
      const relay = (d: Buffer) => {
        for (const line of d.toString('utf8').split('\n'))
          if (line.trim()) s.config.logger.info(`[compile] ${line}`);
      };
      child.stdout?.on('data', relay);
      child.stderr?.on('data', relay);
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGTERM')
          s.config.logger.warn(`[compile] the bundle watcher stopped (${signal ?? code})`);
        child = null;
      });
      s.httpServer?.once('close', () => child?.kill('SIGTERM'));
      process.once('exit', () => child?.kill('SIGTERM'));
    },
    async buildEnd() {
      child?.kill('SIGTERM');
    },
  };
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The `generatedAt` at the head of index.json, read without reading the whole file. */
function indexTime(dataDir: string): string | null {
  try {
    const fd = fs.openSync(path.join(dataDir, 'index.json'), 'r');
    try {
      const head = Buffer.alloc(200);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return generatedAtOf(head.toString('utf8', 0, n));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}
