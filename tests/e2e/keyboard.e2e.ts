// The app with a keyboard alone, in Chromium on a desktop (the header is sticky there): the skip link
// focuses the content without touching the URL or history; opening a page by keyboard puts focus on its
// heading (what a screen reader then announces), or on the talk chosen in search; ↓/↑ in the search box
// keep the active result in view in the scrolling popup; Shift+Tab back up a long page never leaves the
// focused element under the sticky header. On the corpus build (the seeds when it is absent).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openContext, settle, trackRequests, type PageLog } from './harness/browser';
import { requireBuilt, site } from './harness/site';

const corpus = site('corpus');
const s = corpus.skipped ? site('seeds') : corpus;

/** The focused element: its tag, text and where it is on screen. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName,
      id: el.id,
      text: (el.innerText ?? '').trim().slice(0, 60),
      inHeader: !!el.closest('.site-header, .skip-link'),
      top: box.top,
      bottom: box.bottom,
      headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    };
  });
}

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

  it('the skip link focuses the content, without a history entry or #main in the URL', async () => {
    await open('/');
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('MAIN');
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The next Tab goes into the page, past the header.
    await page.keyboard.press('Tab');
    expect((await focused(page)).inHeader).toBe(false);
  });

  it('opening an event by keyboard puts focus on its heading', async () => {
    await open('/');
    const link = page.locator('a.event-title').first();
    const title = (await link.innerText()).trim();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events\//);
    await page.locator('.app h1', { hasText: title }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    expect((await focused(page)).text).toBe(title);
  });

  it('a talk chosen in the search box gets the focus, in view: the next Tab continues from there', async () => {
    await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('SOFARegistry');
    await page.waitForFunction(
      () => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === 'SOFARegistry',
    );
    // The talks are the second group; the options are numbered across groups.
    const firstTalk = await page.evaluate(() => {
      const groups = [...document.querySelectorAll('.search-popup [role="group"]')];
      const talks = groups.find((g) => g.textContent?.startsWith('议题'))!;
      const options = [...document.querySelectorAll('.search-popup [role="option"]')];
      return options.indexOf(talks.querySelector('[role="option"]')!);
    });
    expect(firstTalk).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= firstTalk; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#talk-/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect.poll(async () => (await focused(page)).id).toBe(id);
    const f = await focused(page);
    expect(f.tag).toBe('H3');
    expect(f.top).toBeGreaterThanOrEqual(f.headerBottom);
    expect(f.bottom).toBeLessThanOrEqual(800);
  });

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

  it('Shift+Tab up a long page never leaves focus under the sticky header', async () => {
    for (const path of ['/', '/speakers']) {
      await open(path);
      for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
      const obscured: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Shift+Tab');
        const f = await focused(page);
        if (f.inHeader || f.tag === 'BODY') continue;
        // The focus ring (3 px, 2 px away) must show too.
        if (f.top - 5 < f.headerBottom) obscured.push(`${f.text} (top ${Math.round(f.top)})`);
      }
      expect(obscured, `${path}: focused elements under the header`).toEqual([]);
    }
  });
});
