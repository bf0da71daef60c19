// The app with a keyboard alone, in Chromium on a desktop: ↓/↑ in the search box keep the active result
// in view in the scrolling popup. On the corpus build (the seeds when it is absent).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openContext, settle, trackRequests, type PageLog } from './harness/browser';
import { requireBuilt, site } from './harness/site';

const corpus = site('corpus');
const s = corpus.skipped ? site('seeds') : corpus;

describe(`keyboard only (${s.name})`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    requireBuilt(s);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, log } = await openContext(browser, s.url, { viewport: { width: 1280, height: 800 } }));
    page = await context.newPage();
  });
  afterEach(async () => {
    expect(log.errors).toEqual([]);
    await context?.close();
  });

  const open = async (path: string) => {
    const tracker = trackRequests(page);
    await page.goto(path);
    await settle(page, tracker);
  };

  it('↓ and ↑ in the search box keep the active result in view', async () => {
    await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('mesh');
    const options = page.locator('.search-popup [role="option"]');
    await options.first().waitFor();
    await page.waitForFunction(
      () => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === 'mesh',
    );
    const count = await options.count();
    const hidden: string[] = [];
    const check = async (key: string) => {
      await page.keyboard.press(key);
      const seen = await page.evaluate(() => {
        const option = document.querySelector('[role="option"][aria-selected="true"]')!;
        const popup = document.querySelector('.search-popup')!.getBoundingClientRect();
        const box = option.getBoundingClientRect();
        const visible = box.top >= popup.top - 1 && box.bottom <= popup.bottom + 1;
        return visible ? null : (option.textContent ?? '').slice(0, 40);
      });
      if (seen !== null) hidden.push(`${key}: ${seen}`);
    };
    for (let i = 0; i < count; i++) await check('ArrowDown');
    for (let i = 0; i < count; i++) await check('ArrowUp');
    expect(hidden, 'active options outside the popup’s visible area').toEqual([]);
  });
});
