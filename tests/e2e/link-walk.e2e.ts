// Reachability: starting from `/` and clicking in-app links only (and going back), every event, talk,
// speaker and slide link in the bundle is reachable — on the seeds and on the corpus build.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickLink,
  harvestAnchors,
  launchChromium,
  openContext,
  pagePath,
  settle,
  trackRequests,
  type Anchor,
} from './harness/browser';
import { eventPath, norm, readBundle, slidesOf, speakerPath } from './harness/bundle';
import type { SiteInfo } from './harness/paths';
import { requireBuilt, site } from './harness/site';

interface WalkResult {
  /** Page paths reached, decoded. */
  visited: Set<string>;
  /** Visible text of each page reached. */
  text: Map<string, string>;
  /** Off-site links seen anywhere, by resolved URL. */
  external: Map<string, Anchor>;
  problems: string[];
}

function isAppPage(href: string, origin: string): boolean {
  const u = new URL(href);
  if (u.origin !== origin) return false;
  const p = pagePath(href);
  return !p.startsWith('/data/') && !/\.[a-z0-9]+$/i.test(p.split('/').pop() ?? '');
}

async function walk(browser: Browser, s: SiteInfo, headings: Map<string, string>): Promise<WalkResult> {
  const { context } = await openContext(browser, s.url);
  const page = await context.newPage();
  const tracker = trackRequests(page);
  const result: WalkResult = { visited: new Set(), text: new Map(), external: new Map(), problems: [] };
  const ready = async (path: string) => {
    const heading = headings.get(path);
    if (heading) await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
    await settle(page, tracker);
  };
  const at = (path: string) => page.waitForURL((u) => pagePath(u.href) === path);

  // Breadth first: each page is reached by clicking a link on the page that first showed it, then the
  // walk goes back. (Depth first would outgrow Chromium's 50-entry session history.)
  const tried = new Set<string>(['/']);
  const queue: { parent: string; target: string; raw: string }[] = [];
  const harvest = async (path: string) => {
    await ready(path);
    result.visited.add(path);
    result.text.set(path, norm(await page.locator('body').innerText()));
    for (const a of await harvestAnchors(page)) {
      if (!/^https?:/.test(a.href) || new URL(a.href).origin !== s.url) {
        if (!result.external.has(a.href)) result.external.set(a.href, a);
      } else if (isAppPage(a.href, s.url)) {
        const p = pagePath(a.href);
        if (!tried.has(p)) {
          tried.add(p);
          queue.push({ parent: path, target: p, raw: a.raw });
        }
      }
    }
  };

  await page.goto('/');
  await harvest('/');
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { parent, target, raw } = item;
    if (pagePath(page.url()) !== parent) {
      await page.goto(parent);
      await ready(parent);
    }
    try {
      await clickLink(page, raw);
      await at(target);
      await harvest(target);
    } catch (e) {
      result.problems.push(`from ${parent} to ${target}: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    try {
      await page.goBack();
      await at(parent);
      await ready(parent);
    } catch (e) {
      result.problems.push(`back from ${target} to ${parent}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  await context.close();
  return result;
}

function walkSuite(name: 'seeds' | 'corpus') {
  const s = site(name);
  describe.skipIf(!!s.skipped)(`link walk on the ${name} build`, () => {
    let browser: Browser;
    beforeAll(async () => {
      requireBuilt(s);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it(
      'reaches every event, talk, speaker and slide link from / by clicking',
      { timeout: 600_000 },
      async () => {
        const bundle = readBundle(s.dir);
        expect(bundle.events.length).toBeGreaterThan(0);
        const headings = new Map<string, string>();
        for (const e of bundle.events) headings.set(decodeURIComponent(eventPath(e.slug)), e.title);
        for (const sp of bundle.speakers) headings.set(decodeURIComponent(speakerPath(sp.slug)), sp.name);
        const r = await walk(browser, s, headings);
        const missing: string[] = [...r.problems];
        for (const e of bundle.events) {
          const p = decodeURIComponent(eventPath(e.slug));
          if (!r.visited.has(p)) {
            missing.push(`event ${p}`);
            continue;
          }
          const text = r.text.get(p) ?? '';
          for (const t of e.talks)
            if (!text.includes(norm(t.title))) missing.push(`talk ${e.slug}#${t.id} «${t.title}»`);
          for (const url of slidesOf(e)) {
            const a = r.external.get(new URL(url).href);
            if (!a) missing.push(`slide link ${url} (event ${e.slug})`);
            else if (!/\bnoopener\b/.test(a.rel) || !/\bnoreferrer\b/.test(a.rel))
              missing.push(`slide link ${url} has rel="${a.rel}"`);
          }
        }
        for (const sp of bundle.speakers) {
          const p = decodeURIComponent(speakerPath(sp.slug));
          if (!r.visited.has(p)) missing.push(`speaker ${p}`);
        }
        expect(
          missing,
          `${missing.length} unreachable of ${bundle.events.length} events, ${bundle.speakers.length} speakers`,
        ).toEqual([]);
      },
    );
  });
  if (s.skipped) console.warn(`[e2e] link walk on the ${name} build skipped: ${s.skipped}`);
}

walkSuite('seeds');
walkSuite('corpus');
