// The overview's charts stay readable: at a phone's width (390 px) and on a desktop (1280 px), in both
// languages, every piece of chart text renders at 11 px or more (SVG text counts at its scaled size),
// every label of the data is shown once and in full (no "Service Mes…"), and only the per-series year
// chart, whose colours mean something, has a legend; axe finds no serious or critical violation on
// the page in either theme. On the corpus build (the seeds when it is absent).
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openContext, settle } from './harness/browser';
import { requireBuilt, site } from './harness/site';

const corpus = site('corpus');
const s = corpus.skipped ? site('seeds') : corpus;

interface ChartText {
  text: string;
  /** Rendered font size in CSS pixels: the computed size times the SVG's scale for SVG text. */
  px: number;
  /** Its box clips it (overflow hidden or an ellipsis) and it is wider than the box. */
  clipped: boolean;
}

interface ChartFacts {
  title: string;
  /** The full labels of the data, from the chart's data table (its row headers). */
  labels: string[];
  /** The series of the data table's columns (between the label and the total), if any. */
  series: string[];
  /** Text on screen in the chart, outside its heading and data table. */
  texts: ChartText[];
  /** Text of the legend's entries, if the chart has a legend. */
  legend: string[] | null;
}

/** What each chart on the page shows. */
function readCharts(page: Page): Promise<ChartFacts[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.charts .chart')].map((chart) => {
      const table = chart.querySelector('table')!;
      const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      const texts: ChartText[] = [];
      const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        const el = node.parentElement!;
        if (!text || el.closest('h2, details, title, desc, .visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        let scale = 1;
        if (el instanceof SVGGraphicsElement) {
          const m = el.getScreenCTM()!;
          scale = Math.hypot(m.a, m.b);
        }
        let clipped = false;
        for (let box: HTMLElement | null = el instanceof HTMLElement ? el : null; box && box !== chart;) {
          const style = getComputedStyle(box);
          const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
          if (clips && box.scrollWidth > box.clientWidth + 1 && style.overflowX !== 'auto') clipped = true;
          box = box.parentElement;
        }
        texts.push({ text, px: size * scale, clipped });
      }
      const legend = chart.querySelector('.legend');
      return {
        title: chart.querySelector('h2')!.textContent!.trim(),
        labels: [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim()),
        series: head.length > 2 ? head.slice(1, -1) : [],
        texts,
        legend: legend ? [...legend.querySelectorAll('li')].map((li) => li.textContent!.trim()) : null,
      };
    }),
  );
}

describe(`the overview's charts on the ${s.name} build`, () => {
  let browser: Browser;

  beforeAll(async () => {
    requireBuilt(s);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases = [
    { width: 390, height: 844, phone: true },
    { width: 1280, height: 900, phone: false },
  ];
  for (const { width, height, phone } of cases) {
    for (const locale of ['zh-CN', 'en-US']) {
      it(`at ${width} px (${locale}): readable text, every label whole and once, a legend only for colours`, async () => {
        const { context, log } = await openContext(browser, s.url, {
          locale,
          viewport: { width, height },
          isMobile: phone,
          hasTouch: phone,
        });
        const page = await context.newPage();
        await page.goto('/overview');
        await settle(page);
        await page.locator('.charts .chart').nth(4).waitFor();
        const charts = await readCharts(page);
        await context.close();
        expect(log.errors).toEqual([]);
        expect(charts).toHaveLength(5);

        for (const c of charts) {
          expect.soft(c.labels.length, `rows in the data table of ${c.title}`).toBeGreaterThan(0);
          const small = c.texts.filter((t) => t.px < 11).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
          expect.soft(small, `text under 11 px in ${c.title}`).toEqual([]);
          const clipped = c.texts.filter((t) => t.clipped || t.text.endsWith('…')).map((t) => t.text);
          expect.soft(clipped, `cut text in ${c.title}`).toEqual([]);
          const shown = c.texts.map((t) => t.text);
          const notOnce = c.labels.filter((l) => shown.filter((t) => t === l).length !== 1);
          expect.soft(notOnce, `labels of ${c.title} not shown exactly once in full`).toEqual([]);
          if (c.series.length > 1) expect.soft(c.legend, `legend of ${c.title}`).toEqual(c.series);
          else expect.soft(c.legend, `a legend on the single-colour chart ${c.title}`).toBeNull();
        }
        // The stacked years chart is the one with series.
        expect(charts.filter((c) => c.series.length > 1)).toHaveLength(1);
      });
    }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation at 390 px (${colorScheme} theme)`, async () => {
      const { context } = await openContext(browser, s.url, {
        colorScheme,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      await page.goto('/overview');
      await settle(page);
      await page.locator('.charts .chart').nth(4).waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      await context.close();
      const found = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) => `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`,
        );
      expect(found).toEqual([]);
    });
  }
});
