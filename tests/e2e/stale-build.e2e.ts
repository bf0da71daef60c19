// A page opened before a redeploy, whose next route's code is gone from the host: the app loads the
// page again (once) and the reader gets the page they asked for from the new build; when the code is
// missing even then, an error says the site was updated, and the page does not reload in a loop.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openContext, settle, trackRequests, type PageLog } from './harness/browser';
import { requireBuilt, site } from './harness/site';

const seeds = site('seeds');
const SPEAKERS_CHUNK = /\/assets\/SpeakersPage-[\w-]+\.js$/;

describe('a page left open across a redeploy', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;
  let loads: number;

  beforeAll(async () => {
    requireBuilt(seeds);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, log } = await openContext(browser, seeds.url));
    page = await context.newPage();
    loads = 0;
    page.on('load', () => loads++);
    await page.goto('/');
    await settle(page, trackRequests(page));
    expect(loads).toBe(1);
  });
  afterEach(async () => {
    await context?.close();
  });

  /** The speakers page's code answers 404 `times` times (every time when omitted), as after a redeploy. */
  const chunkGone = (times?: number) =>
    page.route(SPEAKERS_CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }), { times });
  const openSpeakers = () => page.locator('header a[href="/speakers"]').click();

  it('loads the page again and shows the route from the new build', async () => {
    await chunkGone(1);
    await openSpeakers();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '讲师');
    expect(loads, 'the page was loaded again').toBe(2);
    expect(new URL(page.url()).pathname).toMatch(/^\/speakers\/?$/);
    await settle(page);
    expect(await page.locator('.error-view').count()).toBe(0);
    expect(log.errors).toEqual([]);
  });

  it('reloads once, not in a loop, and then says the site was updated', async () => {
    await chunkGone();
    await openSpeakers();
    // Loaded again at /speakers/: its code is still missing, so the prerendered page stays.
    await page.waitForFunction(
      () => document.querySelector('.prerendered h1')?.textContent === '讲师 Speakers',
    );
    await page.waitForTimeout(1000); // a reload loop would have shown by now
    expect(loads, 'one reload, no loop').toBe(2);
    expect(new URL(page.url()).pathname).toMatch(/^\/speakers\/?$/);

    // Moments later, in the app again: no second reload, an error that says why.
    await page.goto('/');
    await settle(page);
    await openSpeakers();
    await page.locator('.error-view').waitFor();
    expect(await page.locator('.error-view').innerText()).toContain('网站已更新');
    expect(loads).toBe(3);
  });
});
