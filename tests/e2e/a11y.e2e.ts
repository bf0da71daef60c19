// Accessibility: axe-core in Chromium finds no serious or critical violation on the timeline, an event
// page, a speaker page, the speakers list and search — in the light and the dark theme.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openContext, settle, trackRequests } from './harness/browser';
import { eventPath, readBundle, speakerPath } from './harness/bundle';
import { requireBuilt, site } from './harness/site';

const seeds = site('seeds');

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  let pages: [string, string][] = [];

  beforeAll(async () => {
    requireBuilt(seeds);
    const bundle = readBundle(seeds.dir);
    const event = [...bundle.events].sort((a, b) => b.talks.length - a.talks.length)[0];
    const speaker = [...bundle.speakers].sort((a, b) => b.talks.length - a.talks.length)[0];
    pages = [
      ['timeline', '/'],
      ['event page', event ? eventPath(event.slug) : '/events/none'],
      ['speaker page', speaker ? speakerPath(speaker.slug) : '/speakers/none'],
      ['speakers list', '/speakers'],
      ['search', '/search?q=mesh'],
    ];
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations (${colorScheme} theme)`, async () => {
      const { context } = await openContext(browser, seeds.url, { colorScheme });
      const page = await context.newPage();
      const tracker = trackRequests(page);
      const found: string[] = [];
      for (const [label, path] of pages) {
        await page.goto(path);
        await settle(page, tracker).catch((e: Error) =>
          found.push(`${label} ${path}: ${e.message.split('\n')[0]}`),
        );
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const where = v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ');
          found.push(`${label} ${path}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.length}×: ${where})`);
        }
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
});
