// Deep links that unfurl: for every event and speaker of the corpus build (the seeds when the corpus is
// absent), its URL on a plain static server returns its own prerendered page — right <title>, Open Graph
// tags, canonical URL and JSON-LD that parses (`Event` with startDate, `Person`) — without JavaScript,
// as a chat app or a crawler sees it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/browser';
import { eventPath, norm, readBundle, speakerPath, type Bundle } from './harness/bundle';
import { requireBuilt, site } from './harness/site';

interface Head {
  status: number;
  type: string;
  title: string;
  h1: string;
  meta: Record<string, string>;
  canonical: string | null;
  preload: string | null;
  jsonld: string[];
}

type Json = Record<string, unknown>;

/** Every object in parsed JSON-LD: top-level objects, arrays and @graph members. */
function nodes(data: unknown): Json[] {
  if (Array.isArray(data)) return data.flatMap(nodes);
  if (data && typeof data === 'object') {
    const o = data as Json;
    return [o, ...(o['@graph'] ? nodes(o['@graph']) : [])];
  }
  return [];
}
const hasType = (o: Json, t: string) => ([] as unknown[]).concat(o['@type']).includes(t);
const sameInstant = (a: string, b: string) =>
  a === b || (/T/.test(a) && /T/.test(b) && Date.parse(a) === Date.parse(b));

for (const name of ['corpus', 'seeds'] as const) {
  const s = site(name);
  // The corpus is the bar; the seeds stand in (and run too) so the check exists on any machine.
  describe.skipIf(!!s.skipped)(`prerendered pages of the ${name} build`, () => {
    let bundle: Bundle;
    let browser: Browser;
    let parser: Page;

    beforeAll(async () => {
      requireBuilt(s);
      bundle = readBundle(s.dir);
      // Chromium's HTML parser reads the fetched pages; no script of theirs runs (DOMParser).
      browser = await launchChromium();
      parser = await browser.newPage();
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** Fetches a page over HTTP as a chat app or crawler would (no JavaScript) and reads its head. */
    const head = async (path: string): Promise<Head> => {
      const res = await fetch(`${s.url}${path}`);
      const html = await res.text();
      const parsed = await parser.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const meta: Record<string, string> = {};
        for (const m of Array.from(doc.querySelectorAll('meta[property], meta[name]'))) {
          const k = m.getAttribute('property') ?? m.getAttribute('name') ?? '';
          if (!(k in meta)) meta[k] = m.getAttribute('content') ?? '';
        }
        return {
          title: doc.title,
          h1: doc.querySelector('h1')?.textContent ?? '',
          meta,
          canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          preload: doc.querySelector('link[rel="preload"][as="fetch"]')?.getAttribute('href') ?? null,
          jsonld: Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map(
            (e) => e.textContent ?? '',
          ),
        };
      }, html);
      return { status: res.status, type: res.headers.get('content-type') ?? '', ...parsed };
    };

    const checkCommon = (path: string, h: Head, name: string, problems: string[]): Json[] | null => {
      const want = norm(name);
      const p = (m: string) => problems.push(`${path}: ${m}`);
      if (h.status !== 200) {
        p(`status ${h.status}`);
        return null;
      }
      if (!h.type.includes('text/html')) p(`content-type ${h.type}`);
      if (!norm(h.title).includes(want)) p(`<title> «${h.title}» lacks «${want}»`);
      if (!norm(h.h1).includes(want)) p(`no <h1> with «${want}» without JavaScript (h1: «${h.h1}»)`);
      if (!norm(h.meta['og:title'] ?? '').includes(want)) p(`og:title «${h.meta['og:title'] ?? ''}»`);
      if (!h.meta['og:type']) p('no og:type');
      if (!h.meta['og:description']) p('no og:description');
      if (!h.meta['description']) p('no meta description');
      if (!h.meta['twitter:card']) p('no twitter:card');
      const pageUrl = `${path.replace(/\/$/, '')}/`;
      const ogUrl = h.meta['og:url'] ?? '';
      if (!/^https?:\/\//.test(ogUrl) || !new URL(ogUrl).pathname.endsWith(pageUrl)) p(`og:url «${ogUrl}»`);
      if (!h.canonical || !/^https?:\/\//.test(h.canonical)) p(`canonical «${h.canonical ?? ''}»`);
      // The index every page reads is fetched alongside the app's code, not after it.
      if (!h.preload?.endsWith('data/index.json')) p(`no preload of data/index.json («${h.preload ?? ''}»)`);
      const parsed: unknown[] = [];
      for (const text of h.jsonld) {
        try {
          parsed.push(JSON.parse(text));
        } catch (e) {
          p(`JSON-LD does not parse: ${(e as Error).message}`);
        }
      }
      if (h.jsonld.length === 0) p('no JSON-LD');
      return parsed.flatMap(nodes);
    };

    it(
      'every event URL returns its own page with title, Open Graph and Event JSON-LD',
      { timeout: 300_000 },
      async () => {
        const problems: string[] = [];
        expect(bundle.events.length).toBeGreaterThan(0);
        for (const e of bundle.events) {
          const path = eventPath(e.slug);
          const h = await head(path);
          const ld = checkCommon(path, h, e.title, problems);
          if (!ld) continue;
          if (e.cover && /^https?:/.test(e.cover) && !h.meta['og:image'])
            problems.push(`${path}: no og:image`);
          if (e.kind === 'event' && e.start) {
            const ev = ld.find(
              (o) => hasType(o, 'Event') || hasType(o, 'EducationEvent') || hasType(o, 'SocialEvent'),
            );
            if (!ev) problems.push(`${path}: no Event in JSON-LD`);
            else {
              if (norm(String(ev.name ?? '')) !== norm(e.title))
                problems.push(`${path}: Event name «${String(ev.name)}»`);
              const start = String(ev.startDate ?? '');
              if (!sameInstant(start, e.start))
                problems.push(`${path}: startDate «${start}», bundle «${e.start}»`);
              if (e.end && !sameInstant(String(ev.endDate ?? ''), e.end))
                problems.push(`${path}: endDate «${String(ev.endDate ?? '')}», bundle «${e.end}»`);
              if (!String(ev['@context'] ?? ld[0]?.['@context'] ?? '').includes('schema.org'))
                problems.push(`${path}: JSON-LD without schema.org @context`);
            }
          }
        }
        expect(problems, `${problems.length} problems over ${bundle.events.length} event pages`).toEqual([]);
      },
    );

    it(
      'every speaker URL returns its own page with title, Open Graph and Person JSON-LD',
      { timeout: 300_000 },
      async () => {
        const problems: string[] = [];
        for (const sp of bundle.speakers) {
          const path = speakerPath(sp.slug);
          const h = await head(path);
          const ld = checkCommon(path, h, sp.name, problems);
          if (!ld) continue;
          const person = ld.find((o) => hasType(o, 'Person'));
          if (!person) problems.push(`${path}: no Person in JSON-LD`);
          else if (norm(String(person.name ?? '')) !== norm(sp.name))
            problems.push(`${path}: Person name «${String(person.name)}»`);
        }
        expect(problems, `${problems.length} problems over ${bundle.speakers.length} speaker pages`).toEqual(
          [],
        );
      },
    );

    it('serves 404.html with status 404 for anything else', async () => {
      const res = await fetch(`${s.url}/no-such-page-e2e/`);
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/<html/i);
    });
  });
  if (s.skipped) console.warn(`[e2e] prerender checks on the ${name} build skipped: ${s.skipped}`);
}
