// The app on the seeds, as a reader uses it: timeline, filters, event, speaker, slides, deep links,
// history and the not-found page. Built with the real build and served by a plain static server.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clickLink,
  harvestAnchors,
  launchChromium,
  openContext,
  pagePath,
  settle,
  trackRequests,
  type PageLog,
} from './harness/browser';
import { eventPath, norm, readBundle, slidesOf, speakerPath, type Bundle } from './harness/bundle';
import { requireBuilt, site } from './harness/site';
import type { Event, EventSummary } from '../../src/model/types';

const seeds = site('seeds');

describe('the app on the seeds', () => {
  let browser: Browser;
  let bundle: Bundle;
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;
  let tracker: ReturnType<typeof trackRequests>;

  beforeAll(async () => {
    requireBuilt(seeds);
    bundle = readBundle(seeds.dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, log } = await openContext(browser, seeds.url));
    page = await context.newPage();
    tracker = trackRequests(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const go = async (path: string) => {
    const res = await page.goto(path);
    await settle(page, tracker);
    return res;
  };
  const h1 = () => page.locator('h1').first().innerText();
  const eventLinks = async () =>
    new Set(
      (await harvestAnchors(page))
        .filter((a) => new URL(a.href).origin === seeds.url && /^\/events\/[^/]+$/.test(pagePath(a.href)))
        .map((a) => pagePath(a.href).slice('/events/'.length)),
    );
  /** An event with talks that have speakers, the richest first. */
  const richEvent = (): Event => {
    const e = [...bundle.events]
      .filter((x) => x.talks.some((t) => t.speakers.length > 0))
      .sort((a, b) => b.talks.length - a.talks.length)[0];
    if (!e) throw new Error('no seed event has a talk with a speaker: the compiler finds no talks');
    return e;
  };

  it('opens the timeline with every event of the bundle', async () => {
    const res = await go('/');
    expect(res?.status()).toBe(200);
    expect(await h1()).toContain('活动时间线');
    expect(bundle.index.events.length).toBeGreaterThan(0);
    expect(await eventLinks()).toEqual(new Set(bundle.index.events.map((e) => e.slug)));
    for (const e of bundle.index.events)
      await page.getByText(norm(e.title), { exact: false }).first().waitFor();
    expect(log.errors).toEqual([]);
  });

  it('filters the timeline, keeps the filter in the URL, across a reload and back from an event', async () => {
    const events = bundle.index.events;
    // A filter value that some but not all events have.
    const facets: {
      key: string;
      label: string;
      value: (e: EventSummary) => string | null;
      shown?: (v: string) => RegExp;
    }[] = [
      { key: 'series', label: '系列', value: (e) => e.series },
      { key: 'city', label: '城市', value: (e) => e.city },
      { key: 'year', label: '年份', value: (e) => e.start?.slice(0, 4) ?? null },
    ];
    let chosen: { key: string; label: string; v: string; expected: Set<string> } | null = null;
    for (const f of facets) {
      for (const v of new Set(events.map(f.value).filter((x): x is string => !!x))) {
        const expected = new Set(events.filter((e) => f.value(e) === v).map((e) => e.slug));
        if (expected.size < events.length) {
          chosen = { key: f.key, label: f.label, v, expected };
          break;
        }
      }
      if (chosen) break;
    }
    if (!chosen) throw new Error('the seeds give no filter that narrows the list');
    await go('/');
    const control = page.getByLabel(chosen.label).first();
    await control.waitFor();
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') {
      const v = chosen.v;
      const value = await control.evaluate(
        (el, want) =>
          Array.from((el as HTMLSelectElement).options).find((o) => o.value === want || o.text.includes(want))
            ?.value ?? null,
        v,
      );
      expect(value, `option ${v} in the ${chosen.label} filter`).not.toBeNull();
      await control.selectOption(value!);
    } else {
      await page
        .getByRole('group', { name: chosen.label })
        .getByRole('button', { name: chosen.v })
        .or(page.getByRole('group', { name: chosen.label }).getByRole('radio', { name: chosen.v }))
        .or(page.getByRole('group', { name: chosen.label }).getByRole('link', { name: chosen.v }))
        .first()
        .click();
    }
    await page.waitForURL((u) => u.searchParams.get(chosen.key) === chosen.v);
    await settle(page, tracker);
    expect(await eventLinks()).toEqual(chosen.expected);
    const filtered = page.url();
    await page.reload();
    await settle(page, tracker);
    expect(page.url()).toBe(filtered);
    expect(await eventLinks()).toEqual(chosen.expected);
    // Into an event of the filtered list and back: the filter is still there.
    const first = [...chosen.expected][0]!;
    await clickLink(
      page,
      (await harvestAnchors(page)).find((a) => pagePath(a.href) === eventPath(first))!.raw,
    );
    await page.waitForURL((u) => pagePath(u.href) === decodeURIComponent(eventPath(first)));
    await settle(page, tracker);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get(chosen.key) === chosen.v);
    await settle(page, tracker);
    expect(await eventLinks()).toEqual(chosen.expected);
    // The shared URL opens the same view in a fresh tab.
    const other = await context.newPage();
    await other.goto(filtered);
    await settle(other);
    expect(await other.locator('h1').first().innerText()).toContain('活动时间线');
    await other.close();
  });

  it('opens an event from the timeline', async () => {
    const e = richEvent();
    await go('/');
    await clickLink(
      page,
      (await harvestAnchors(page)).find((a) => pagePath(a.href) === eventPath(e.slug))!.raw,
    );
    await page.waitForURL((u) => pagePath(u.href) === decodeURIComponent(eventPath(e.slug)));
    await settle(page, tracker);
    expect(norm(await h1())).toContain(norm(e.title));
    const text = norm(await page.locator('body').innerText());
    for (const t of e.talks) expect(text, `talk ${t.id} on the event page`).toContain(norm(t.title));
    expect(log.errors).toEqual([]);
  });

  it('follows a speaker from an event page to the profile', async () => {
    const e = richEvent();
    const ref = e.talks.flatMap((t) => t.speakers)[0]!;
    const speaker = bundle.speakers.find((s) => s.slug === ref.slug);
    expect(speaker, `speakers/${ref.slug}.json`).toBeDefined();
    await go(eventPath(e.slug));
    const link = (await harvestAnchors(page)).find(
      (a) => pagePath(a.href) === decodeURIComponent(speakerPath(ref.slug)),
    );
    expect(link, `a link to ${speakerPath(ref.slug)} on ${eventPath(e.slug)}`).toBeDefined();
    await clickLink(page, link!.raw);
    await page.waitForURL((u) => pagePath(u.href) === decodeURIComponent(speakerPath(ref.slug)));
    await settle(page, tracker);
    expect(norm(await h1())).toContain(norm(speaker!.name));
    // The profile lists the talk and links back to its event.
    const body = norm(await page.locator('body').innerText());
    for (const t of speaker!.talks) expect(body).toContain(norm(t.title));
    const back = (await harvestAnchors(page)).map((a) => pagePath(a.href));
    expect(back).toContain(decodeURIComponent(eventPath(e.slug)));
  });

  it('offers every slide deck as a safe download link', async () => {
    const withSlides = bundle.events.filter((e) => slidesOf(e).length > 0);
    expect(withSlides.length, 'seed events with slide links in the bundle').toBeGreaterThan(0);
    for (const e of withSlides) {
      await go(eventPath(e.slug));
      const anchors = await harvestAnchors(page);
      for (const url of slidesOf(e)) {
        const a = anchors.find((x) => x.raw === url || x.href === url);
        expect(a, `a link to ${url} on ${eventPath(e.slug)}`).toBeDefined();
        const rel = a!.rel.split(/\s+/);
        expect(rel, `rel of the link to ${url}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
      // A talk's deck is a clearly named download.
      for (const t of e.talks.filter((x) => x.slides.length > 0)) {
        const named = page.getByRole('link', { name: /讲义/ });
        const hrefs = await named.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
        expect(hrefs, `a 下载讲义 link for talk ${t.id} of ${e.slug}`).toEqual(
          expect.arrayContaining([t.slides[0]]),
        );
      }
    }
  });

  it('loads the images of a post without a Referer', async () => {
    const e = bundle.events.find((x) => /<img src="https:/.test(x.html))!;
    expect(e, 'a seed event with an image in its post').toBeDefined();
    const referers: (string | undefined)[] = [];
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
      'base64',
    );
    await page.route(/^https:\/\//, (route) => {
      if (route.request().resourceType() === 'image') referers.push(route.request().headers()['referer']);
      return route.fulfill({ status: 200, contentType: 'image/png', body: png });
    });
    try {
      await go(eventPath(e.slug));
      await page.locator('.post-body img').last().scrollIntoViewIfNeeded();
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.post-body img')].every((img) => img.complete),
      );
      expect(referers.length).toBeGreaterThan(0);
      expect(referers.filter((r) => r !== undefined)).toEqual([]);
    } finally {
      await page.unroute(/^https:\/\//);
    }
  });

  it('loads deep links directly from the static server, and on reload', async () => {
    const e = richEvent();
    const ref = e.talks.flatMap((t) => t.speakers)[0]!;
    const speaker = bundle.speakers.find((s) => s.slug === ref.slug)!;
    for (const [path, title] of [
      [eventPath(e.slug), e.title],
      [speakerPath(speaker.slug), speaker.name],
      [`${eventPath(e.slug)}/`, e.title],
    ] as const) {
      const res = await go(path);
      expect(res?.status(), `status of ${path}`).toBe(200);
      expect(norm(await h1())).toContain(norm(title));
      await page.reload();
      await settle(page, tracker);
      expect(norm(await h1()), `${path} after reload`).toContain(norm(title));
    }
    await go('/speakers');
    expect(await h1()).toContain('讲师');
    expect(log.errors).toEqual([]);
  });

  it('filters the speakers list by pinyin', async () => {
    const all = bundle.index.speakers;
    const chinese = all.find((s) => s.pinyin.length > 0)!;
    const query = chinese.pinyin[0]!.replace(/ /g, ''); // e.g. `wusheng`
    const matching = all.filter((s) => s.pinyin.some((p) => p.replace(/ /g, '').startsWith(query)));
    expect(matching.length).toBeLessThan(all.length);
    await go('/speakers');
    await page.getByRole('searchbox', { name: /筛选/ }).fill(query);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.speaker-card').length === n,
      matching.length,
    );
    const cards = await page.locator('.speaker-card').allInnerTexts();
    expect(cards.some((text) => text.includes(chinese.name))).toBe(true);
  });

  it('goes back and forward through timeline, event and speaker', async () => {
    const e = richEvent();
    const ref = e.talks.flatMap((t) => t.speakers)[0]!;
    const speaker = bundle.speakers.find((s) => s.slug === ref.slug)!;
    const atPath = (p: string) => page.waitForURL((u) => pagePath(u.href) === decodeURIComponent(p));
    await go('/');
    await clickLink(
      page,
      (await harvestAnchors(page)).find((a) => pagePath(a.href) === eventPath(e.slug))!.raw,
    );
    await atPath(eventPath(e.slug));
    await settle(page, tracker);
    await clickLink(
      page,
      (await harvestAnchors(page)).find(
        (a) => pagePath(a.href) === decodeURIComponent(speakerPath(ref.slug)),
      )!.raw,
    );
    await atPath(speakerPath(ref.slug));
    await settle(page, tracker);
    expect(norm(await h1())).toContain(norm(speaker.name));
    await page.goBack();
    await atPath(eventPath(e.slug));
    await settle(page, tracker);
    expect(norm(await h1())).toContain(norm(e.title));
    await page.goBack();
    await atPath('/');
    await settle(page, tracker);
    expect(await h1()).toContain('活动时间线');
    await page.goForward();
    await atPath(eventPath(e.slug));
    await settle(page, tracker);
    expect(norm(await h1())).toContain(norm(e.title));
    await page.goForward();
    await atPath(speakerPath(ref.slug));
    await settle(page, tracker);
    expect(norm(await h1())).toContain(norm(speaker.name));
  });

  it('shows a helpful not-found page for unknown slugs and paths', async () => {
    for (const [path, said] of [
      ['/events/no-such-event-e2e', '没有名为「no-such-event-e2e」的活动'],
      ['/speakers/no-such-speaker-e2e', '没有名为「no-such-speaker-e2e」的讲师'],
      ['/no/such/page-e2e', null],
    ] as const) {
      await go(path);
      const heading = page.getByRole('heading', { name: '没有找到这个页面' });
      await heading.waitFor();
      if (said) await page.getByText(said).first().waitFor();
      const home = page.getByRole('link', { name: '回到时间线' });
      await home.waitFor();
      expect(pagePath(await home.evaluate((a) => (a as HTMLAnchorElement).href))).toBe('/');
    }
    // Unknown paths are a real 404 on the static host, with the app's own page as body.
    const res = await page.goto('/no/such/page-e2e');
    expect(res?.status()).toBe(404);
    // The folder of the event pages is the timeline, not a not-found page guessing at an event.
    expect((await go('/events/'))?.status()).toBe(200);
    await page.waitForURL((u) => pagePath(u.href) === '/');
    expect(await h1()).toContain('时间线');
    expect(log.errors).toEqual([]);
  });

  it('follows the system theme until the reader picks one, and remembers the pick', async () => {
    const LIGHT_BG = 'rgb(247, 247, 244)';
    const DARK_BG = 'rgb(18, 20, 22)';
    for (const [system, pick, expected] of [
      ['light', null, LIGHT_BG],
      ['dark', null, DARK_BG],
      ['light', 'dark', DARK_BG],
      ['dark', 'light', LIGHT_BG],
    ] as const) {
      const { context: ctx } = await openContext(browser, seeds.url, { colorScheme: system });
      const p = await ctx.newPage();
      await p.goto('/');
      const control = p.getByLabel('主题').first();
      await control.waitFor();
      if (pick) await control.selectOption(pick);
      const background = () => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background(), `system ${system}, picked ${pick ?? 'nothing'}`).toBe(expected);
      await p.reload();
      await control.waitFor();
      expect(await background(), `after a reload: system ${system}, picked ${pick ?? 'nothing'}`).toBe(
        expected,
      );
      await ctx.close();
    }
  });

  it('switches the interface to English and remembers it', async () => {
    await go('/');
    const control = page.getByLabel('语言').first();
    await control.waitFor();
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') {
      const value = await control.evaluate(
        (el) =>
          Array.from((el as HTMLSelectElement).options).find((o) =>
            /^en|english/i.test(o.value + ' ' + o.text),
          )?.value ?? null,
      );
      await control.selectOption(value!);
    } else {
      await page
        .getByRole('button', { name: /English|EN/ })
        .or(page.getByRole('radio', { name: /English|EN/ }))
        .first()
        .click();
    }
    await page.getByRole('heading', { level: 1, name: 'Event timeline' }).waitFor();
    await page.reload();
    await settle(page, tracker);
    expect(await h1()).toContain('Event timeline');
  });
});
