// `npm run dev`'s first build: the bundle-reload plugin runs the real compiler (a child process) and
// holds the dev server back until the bundle is written. A broken post is reported and the rest is
// served; a content dir that cannot be read stops the server with an error. The server here is a
// stand-in with what the plugin touches (root, logger, websocket, the HTTP server's close event).
// Then the bundle's own static handler over real HTTP, and a real Vite dev server with the plugin:
// a post added while it runs is compiled and its event file served.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createServer, type ResolvedConfig, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleReload, serveBundle } from '../../src/dev/bundle-reload';

const repo = path.resolve(import.meta.dirname, '..', '..');
const seeds = path.join(repo, 'data', 'posts');

interface Started {
  lines: string[];
  stop: () => void;
  dataDir: string;
}

const started: Started[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const s of started.splice(0)) s.stop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-reload-'));
  dirs.push(d);
  return d;
}

/** Runs the plugin's server hooks as `vite` would; resolves when the server could listen. */
async function startPlugin(content: string, watchCompiler: boolean): Promise<Started> {
  const dataDir = path.join(tempDir(), 'data');
  const lines: string[] = [];
  const httpServer = new EventEmitter();
  const server = {
    config: {
      root: repo,
      logger: { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) },
    },
    ws: { send: () => {} },
    httpServer,
  } as unknown as ViteDevServer;
  const plugin = bundleReload({ dataDir, watchCompiler });
  const before = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = content;
  try {
    (plugin.configResolved as (c: ResolvedConfig) => void)({ root: repo } as ResolvedConfig);
    const s = { lines, dataDir, stop: () => httpServer.emit('close') };
    started.push(s);
    await (plugin.configureServer as (s: ViteDevServer) => Promise<void>)(server);
    return s;
  } finally {
    if (before === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = before;
  }
}

function postsWithOneBroken(): string {
  const content = path.join(tempDir(), 'posts');
  fs.cpSync(seeds, content, { recursive: true });
  fs.writeFileSync(path.join(content, 'broken.md'), '---\ntitle: [broken\n---\nbody\n');
  return content;
}

function indexSlugs(dataDir: string): string[] {
  const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'index.json'), 'utf8')) as {
    events: { slug: string }[];
  };
  return index.events.map((e) => e.slug).sort();
}

const seedCount = fs.readdirSync(seeds).filter((f) => f.endsWith('.md')).length;

describe('the dev server waits for the first build', () => {
  it('in watch mode: the bundle is written and the compiler watches before the server listens', async () => {
    const s = await startPlugin(postsWithOneBroken(), true);
    expect(indexSlugs(s.dataDir)).toHaveLength(seedCount);
    expect(s.lines.join('\n')).toMatch(/broken\.md:3: error: invalid YAML front matter/);
    expect(s.lines.some((l) => /\[compile\] watching .* for changes/.test(l))).toBe(true);
  }, 60_000);

  it('with COMPILE_WATCH=0: one build, then the server listens', async () => {
    const s = await startPlugin(postsWithOneBroken(), false);
    expect(indexSlugs(s.dataDir)).toHaveLength(seedCount);
    expect(s.lines.join('\n')).toMatch(/errors 1/);
    expect(s.lines.some((l) => /watching/.test(l))).toBe(false);
  }, 60_000);

  it('stops the server when the content dir cannot be read', async () => {
    const missing = path.join(tempDir(), 'no-such-dir');
    await expect(startPlugin(missing, true)).rejects.toThrow(/could not build the bundle \(exit 2\)/);
    await expect(startPlugin(missing, false)).rejects.toThrow(/could not build the bundle \(exit 2\)/);
  }, 60_000);
});

describe('serveBundle', () => {
  it('serves bundle files as they are on disk now, and nothing outside the bundle', async () => {
    const dataDir = path.join(tempDir(), 'data');
    fs.mkdirSync(path.join(dataDir, 'events'), { recursive: true });
    const handler = serveBundle('/base/data/', dataDir);
    const server = http.createServer((req, res) => handler(req, res, () => res.writeHead(299).end('next')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // Written after the server started, as the compiler in watch mode does for a new post.
      fs.writeFileSync(path.join(dataDir, 'events', '新活动.json'), '{"slug":"新活动"}');
      fs.writeFileSync(path.join(dataDir, '.bundle-files.json'), '[]');
      const hit = await fetch(`${at}/base/data/events/${encodeURIComponent('新活动')}.json?v=1`);
      expect(hit.status).toBe(200);
      expect(hit.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await hit.json()).toEqual({ slug: '新活动' });

      expect((await fetch(`${at}/base/data/events/gone.json`)).status).toBe(404);
      // Not the bundle's to serve: other paths, dot files, paths that climb out.
      for (const url of ['/base/index.html', '/base/data/.bundle-files.json', '/base/data/%2e%2e%2fdata.txt'])
        expect((await fetch(at + url)).status, url).toBe(299);
    } finally {
      server.close();
    }
  });
});

describe('npm run dev with a post added while it runs', () => {
  it('compiles the new post and serves its event file', async () => {
    const content = path.join(tempDir(), 'posts');
    fs.cpSync(seeds, content, { recursive: true });
    const publicDir = tempDir();
    const before = process.env.CONTENT_DIR;
    const vitest = process.env.VITEST!;
    process.env.CONTENT_DIR = content;
    // The plugin keeps out of Vitest's own servers (its `apply`); this server is the one under test.
    delete process.env.VITEST;
    let server: ViteDevServer | null = null;
    try {
      server = await createServer({
        configFile: path.join(repo, 'vite.config.ts'),
        root: repo,
        publicDir,
        logLevel: 'silent',
        server: { port: 0, host: '127.0.0.1' },
      });
      process.env.VITEST = vitest;
      await server.listen();
      const at = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
      const index = await fetch(`${at}/data/index.json`);
      expect(index.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await index.json()) as { events: unknown[] }).events).toHaveLength(seedCount);

      const seed = fs.readdirSync(content).find((f) => f.endsWith('.md'))!;
      const post = fs
        .readFileSync(path.join(content, seed), 'utf8')
        .replace(/^title:.*$/m, 'title: 新加的活动');
      fs.writeFileSync(path.join(content, 'added-while-running.md'), post.replace(/^slug:.*\n/m, ''));
      let status = 0;
      let body = '';
      for (let i = 0; i < 200 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const r = await fetch(`${at}/data/events/added-while-running.json`);
        status = r.status;
        body = await r.text();
      }
      expect(status).toBe(200);
      expect((JSON.parse(body) as { title: string }).title).toBe('新加的活动');
    } finally {
      process.env.VITEST = vitest;
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
      await server?.close();
    }
  }, 60_000);
});
