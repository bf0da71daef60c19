// Debian's Chromium through playwright-core, and the page helpers the browser tests share.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
export { launchChromium } from '../../../scripts/chromium';

/** What went wrong in a page while a test drove it. */
export interface PageLog {
  errors: string[];
  /** Requests the page tried to send off this machine (aborted). */
  external: string[];
}

/**
 * A fresh context on `origin`: Chinese UI, desktop size, and every request off 127.0.0.1 aborted
 * (this machine has no network; a post's external images must not hang the page).
 */
export async function openContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; log: PageLog }> {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const log: PageLog = { errors: [], external: [] };
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      log.external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('weberror', (e) => log.errors.push(String(e.error())));
  return { context, log };
}

/** Requests in flight on a page, to wait until the app has fetched what it needs. */
export function trackRequests(page: Page): { inflight: () => number } {
  let n = 0;
  page.on('request', () => n++);
  const done = () => {
    n = Math.max(0, n - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { inflight: () => n };
}

const LOADING = ['加载中…', 'Loading…'];

/**
 * Waits until the app has rendered: a level-1 heading is visible, no request is in flight, nothing is
 * marked busy and no loading text shows, twice in a row one animation frame apart.
 */
export async function settle(page: Page, tracker?: { inflight: () => number }): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  let quiet = 0;
  const deadline = Date.now() + 15_000;
  while (quiet < 2) {
    if (Date.now() > deadline) throw new Error(`page never settled: ${page.url()}`);
    const busy = await page.evaluate(async (loading) => {
      await new Promise((r) => requestAnimationFrame(r));
      const text = document.body.innerText;
      return !!document.querySelector('[aria-busy="true"]') || loading.some((l) => text.includes(l));
    }, LOADING);
    quiet = !busy && (!tracker || tracker.inflight() === 0) ? quiet + 1 : 0;
  }
}

/** Escapes a value for a double-quoted CSS attribute selector. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

export interface Anchor {
  /** The href attribute as written. */
  raw: string;
  /** Resolved absolute URL. */
  href: string;
  rel: string;
  text: string;
}

/**
 * Every `<a href>` the page renders, scrolling the window and any scrollable element from top to bottom
 * so that virtualized lists render all their rows.
 */
export async function harvestAnchors(page: Page): Promise<Anchor[]> {
  return page.evaluate(async () => {
    const found = new Map<string, { raw: string; href: string; rel: string; text: string }>();
    const collect = () => {
      for (const a of Array.from(document.querySelectorAll('a[href]'))) {
        const el = a as HTMLAnchorElement;
        const raw = el.getAttribute('href') ?? '';
        const key = `${raw}\u0000${el.rel}`;
        if (!found.has(key)) found.set(key, { raw, href: el.href, rel: el.rel, text: el.innerText.trim() });
      }
    };
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const scrollers = [document.scrollingElement ?? document.documentElement];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const s = getComputedStyle(el);
      if (/(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1) scrollers.push(el);
    }
    collect();
    for (const el of scrollers) {
      const start = el.scrollTop;
      for (let y = 0; ; y += Math.max(200, el.clientHeight * 0.85)) {
        el.scrollTop = y;
        await frame();
        collect();
        if (y >= el.scrollHeight - el.clientHeight) break;
      }
      el.scrollTop = start;
    }
    return [...found.values()];
  });
}

/** Scrolls until a visible link with this exact href attribute is rendered, then clicks it. */
export async function clickLink(page: Page, raw: string): Promise<void> {
  const selector = `a[href=${cssString(raw)}]`;
  const rendered = await page.evaluate(async (sel) => {
    const visible = () =>
      Array.from(document.querySelectorAll<HTMLElement>(sel)).find((e) => e.getClientRects().length > 0);
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    if (visible()) return true;
    const scrollers = [document.scrollingElement ?? document.documentElement];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const s = getComputedStyle(el);
      if (/(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1) scrollers.push(el);
    }
    for (const el of scrollers) {
      for (let y = 0; ; y += Math.max(200, el.clientHeight * 0.85)) {
        el.scrollTop = y;
        await frame();
        if (visible()) return true;
        if (y >= el.scrollHeight - el.clientHeight) break;
      }
    }
    return false;
  }, selector);
  if (!rendered) throw new Error(`no visible link ${selector} on ${page.url()}`);
  await page.locator(`${selector}:visible`).first().click();
}

/** The pathname of a URL, decoded, without a trailing slash (except for `/`). */
export function pagePath(url: string): string {
  let p = new URL(url).pathname;
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep it encoded
  }
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}
