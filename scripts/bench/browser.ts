// The app in Chromium (playwright-core, the system's Chromium; never a downloaded one): time to the
// first rendered timeline row, time from a keystroke to the first search result, and long tasks
// while the timeline scrolls. Times are in-page `performance.now()` values (navigation start = 0).
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { filterSpeakers } from '../../src/app/lib/speakers';
import type { SpeakerSummary } from '../../src/model/types';
import { launchChromium } from '../chromium';
import { serveStatic } from './serve';
import { gzipSize, type Sized } from './sizes';

/** The app's markup the measurements look for (keep in step with src/app). */
export const SELECTORS = {
  row: '.event-row',
  searchInput: 'input[type="search"]',
  hit: '.search-popup .search-hit-title, [role="listbox"] [role="option"]:not(.search-see-all)',
};

export { findChromium } from '../chromium';

export interface LoadSample {
  /** navigation start → the first event row is in the DOM and visible. */
  firstRowDomMs: number | null;
  /** … → the frame after it (rAF, then a task): the row has been painted. */
  firstRowMs: number | null;
  fcpMs: number | null;
  longTasksDuringLoad: number;
  error?: string;
}

export interface SearchSample {
  query: string;
  /** First keydown → the first result is visible (cold: includes loading the search data). */
  firstResultMs: number | null;
  /** A second query once the search data is loaded. */
  warmQuery: string;
  warmFirstResultMs: number | null;
  longTasks: { count: number; maxMs: number };
  error?: string;
}

export interface ScrollSample {
  steps: number;
  pixels: number;
  durationMs: number;
  longTasks: { count: number; maxMs: number; totalMs: number };
  frames: number;
  /** Gaps between animation frames over 50 ms. */
  slowFrames: number;
  maxFrameGapMs: number;
  /** data-index of the last virtual row in the DOM after scrolling (it should have moved). */
  lastRowIndex: number | null;
  error?: string;
}

export interface SpeakersSample {
  speakers: number;
  /** Cards on the page once it has loaded. */
  cards: number;
  /** Typing a name into the filter (one input event) → the filtered list is in the DOM. */
  filter: Timed;
  /** Clearing the filter → the first cards are back. */
  clear: Timed;
  scroll: ScrollSample | null;
  error?: string;
}

export interface Timed {
  ms: number | null;
  longTasks: { count: number; maxMs: number };
}

export interface BrowserResult {
  chromium: string;
  loads: LoadSample[];
  firstRowMedianMs: number | null;
  /** What the page fetched before the first row was painted (from Resource Timing; sizes from disk). */
  beforeFirstRow: { jsCss: Sized & { files: string[] }; data: Sized & { files: string[] } } | null;
  searches: SearchSample[];
  searchFirstResultMedianMs: number | null;
  scrolls: ScrollSample[];
  speakersPage: SpeakersSample | null;
}

// Installed in every page before its scripts run.
const INIT = `(() => {
  const b = { longtasks: [], frames: [], firstRowDom: null, firstRow: null, armed: false,
    searchStart: null, searchHitDom: null, searchHit: null, recordFrames: false };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { b.longtaskError = String(e); }
  const visible = (el) => el.getClientRects().length > 0 && !el.closest('[hidden]');
  const afterPaint = (set) => requestAnimationFrame(() => setTimeout(() => set(performance.now()), 0));
  const check = () => {
    const now = performance.now();
    if (b.firstRowDom === null) {
      const el = document.querySelector(${JSON.stringify(SELECTORS.row)});
      if (el && visible(el)) { b.firstRowDom = now; afterPaint((t) => { b.firstRow = t; }); }
    }
    if (b.armed && b.searchStart !== null && b.searchHitDom === null) {
      for (const el of document.querySelectorAll(${JSON.stringify(SELECTORS.hit)})) {
        if (visible(el)) { b.searchHitDom = now; afterPaint((t) => { b.searchHit = t; }); break; }
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class'] });
  // keydown for typed keys; beforeinput for text inserted without key events (CJK via insertText).
  const start = (e) => { if (b.armed && b.searchStart === null) b.searchStart = e.timeStamp; };
  document.addEventListener('keydown', start, true);
  document.addEventListener('beforeinput', start, true);
  const frame = (t) => { if (b.recordFrames) b.frames.push(t); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

interface BenchState {
  longtasks: { start: number; duration: number }[];
  frames: number[];
  firstRowDom: number | null;
  firstRow: number | null;
  armed: boolean;
  searchStart: number | null;
  searchHitDom: number | null;
  searchHit: number | null;
  recordFrames: boolean;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

export function median(xs: (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFirstRow(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => window.__bench.firstRow !== null, undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
}

async function measureLoad(page: Page): Promise<LoadSample> {
  return page.evaluate(() => {
    const b = window.__bench;
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    const until = b.firstRow ?? Infinity;
    return {
      firstRowDomMs: b.firstRowDom,
      firstRowMs: b.firstRow,
      fcpMs: fcp ? fcp.startTime : null,
      longTasksDuringLoad: b.longtasks.filter((t) => t.start < until).length,
    };
  });
}

async function resourcesBeforeFirstRow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const until = window.__bench.firstRow ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).responseEnd <= until)
      .map((e) => new URL(e.name).pathname);
  });
}

async function measureSearch(page: Page, query: string, warmQuery: string): Promise<SearchSample> {
  const sample: SearchSample = {
    query,
    firstResultMs: null,
    warmQuery,
    warmFirstResultMs: null,
    longTasks: { count: 0, maxMs: 0 },
  };
  const input = page.locator(SELECTORS.searchInput).first();
  const arm = () =>
    page.evaluate(() => {
      const b = window.__bench;
      b.armed = true;
      b.searchStart = null;
      b.searchHitDom = null;
      b.searchHit = null;
    });
  const result = async () => {
    await page.waitForFunction(() => window.__bench.searchHit !== null, undefined, {
      timeout: 30_000,
      polling: 20,
    });
    return page.evaluate(() => window.__bench.searchHit! - window.__bench.searchStart!);
  };
  try {
    await input.click();
    const t0 = await page.evaluate(() => performance.now());
    await arm();
    await page.keyboard.type(query);
    sample.firstResultMs = await result();
    // The second query: clear, wait until no result shows, type again.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page
      .waitForFunction(
        (sel) =>
          ![...document.querySelectorAll(sel)].some(
            (el) => el.getClientRects().length > 0 && !el.closest('[hidden]'),
          ),
        SELECTORS.hit,
        { timeout: 5000 },
      )
      .catch(() => {
        // Were the old results still showing, the next "first result" would be an old one.
        throw new Error('results still showed after clearing the search box');
      });
    await sleep(300);
    await arm();
    await page.keyboard.type(warmQuery);
    sample.warmFirstResultMs = await result();
    await sleep(300);
    sample.longTasks = await page.evaluate((from) => {
      const ts = window.__bench.longtasks.filter((t) => t.start >= from);
      return { count: ts.length, maxMs: Math.max(0, ...ts.map((t) => t.duration)) };
    }, t0);
  } catch (e) {
    sample.error = (e as Error).message.split('\n')[0];
  }
  return sample;
}

async function measureScroll(page: Page, steps: number, delta: number): Promise<ScrollSample> {
  const sample: ScrollSample = {
    steps,
    pixels: steps * delta,
    durationMs: 0,
    longTasks: { count: 0, maxMs: 0, totalMs: 0 },
    frames: 0,
    slowFrames: 0,
    maxFrameGapMs: 0,
    lastRowIndex: null,
  };
  try {
    await page.mouse.move(640, 500);
    const t0 = await page.evaluate(() => {
      window.__bench.frames = [];
      window.__bench.recordFrames = true;
      return performance.now();
    });
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, delta);
      await sleep(40);
    }
    await sleep(500);
    const r = await page.evaluate((from) => {
      const b = window.__bench;
      b.recordFrames = false;
      const to = performance.now();
      const ts = b.longtasks.filter((t) => t.start >= from);
      const gaps = b.frames.slice(1).map((f, i) => f - b.frames[i]!);
      const rows = [...document.querySelectorAll('[data-index]')].map((el) =>
        Number(el.getAttribute('data-index')),
      );
      return {
        durationMs: to - from,
        longTasks: {
          count: ts.length,
          maxMs: Math.max(0, ...ts.map((t) => t.duration)),
          totalMs: ts.reduce((a, t) => a + t.duration, 0),
        },
        frames: b.frames.length,
        slowFrames: gaps.filter((g) => g > 50).length,
        maxFrameGapMs: Math.max(0, ...gaps),
        lastRowIndex: rows.length ? Math.max(...rows) : null,
        scrollY: window.scrollY,
      };
    }, t0);
    Object.assign(sample, r);
    delete (sample as Partial<typeof r>).scrollY;
  } catch (e) {
    sample.error = (e as Error).message.split('\n')[0];
  }
  return sample;
}

/** The speakers list: filter by a name, clear, scroll to the end (long tasks throughout). */
async function measureSpeakers(page: Page, dataDir: string): Promise<SpeakersSample> {
  const index = JSON.parse(fs.readFileSync(path.join(dataDir, 'index.json'), 'utf8')) as {
    speakers: SpeakerSummary[];
  };
  const sample: SpeakersSample = {
    speakers: index.speakers.length,
    cards: 0,
    filter: { ms: null, longTasks: { count: 0, maxMs: 0 } },
    clear: { ms: null, longTasks: { count: 0, maxMs: 0 } },
    scroll: null,
  };
  const top = [...index.speakers].sort((a, b) => b.talkCount - a.talkCount)[0];
  if (!top) return sample;
  const matches = filterSpeakers(index.speakers, top.name).length;
  /** Runs `act`, then waits until the page shows `n` cards (at least `n`, with `atLeast`). */
  const timed = async (act: () => Promise<void>, n: number, atLeast: boolean): Promise<Timed> => {
    const t0 = await page.evaluate(() => performance.now());
    await act();
    await page.waitForFunction(
      (want) => {
        const cards = document.querySelectorAll('.speaker-card').length;
        return want.atLeast ? cards >= want.n : cards === want.n;
      },
      { n, atLeast },
      { timeout: 30_000, polling: 'raf' },
    );
    return page.evaluate((from) => {
      const ts = window.__bench.longtasks.filter((t) => t.start >= from);
      return {
        ms: performance.now() - from,
        longTasks: { count: ts.length, maxMs: Math.max(0, ...ts.map((t) => t.duration)) },
      };
    }, t0);
  };
  try {
    await page.waitForSelector('.speaker-card', { timeout: 60_000 });
    await sleep(1000);
    sample.cards = await page.locator('.speaker-card').count();
    await page.locator('.speakers-page input[type="search"]').click();
    // The page shows a first step of its matches (as many cards as it showed of everyone, at most).
    sample.filter = await timed(
      () => page.keyboard.insertText(top.name),
      Math.min(matches, sample.cards),
      false,
    );
    sample.clear = await timed(
      async () => {
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.press('Backspace');
      },
      sample.cards,
      true,
    );
    await sleep(500);
    sample.scroll = await measureScroll(page, 80, 600);
  } catch (e) {
    sample.error = (e as Error).message.split('\n')[0];
  }
  return sample;
}

export interface BrowserOptions {
  appDir: string;
  dataDir: string;
  loads: number;
  log: (s: string) => void;
}

export async function runBrowser({ appDir, dataDir, loads, log }: BrowserOptions): Promise<BrowserResult> {
  const server = await serveStatic(appDir, dataDir);
  const browser = await launchChromium();
  const result: BrowserResult = {
    chromium: browser.version(),
    loads: [],
    firstRowMedianMs: null,
    beforeFirstRow: null,
    searches: [],
    searchFirstResultMedianMs: null,
    scrolls: [],
    speakersPage: null,
  };
  const queries: [string, string][] = [
    ['mosn', '服务网格'],
    ['服务网格', 'kubernetes'],
    ['kubernetes', 'mosn'],
  ];
  try {
    for (let i = 0; i < loads; i++) {
      let context: BrowserContext | null = null;
      try {
        context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          serviceWorkers: 'block',
        });
        await context.addInitScript(INIT);
        const page = await context.newPage();
        await page.goto(`${server.url}/`, { waitUntil: 'commit' });
        await waitFirstRow(page, 60_000);
        const load = await measureLoad(page);
        result.loads.push(load);
        log(`  load ${i + 1}/${loads}: first row ${load.firstRowMs?.toFixed(0)} ms`);
        if (i === 0)
          result.beforeFirstRow = sizeResources(await resourcesBeforeFirstRow(page), appDir, dataDir);
        await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
        await sleep(1000);
        if (i < 2) {
          const s = await measureScroll(page, 80, 600);
          result.scrolls.push(s);
          log(
            `  scroll: ${s.longTasks.count} long tasks (max ${s.longTasks.maxMs.toFixed(0)} ms)${s.error ? ` — ${s.error}` : ''}`,
          );
        } else {
          const [q, w] = queries[(i - 2) % queries.length]!;
          const s = await measureSearch(page, q, w);
          result.searches.push(s);
          log(
            `  search "${q}": first result ${s.firstResultMs?.toFixed(0) ?? '–'} ms${s.error ? ` — ${s.error}` : ''}`,
          );
        }
      } catch (e) {
        const msg = (e as Error).message.split('\n')[0] ?? String(e);
        result.loads.push({
          firstRowDomMs: null,
          firstRowMs: null,
          fcpMs: null,
          longTasksDuringLoad: 0,
          error: msg,
        });
        log(`  load ${i + 1}/${loads} failed: ${msg}`);
      } finally {
        await context?.close();
      }
    }
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    try {
      await context.addInitScript(INIT);
      const page = await context.newPage();
      await page.goto(`${server.url}/speakers`, { waitUntil: 'commit' });
      const s = await measureSpeakers(page, dataDir);
      result.speakersPage = s;
      log(
        `  speakers page: filter ${s.filter.ms?.toFixed(0) ?? '–'} ms, clear ${s.clear.ms?.toFixed(0) ?? '–'} ms${s.error ? ` — ${s.error}` : ''}`,
      );
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  result.firstRowMedianMs = median(result.loads.map((l) => l.firstRowMs));
  result.searchFirstResultMedianMs = median(result.searches.map((s) => s.firstResultMs));
  return result;
}

function sizeResources(paths: string[], appDir: string, dataDir: string): BrowserResult['beforeFirstRow'] {
  const jsCss = { raw: 0, gzip: 0, files: [] as string[] };
  const data = { raw: 0, gzip: 0, files: [] as string[] };
  for (const p of paths) {
    const file = p.startsWith('/data/') ? path.join(dataDir, p.slice('/data/'.length)) : path.join(appDir, p);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
    const buf = fs.readFileSync(file);
    const into = p.startsWith('/data/') ? data : /\.(m?js|css)$/.test(p) ? jsCss : null;
    if (!into) continue;
    into.raw += buf.length;
    into.gzip += gzipSize(buf);
    into.files.push(p);
  }
  return { jsCss, data };
}
