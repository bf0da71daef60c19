// Full page loads of the built seeds site, as a reader meets them: a fresh load opens at the top (not
// where an earlier page of the tab was), a reload and Back/Forward restore; a prerendered page stays
// readable until the app shows the same page complete (no skeleton in between, however slow the data);
// the theme the reader picked is there from the first frame.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openContext, settle, trackRequests, type PageLog } from './harness/browser';
import { eventPath, norm, readBundle, type Bundle } from './harness/bundle';
import { requireBuilt, site } from './harness/site';
import type { Event } from '../../src/model/types';

const seeds = site('seeds');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What an init script saw, frame by frame, from the first frame until the app had rendered. */
interface Frames {
  /** The first <h1>'s text per frame (null: none). */
  h1: (string | null)[];
  /** <html data-theme> per frame. */
  theme: (string | null)[];
  /** The body's computed background in the first frame. */
  firstBackground: string | null;
  /** A skeleton was ever in the DOM (seen by a MutationObserver: even one never painted). */
  skeleton: boolean;
  /** After each DOM change, once a frame had shown an <h1>: the first <h1>'s text then (null: none). */
  h1AfterMutations: (string | null)[];
  done: boolean;
}

/** Runs in the page before any of its scripts: samples each frame until `.app h1` has shown twice. */
function recordFrames() {
  const w = window as unknown as { __frames: Frames };
  const f: Frames = {
    h1: [],
    theme: [],
    firstBackground: null,
    skeleton: false,
    h1AfterMutations: [],
    done: false,
  };
  w.__frames = f;
  const h1 = () => document.querySelector('h1')?.textContent ?? null;
  new MutationObserver(() => {
    if (document.querySelector('.skeleton')) f.skeleton = true;
    if (f.h1.some((t) => t !== null) || f.h1AfterMutations.length) f.h1AfterMutations.push(h1());
  }).observe(document, { childList: true, subtree: true, characterData: true });
  let appFrames = 0;
  const frame = () => {
    if (f.firstBackground === null && document.body)
      f.firstBackground = getComputedStyle(document.body).backgroundColor;
    f.h1.push(h1());
    f.theme.push(document.documentElement.getAttribute('data-theme'));
    if (document.querySelector('.app h1')) appFrames++;
    if (appFrames >= 2) f.done = true;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

describe('page loads on the seeds', () => {
  let browser: Browser;
  let bundle: Bundle;
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;
  let tracker: ReturnType<typeof trackRequests>;

  /** The event with the most talks: its page is the longest. */
  const longEvent = (): Event => [...bundle.events].sort((a, b) => b.talks.length - a.talks.length)[0]!;
  const frames = async (p: Page) => {
    await p.waitForFunction(() => (window as unknown as { __frames?: Frames }).__frames?.done, null, {
      timeout: 20_000,
    });
    return p.evaluate(() => (window as unknown as { __frames: Frames }).__frames);
  };

  beforeAll(async () => {
    requireBuilt(seeds);
    bundle = readBundle(seeds.dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // A phone: short viewport, long pages.
    ({ context, log } = await openContext(browser, seeds.url, { viewport: { width: 390, height: 640 } }));
    page = await context.newPage();
    tracker = trackRequests(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
  const scrollTo = async (y: number) => {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await page.waitForFunction((to) => Math.abs(window.scrollY - to) <= 2, y);
  };
  /**
   * Waits until the window rests near `y`. Restoration runs when the app renders; a block that grows
   * above the viewport afterwards moves the view by its height (scroll anchoring keeps the content).
   */
  const restoredTo = async (y: number, what: string) => {
    const near = (to: number) => Math.abs(window.scrollY - to) <= 80;
    await page.waitForFunction(near, y, { timeout: 5000 }).catch(() => undefined);
    const at = await scrollY();
    expect(Math.abs(at - y), `${what}: scrollY ${at}, expected ${y}`).toBeLessThanOrEqual(80);
  };

  it('opens a freshly loaded page at the top; a reload and Back/Forward restore the position', async () => {
    const event = eventPath(longEvent().slug);
    await page.goto(event);
    await settle(page, tracker);
    await scrollTo(3000);

    // Typed into the address bar: a new document in the same tab.
    await page.goto('/speakers/');
    await settle(page, tracker);
    const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(room, 'the speakers page must be long enough to show a wrong restore').toBeGreaterThan(400);
    await sleep(300); // restoration would have happened by now
    expect(await scrollY(), 'a fresh load of /speakers/ after scrolling an event page').toBe(0);

    await scrollTo(300);
    await page.reload();
    await settle(page, tracker);
    await restoredTo(300, 'after a reload');

    await page.goBack();
    await settle(page, tracker);
    await restoredTo(3000, 'back on the event page');
    await page.goForward();
    await settle(page, tracker);
    await restoredTo(300, 'forward to the speakers page');

    // A fresh load with an #anchor opens at the anchor.
    await page.goto(`${event}/#post-title`);
    await settle(page, tracker);
    await page.waitForFunction(
      () => Math.abs(document.getElementById('post-title')?.getBoundingClientRect().top ?? 1e9) < 50,
      null,
      { timeout: 5000 },
    );
    expect(await scrollY()).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
  });

  it('returns to the same text, not only the same pixel, when an image above it arrives late', async () => {
    // A page loaded again (a reload, a Back from another site) gets its images anew: the cover above
    // the reader's place is empty until it arrives, so a restored pixel offset lands on other text.
    const event = [...bundle.events]
      .filter((e) => e.cover)
      .sort((a, b) => b.talks.length - a.talks.length)[0]!;
    const cover = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400" fill="#8ab"/></svg>`;
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      async (route) => {
        await sleep(300);
        if (route.request().url() !== event.cover) return route.abort('blockedbyclient');
        return route.fulfill({
          contentType: 'image/svg+xml',
          headers: { 'cache-control': 'no-store' },
          body: cover,
        });
      },
    );
    /** The innermost element of the page under the header, and where it is. */
    const atTop = () =>
      page.evaluate(() => {
        const el = document.elementsFromPoint(window.innerWidth / 2, 150).find((e) => e.closest('main'));
        return (
          el && { text: (el.textContent ?? '').slice(0, 40), top: Math.round(el.getBoundingClientRect().top) }
        );
      });
    const coverShown = () =>
      page.waitForFunction(
        () => (document.querySelector('.cover')?.getBoundingClientRect().height ?? 0) > 100,
      );

    await page.goto(eventPath(event.slug));
    await settle(page, tracker);
    await coverShown();
    await scrollTo(1500);
    const before = await atTop();
    expect(before?.text).toBeTruthy();

    // Clicked where it is: Playwright's click would first scroll the phone's header into view.
    await page.locator('header a[href="/speakers"]').dispatchEvent('click');
    await page.waitForURL(/\/speakers\/?$/, { waitUntil: 'commit' });
    await settle(page, tracker);
    await page.goBack();
    await settle(page, tracker);
    await coverShown();
    await sleep(300);
    expect(await atTop(), 'Back in the app').toEqual(before);

    await page.reload();
    await settle(page, tracker);
    await coverShown();
    await sleep(500);
    expect(await atTop(), 'after a reload').toEqual(before);
    expect(log.errors).toEqual([]);
  });

  it('keeps a prerendered page on screen until the app shows it complete, even with slow data', async () => {
    const event = longEvent();
    await page.addInitScript(recordFrames);
    const DELAY = 2000;
    await page.route('**/data/**', async (route) => {
      await sleep(DELAY);
      await route.fallback();
    });
    const started = Date.now();
    await page.goto(`${eventPath(event.slug)}/`);
    const f = await frames(page);
    expect(Date.now() - started, 'the app rendered only once the data came').toBeGreaterThanOrEqual(DELAY);

    const title = norm(event.title);
    const first = f.h1.findIndex((t) => t !== null);
    expect(first, 'the static page showed an <h1>').toBeGreaterThanOrEqual(0);
    const shown = f.h1.slice(first).map((t) => norm(t ?? ''));
    expect(
      shown.filter((t) => !t.includes(title)),
      'frames without the title after it first showed',
    ).toEqual([]);
    expect(
      f.h1AfterMutations.filter((t) => !norm(t ?? '').includes(title)),
      'DOM states without the title',
    ).toEqual([]);
    expect(f.skeleton, 'a skeleton replaced the content').toBe(false);
    expect(await page.locator('.prerendered').count(), 'the app took over').toBe(0);
    expect(norm(await page.locator('.app h1').innerText())).toContain(title);
    expect(log.errors).toEqual([]);
  });

  it('keeps the prerendered page when the app cannot load its data (offline, a broken deploy)', async () => {
    const event = longEvent();
    let failures = 0;
    await page.route('**/data/index.json', (route) => {
      failures++;
      return route.abort('internetdisconnected');
    });
    await page.goto(`${eventPath(event.slug)}/`);
    // The preload, the first fetch and the query's two retries (1 s, then 2 s apart): then the app gives up.
    await expect.poll(() => failures, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await sleep(4000);
    expect(await page.locator('[role="alert"]').count(), 'an error view replaced the page').toBe(0);
    expect(await page.locator('.prerendered').count(), 'the static page is gone').toBe(1);
    expect(norm(await page.locator('h1').first().innerText())).toContain(norm(event.title));
  });

  it('applies the theme the reader picked from the first frame, on prerendered pages too', async () => {
    const { context: ctx } = await openContext(browser, seeds.url, { colorScheme: 'light' });
    try {
      const p = await ctx.newPage();
      await p.goto('/');
      await p.evaluate(() => localStorage.setItem('event-browser.theme', 'dark'));
      await p.addInitScript(recordFrames);
      // The app's code arrives late, as on a slow network: only the tiny script in <head> can help.
      await p.route('**/assets/*.js', async (route) => {
        await sleep(1000);
        await route.fallback();
      });
      for (const path of ['/', `${eventPath(longEvent().slug)}/`, '/overview/']) {
        await p.goto(path);
        const f = await frames(p);
        expect(f.theme.length, `${path}: frames sampled`).toBeGreaterThan(0);
        expect(
          f.theme.filter((t) => t !== 'dark'),
          `${path}: frames without data-theme="dark"`,
        ).toEqual([]);
        expect(f.firstBackground, `${path}: first frame's background`).toBe('rgb(18, 20, 22)');
      }
    } finally {
      await ctx.close();
    }
  });
});
