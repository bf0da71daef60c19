// Save → visible in the open page, through `npm run dev`'s pieces: the Vite dev server with the
// bundle-reload plugin (src/dev/bundle-reload.ts), which runs the compiler in watch mode, and headless
// Chromium on an event page (its <h1>) or the timeline (the event's row in the first screen). Each
// round edits the post's title and times until the page shows it; the page must not reload (a marker
// on `window` survives). The bundle goes to a temp public dir, never to public/data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, createServer } from 'vite';
import { launchChromium } from '../chromium';
import { defaultCacheFile } from '../../src/compiler/incremental';

export interface PageUpdateResult {
  events: number;
  /** Save → the page shows the edit, one figure per round. */
  rounds: number[];
  medianMs: number;
  maxMs: number;
}

export interface PageUpdateOptions {
  repo: string;
  /** The posts; one of them is edited and restored. */
  content: string;
  rounds: number;
  port: number;
  /** Edit this event (default: the first dated one). */
  slug?: string;
  /** The open page: the event's own page (default), or the timeline, which shows it in a row. */
  view?: 'event' | 'timeline';
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measurePageUpdate(opts: PageUpdateOptions): Promise<PageUpdateResult> {
  const { repo, log } = opts;
  const content = path.resolve(opts.content);
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-update-'));
  const dataDir = path.join(publicDir, 'data');

  const contentBefore = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = content;
  let rebuilt = 0;
  const logger = createLogger('info');
  const info = logger.info;
  logger.info = (msg, logOpts) => {
    if (/\[compile\] rebuilt/.test(msg)) rebuilt++;
    if (/\[compile\]/.test(msg) && process.env.BUNDLE_RELOAD_DEBUG) info(msg, logOpts);
  };
  // As in `npm run dev`, the plugin's first build (the compiler in watch mode) runs before the server listens.
  const t = performance.now();
  const server = await createServer({
    configFile: path.join(repo, 'vite.config.ts'),
    root: repo,
    publicDir,
    customLogger: logger,
    server: { port: opts.port, strictPort: true },
  });
  log(`compiled ${content} and started watching in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'index.json'), 'utf8')) as {
    events: { slug: string; source: string; kind: string }[];
  };
  const timeline = opts.view === 'timeline';
  // On the timeline, the event in its first row (found once the page shows it).
  let target = opts.slug
    ? index.events.find((e) => e.slug === opts.slug)
    : timeline
      ? undefined
      : index.events.find((e) => e.kind === 'event');
  let postFile = '';
  let original = '';
  const rounds: number[] = [];
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    if (!target && !timeline) throw new Error('no event to edit');
    await server.listen();
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(
      `http://localhost:${opts.port}/${timeline ? '' : `events/${encodeURIComponent(target!.slug)}`}`,
    );
    if (timeline && !target) {
      const href = await page.locator('.event-row a[href*="/events/"]').first().getAttribute('href');
      target = index.events.find((e) => href?.endsWith(`/events/${encodeURIComponent(e.slug)}`));
      if (!target) throw new Error(`no event for the timeline's first row (${href})`);
    }
    const where = timeline ? `.event-row a[href$="/events/${encodeURIComponent(target!.slug)}"]` : 'h1';
    await page.waitForSelector(where);
    postFile = path.join(content, target!.source);
    original = fs.readFileSync(postFile, 'utf8');
    await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));
    await sleep(1500);
    for (let i = 0; i < opts.rounds; i++) {
      const marker = `watch-${Date.now()}`;
      const edited = original.replace(/^title:\s*(["']?)/m, (m) => `${m}${marker} `);
      if (edited === original) throw new Error(`${postFile} has no title: line to edit`);
      const shown = page.waitForFunction(
        ({ m, sel }) => document.querySelector(sel)?.textContent?.includes(m),
        { m: marker, sel: where },
        { polling: 'raf', timeout: 60_000 },
      );
      const before = rebuilt;
      const saved = performance.now();
      fs.writeFileSync(postFile, edited);
      await shown;
      const ms = performance.now() - saved;
      const kept = await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload === 1);
      if (!kept) throw new Error('the page reloaded');
      rounds.push(ms);
      log(`round ${i + 1}: save → visible ${ms.toFixed(0)} ms (no reload)`);
      // Let the full rebuild finish before the next edit.
      const until = performance.now() + 120_000;
      while (rebuilt === before && performance.now() < until) await sleep(50);
      await sleep(500);
    }
  } finally {
    if (postFile) fs.writeFileSync(postFile, original);
    await sleep(500);
    await browser?.close();
    await server.close();
    if (contentBefore === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = contentBefore;
    // The compiler's per-post cache for this throwaway bundle.
    fs.rmSync(defaultCacheFile(content, dataDir), { force: true });
    // The watcher child may still be finishing a write when the server closes.
    for (let i = 0; i < 20; i++) {
      try {
        fs.rmSync(publicDir, { recursive: true, force: true });
        break;
      } catch {
        await sleep(500);
      }
    }
  }
  const sorted = [...rounds].sort((a, b) => a - b);
  return {
    events: index.events.length,
    rounds,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
    maxMs: sorted.at(-1)!,
  };
}
