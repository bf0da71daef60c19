// Dev server live reload for the compiled bundle. `npm run dev` is Vite with this plugin: it runs the
// compiler in watch mode (a child process, so rebuilds never stall the dev server), lets the server
// listen once the first build is written and, when bundle files under `public/data` change, sends the
// page a `bundle:changed` event naming them instead of a full reload; src/app/data/live-bundle.ts
// refetches just those queries. When the compiler sends an index patch over its IPC channel
// (src/model/live.ts), the page gets the patch instead, and the index.json change it covers is not
// announced.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { contentType } from '../../scripts/content-types.ts';
import {
  BUNDLE_CHANGED,
  COMPILER_WATCHING,
  generatedAtOf,
  INDEX_PATCHED,
  type CompilerMessage,
} from '../model/live.ts';

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
  /** The URL path the bundle is served under (`/data/`), when it lies in the public dir. */
  let dataUrl: string | null = null;
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
      const underPublic = config.publicDir && path.relative(config.publicDir, dataDir);
      dataUrl =
        underPublic && !underPublic.startsWith('..') && !path.isAbsolute(underPublic)
          ? `${config.base}${underPublic.split(path.sep).join('/')}/`
          : null;
    },
    async configureServer(s) {
      server = s;
      // Vite serves only the public files it listed at start-up and heard of from its own watcher,
      // which is kept off the bundle (above): the bundle is served here, from disk, as it is now.
      if (dataUrl) s.middlewares.use(serveBundle(dataUrl, dataDir));
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
      // The first build runs before the server listens, so the page never meets a missing or stale
      // bundle. A post that cannot be read is reported and does not stop the dev server; a content dir
      // that cannot be read does.
      const watch = options.watchCompiler ?? process.env.COMPILE_WATCH !== '0';
      const root = s.config.root;
      const content = process.env.CONTENT_DIR || 'data/posts';
      const args = [
        '--content',
        content,
        '--out',
        path.relative(root, dataDir) || '.',
        ...(watch ? ['--watch'] : []),
      ];
      s.config.logger.info(`[compile] compiling ${content}…`);
      const compiler = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(root, 'src/compiler/cli.ts'), ...args],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
      );
      child = compiler;
      const relay = (d: Buffer) => {
        for (const line of d.toString('utf8').split('\n'))
          if (line.trim()) s.config.logger.info(`[compile] ${line}`);
      };
      compiler.stdout?.on('data', relay);
      compiler.stderr?.on('data', relay);
      let ready = false;
      const firstBuild = new Promise<void>((resolve, reject) => {
        compiler.on('message', (m: CompilerMessage) => {
          if (m?.type === COMPILER_WATCHING) {
            ready = true;
            resolve();
          }
          if (m?.type !== INDEX_PATCHED) return;
          patched = m.patch.generatedAt;
          s.ws.send({ type: 'custom', event: INDEX_PATCHED, data: m.patch });
          if (process.env.BUNDLE_RELOAD_DEBUG)
            s.config.logger.info(`[compile] index patch (${m.patch.events.length}) sent at ${Date.now()}`);
        });
        compiler.on('exit', (code, signal) => {
          child = null;
          // Exit 1 after a one-off build: some posts could not be read (reported above); the rest serves.
          if (ready || (!watch && code !== null && code <= 1)) {
            if (ready && signal !== 'SIGTERM')
              s.config.logger.warn(`[compile] the bundle watcher stopped (${signal ?? code})`);
            return resolve();
          }
          reject(
            new Error(`the compiler could not build the bundle (${signal ?? `exit ${code}`}); see above`),
          );
        });
      });
      s.httpServer?.once('close', () => child?.kill('SIGTERM'));
      process.once('exit', () => child?.kill('SIGTERM'));
      await firstBuild;
    },
    async buildEnd() {
      child?.kill('SIGTERM');
    },
  };
}

/** Serves the files under `dir` at `urlPrefix`; a missing file is a 404, as on a static host. */
export function serveBundle(urlPrefix: string, dir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith(urlPrefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(url.slice(urlPrefix.length));
    } catch {
      return next();
    }
    const file = path.join(dir, rel);
    if (!file.startsWith(dir + path.sep) || rel.split('/').some((part) => part.startsWith('.')))
      return next();
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
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
