// Save → visible in the open page, through `npm run dev`'s pieces: the Vite dev server with the
// bundle-reload plugin (src/dev/bundle-reload.ts), which runs the compiler in watch mode, and headless
// Chromium on an event page. Each round edits the post's title and times until the page's <h1> shows
// it; the page must not reload (a marker on `window` survives).
//
//   npx tsx scripts/bench/watch-latency.ts [--posts 10000] [--content DIR] [--rounds 5] [--port 5199]
//
// Without --content, posts are generated with ../shared/tools/gen-corpus.py into a temp dir. The
// bundle goes to a temp public dir, never to public/data.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { launchChromium } from '../chromium';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    content: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    port: { type: 'string', default: '5199' },
    slug: { type: 'string' },
  },
});
const repo = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-latency-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let content = values.content;
if (!content) {
  content = path.join(tmp, 'posts');
  const shared = path.resolve(repo, '../shared');
  execFileSync('python3', [
    path.join(shared, 'tools/gen-corpus.py'),
    path.join(shared, 'corpus'),
    content,
    values.posts!,
  ]);
}
content = path.resolve(content);
const publicDir = path.join(tmp, 'public');
const dataDir = path.join(publicDir, 'data');

// The first compile, as `npm run dev` does before starting Vite.
let t = performance.now();
execFileSync(
  process.execPath,
  ['--import', 'tsx', 'src/compiler/cli.ts', '--content', content, '--out', dataDir, '--quiet'],
  {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
console.log(`compiled ${content} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'index.json'), 'utf8')) as {
  events: { slug: string; source: string; kind: string }[];
};
const target = values.slug
  ? index.events.find((e) => e.slug === values.slug)
  : index.events.find((e) => e.kind === 'event');
if (!target) throw new Error('no event to edit');
const postFile = path.join(content, target.source);
const original = fs.readFileSync(postFile, 'utf8');

process.env.CONTENT_DIR = content;
let watcherReady = false;
let rebuilt = 0;
const server = await createServer({
  configFile: path.join(repo, 'vite.config.ts'),
  root: repo,
  publicDir,
  logLevel: 'info',
  server: { port: Number(values.port), strictPort: true },
  customLogger: undefined,
});
const origInfo = server.config.logger.info;
server.config.logger.info = (msg, opts) => {
  if (/\[compile\] watching/.test(msg)) watcherReady = true;
  if (/\[compile\] rebuilt/.test(msg)) rebuilt++;
  if (/\[compile\]/.test(msg)) origInfo(msg, opts);
};
await server.listen();
t = performance.now();
while (!watcherReady) {
  if (performance.now() - t > 15 * 60_000) throw new Error('the compiler watcher never got ready');
  await sleep(50);
}
console.log(`watcher ready in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const browser = await launchChromium();
const results: number[] = [];
try {
  const page = await browser.newPage();
  const url = `http://localhost:${values.port}/events/${encodeURIComponent(target.slug)}`;
  await page.goto(url);
  await page.waitForSelector('h1');
  await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));
  await sleep(1500);
  for (let i = 0; i < Number(values.rounds); i++) {
    const marker = `watch-${Date.now()}`;
    const edited = original.replace(/^title:\s*(["']?)/m, (m) => `${m}${marker} `);
    if (edited === original) throw new Error(`${postFile} has no title: line to edit`);
    const wait = page.waitForFunction((m) => document.querySelector('h1')?.textContent?.includes(m), marker, {
      polling: 'raf',
      timeout: 60_000,
    });
    const before = rebuilt;
    const saved = performance.now();
    if (process.env.BUNDLE_RELOAD_DEBUG) console.log(`saving at ${Date.now()}`);
    fs.writeFileSync(postFile, edited);
    await wait;
    const ms = performance.now() - saved;
    if (process.env.BUNDLE_RELOAD_DEBUG)
      console.log(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('/data/'))
            .slice(-3)
            .map(
              (e) =>
                `${e.name} start ${Math.round(performance.timeOrigin + e.startTime)} took ${Math.round(e.duration)}`,
            )
            .join('\n'),
        ),
        `visible at ${Date.now()}`,
      );
    const kept = await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload === 1);
    if (!kept) throw new Error('the page reloaded');
    results.push(ms);
    console.log(`round ${i + 1}: save → visible ${ms.toFixed(0)} ms (no reload)`);
    // Let the full rebuild finish before the next edit.
    const until = performance.now() + 120_000;
    while (rebuilt === before && performance.now() < until) await sleep(50);
    await sleep(500);
  }
} finally {
  fs.writeFileSync(postFile, original);
  await sleep(500);
  await browser.close();
  await server.close();
  // The watcher child may still be finishing a write when the server closes.
  for (let i = 0; i < 20; i++) {
    try {
      fs.rmSync(values.content ? publicDir : tmp, { recursive: true, force: true });
      break;
    } catch {
      await sleep(500);
    }
  }
}
const sorted = [...results].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
console.log(
  `save → visible at ${index.events.length} events: median ${median.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms over ${results.length} rounds (load ${os.loadavg()[0]!.toFixed(1)})`,
);
process.exit(0);
