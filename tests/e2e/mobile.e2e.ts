// A phone's width (390 px): the pages fit the screen, the timeline's cards fit their content, and a
// post's tables keep their cells readable
// (words and times whole, the table scrolling sideways) instead of squeezing `9:00-9:30` into a column
// two digits wide (`9:0`/`0-`/`9:3`/`0`). On the corpus build, whose posts have tables (the seeds stand in when it is absent).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openContext, settle } from './harness/browser';
import { eventPath, readBundle, type Bundle } from './harness/bundle';
import { requireBuilt, site } from './harness/site';

const corpus = site('corpus');
const s = corpus.skipped ? site('seeds') : corpus;

describe(`a phone's width on the ${s.name} build`, () => {
  let bundle: Bundle;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBuilt(s);
    bundle = readBundle(s.dir);
    browser = await launchChromium();
    ({ context } = await openContext(browser, s.url, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    }));
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Words (Latin letters, digits, and the marks inside times and versions: `13:30`, `1.5`) that a line
   * break splits. A break after a hyphen (`13:00-` / `13:30`) is a normal one. */
  const splitWords = () =>
    page.evaluate(() => {
      const split: string[] = [];
      for (const cell of document.querySelectorAll('.post-body td, .post-body th')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(/[\w:.]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) split.push(m[0]);
          }
        }
      }
      return split;
    });

  it('keeps the words and times of post tables whole, and the page within the screen', async () => {
    const withTables = bundle.events.filter((e) => e.html.includes('<table')).slice(0, 4);
    if (s.name === 'corpus') expect(withTables.length, 'corpus events with a table').toBeGreaterThan(0);
    for (const e of withTables) {
      await page.goto(eventPath(e.slug));
      await settle(page);
      await page.locator('.post-body table').first().waitFor();
      expect(await splitWords(), `words split inside table cells of ${e.slug}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `page wider than the screen on ${e.slug}`).toBeLessThanOrEqual(0);
    }
  });

  it('fits each timeline card to its content: nothing clipped, at most a title line to spare', async () => {
    await page.goto('/');
    await settle(page);
    await page.locator('.event-row').first().waitFor();
    const cards = await page.evaluate(() => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return [...document.querySelectorAll<HTMLElement>('.vrow > .event-row')].map((card) => {
        const style = getComputedStyle(card);
        const inner = card.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        const parts = [...card.children].map((c) => c.getBoundingClientRect());
        const used = Math.max(...parts.map((r) => r.bottom)) - Math.min(...parts.map((r) => r.top));
        const meta = card.querySelector('.event-meta')!.getBoundingClientRect().height;
        const line = parseFloat(getComputedStyle(card.querySelector('.event-title')!).lineHeight);
        return {
          title: card.getAttribute('aria-label'),
          spare: (inner - used) / rem,
          titleLine: line / rem,
          meta: meta / rem,
        };
      });
    });
    expect(cards.length).toBeGreaterThan(2);
    for (const c of cards) {
      expect(c.spare, `${c.title}: content taller than its card`).toBeGreaterThanOrEqual(-0.05);
      // A one-line title leaves its second line free; nothing else should.
      expect(c.spare, `${c.title}: empty space in its card`).toBeLessThanOrEqual(c.titleLine + 0.25);
      expect(c.meta, `${c.title}: the meta line wraps`).toBeLessThanOrEqual(1.5);
    }
  });
});
