import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerender, type PrerenderResult } from '../../src/publish/prerender';
import { readIndex, listSiteUrls } from '../../src/publish/routes';
import { hangzhou, hostile } from '../feeds/fixtures';
import { makeFixtureDist } from './fixture-dist';

/** A small, forgiving reader of the tags the prerender writes. */
function head(html: string) {
  const meta = (attr: string, key: string) => {
    const re = new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`);
    const m = re.exec(html);
    return m ? decode(m[1]!) : null;
  };
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1];
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
  return {
    title: title === undefined ? null : decode(title),
    canonical: canonical ? decode(canonical) : null,
    meta,
    jsonLd,
  };
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('prerender at the site root', () => {
  let dist: string;
  let result: PrerenderResult;
  const read = (file: string) => readFile(path.join(dist, file), 'utf8');

  beforeAll(async () => {
    dist = await makeFixtureDist('/');
    result = prerender({ distDir: dist, siteUrl: 'https://events.example.org', basePath: '/' });
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('writes a page per event and speaker, the lists, 404, sitemap and robots', () => {
    for (const f of [
      'index.html',
      'events/sofameetup-4-hangzhou/index.html',
      'events/recruiting-contributors/index.html',
      'events/hostile/index.html',
      'speakers/index.html',
      'speakers/shi-jianwei/index.html',
      'speakers/li-si/index.html',
      'overview/index.html',
      '404.html',
      'sitemap.xml',
      'robots.txt',
    ]) {
      expect(result.files).toContain(f);
    }
  });

  it('an event page has its own title, description, canonical, OG and Twitter tags', async () => {
    const html = await read('events/sofameetup-4-hangzhou/index.html');
    const h = head(html);
    const url = 'https://events.example.org/events/sofameetup-4-hangzhou/';
    expect(h.title).toBe(`${hangzhou.title} · 活动浏览 · Event Browser`);
    expect(h.canonical).toBe(url);
    expect(h.meta('property', 'og:title')).toBe(hangzhou.title);
    expect(h.meta('name', 'twitter:title')).toBe(hangzhou.title);
    expect(h.meta('property', 'og:url')).toBe(url);
    expect(h.meta('property', 'og:image')).toBe(hangzhou.cover);
    expect(h.meta('name', 'twitter:card')).toBe('summary_large_image');
    expect(h.meta('name', 'twitter:image')).toBe(hangzhou.cover);
    const description = h.meta('name', 'description')!;
    expect(description).toContain('2021-03-21 14:00–17:00');
    expect(h.meta('property', 'og:description')).toBe(description);
    // exactly one title and one description: the shell's were replaced
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    // the shell's assets and CSP stay
    expect(html).toContain('src="/assets/index-abc123.js"');
    expect(html).toContain('Content-Security-Policy');
    // feeds
    expect(html).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(html).toContain('href="/data/events.ics"');
  });

  it('an event page has Event JSON-LD', async () => {
    const [ld] = head(await read('events/sofameetup-4-hangzhou/index.html')).jsonLd;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: hangzhou.title,
      startDate: '2021-03-21T14:00:00+08:00',
      endDate: '2021-03-21T17:00:00+08:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      url: 'https://events.example.org/events/sofameetup-4-hangzhou/',
      image: [hangzhou.cover],
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: '杭州', streetAddress: hangzhou.venue },
      },
      organizer: { '@type': 'Organization', name: 'SOFAMeetup' },
    });
    const performers = (ld!.performer as { '@type': string; name: string }[]).map(
      (p) => `${p['@type']}:${p.name}`,
    );
    expect(performers).toEqual(['Person:石建伟', 'Person:张三', 'Person:李四']);
    // Its summary only repeats the title: no description that says the name twice.
    expect(hangzhou.summary).toBe(hangzhou.title);
    expect(ld).not.toHaveProperty('description');
  });

  it('online and hybrid events get VirtualLocation and the right attendance mode', async () => {
    const [online] = head(await read('events/sofachannel-23/index.html')).jsonLd;
    expect(online!.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online!.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://live.example.org/room/1?a=1&b=2',
    });
    const [hybrid] = head(await read('events/kubecon-workshop-2023/index.html')).jsonLd;
    expect(hybrid!.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((hybrid!.location as { '@type': string }[]).map((l) => l['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
    expect(hybrid!.startDate).toBe('2023-08-19');
  });

  it('the content is readable without JavaScript', async () => {
    const html = await read('events/sofameetup-4-hangzhou/index.html');
    const root = /<div id="root">([\s\S]*)<\/div>\s*<\/body>/.exec(html)![1]!;
    expect(root).toContain(`<h1>${hangzhou.title}</h1>`);
    expect(root).toContain('蚂蚁集团 Service Mesh 进展回顾与展望');
    expect(root).toContain('href="/speakers/shi-jianwei/"');
    expect(root).toContain('href="/data/events/sofameetup-4-hangzhou.ics"');
    expect(root).toContain('学院路77号');
  });

  it('escapes a hostile title everywhere', async () => {
    const html = await read('events/hostile/index.html');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('javascript:');
    // only the shell's theme and module scripts and the JSON-LD script open a <script
    expect(html.match(/<script/g)).toHaveLength(3);
    const h = head(html);
    expect(h.title).toBe(`${hostile.title} · 活动浏览 · Event Browser`);
    expect(h.meta('property', 'og:title')).toBe(hostile.title);
    const [ld] = h.jsonLd;
    expect(ld!.name).toBe(hostile.title);
    expect(ld!.description).toBe(hostile.summary);
    expect(ld!.image).toBeUndefined(); // javascript: cover dropped
    expect((ld!.performer as { name: string }[])[0]!.name).toBe('<svg onload=alert(3)>');
  });

  it('a speaker page has Person JSON-LD and its talks', async () => {
    const html = await read('speakers/li-si/index.html');
    const h = head(html);
    expect(h.title).toBe('李四 · 活动浏览 · Event Browser');
    expect(h.canonical).toBe('https://events.example.org/speakers/li-si/');
    expect(h.meta('property', 'og:type')).toBe('profile');
    const [ld] = h.jsonLd;
    expect(ld).toMatchObject({
      '@type': 'Person',
      name: '李四',
      url: 'https://events.example.org/speakers/li-si/',
    });
    expect((ld!.performerIn as unknown[]).length).toBe(2);
    expect(html).toContain('href="/events/kubecon-workshop-2023/"');
  });

  it('home and speakers list have their own meta', async () => {
    const home = head(await read('index.html'));
    expect(home.title).toBe('活动浏览 · Event Browser');
    expect(home.canonical).toBe('https://events.example.org/');
    expect(home.jsonLd[0]!['@type']).toBe('WebSite');
    const speakers = head(await read('speakers/index.html'));
    expect(speakers.title).toBe('讲师 Speakers · 活动浏览 · Event Browser');
    expect(speakers.canonical).toBe('https://events.example.org/speakers/');
  });

  it("every page keeps the shell's theme script in <head>, so the reader's theme applies before paint", async () => {
    const pages = result.files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) {
      const headHtml = (await read(f)).split('</head>')[0]!;
      expect(headHtml, f).toContain('<script src="/theme-init.js"></script>');
    }
  });

  it('404.html is the shell with an empty root, noindex and no canonical', async () => {
    const html = await read('404.html');
    expect(html).toContain('src="/assets/index-abc123.js"');
    expect(html).toMatch(/<div id="root"><!--prerender:root--><!--\/prerender:root--><\/div>/);
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('rel="canonical"');
  });

  it('sitemap and robots use the site URL', async () => {
    const sitemap = await read('sitemap.xml');
    expect(sitemap).toContain('<loc>https://events.example.org/events/sofameetup-4-hangzhou/</loc>');
    expect(sitemap).toContain('<loc>https://events.example.org/speakers/li-si/</loc>');
    expect(await read('robots.txt')).toContain('Sitemap: https://events.example.org/sitemap.xml');
  });

  it('is idempotent: a second run over its own output gives the same files', async () => {
    const before = await read('index.html');
    const page = await read('events/hostile/index.html');
    prerender({ distDir: dist, siteUrl: 'https://events.example.org', basePath: '/' });
    expect(await read('index.html')).toBe(before);
    expect(await read('events/hostile/index.html')).toBe(page);
  });

  it('lists every URL of the site', async () => {
    const urls = listSiteUrls(readIndex(path.join(dist, 'data')), result.site);
    expect(urls).toContain('https://events.example.org/');
    expect(urls).toContain('https://events.example.org/events/recruiting-contributors/');
    expect(urls).toContain('https://events.example.org/speakers/');
    expect(urls).toContain('https://events.example.org/speakers/wang-wu/');
  });
});

describe('prerender under a base path', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await makeFixtureDist('/sub/');
    prerender({ distDir: dist, siteUrl: 'https://user.github.io/', basePath: '/sub/' });
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('puts the base path into canonical URLs, links, feeds and the sitemap', async () => {
    const html = await readFile(path.join(dist, 'events/sofameetup-4-hangzhou/index.html'), 'utf8');
    const h = head(html);
    expect(h.canonical).toBe('https://user.github.io/sub/events/sofameetup-4-hangzhou/');
    expect(html).toContain('href="/sub/speakers/shi-jianwei/"');
    expect(html).toContain('href="/sub/data/atom.xml"');
    expect(html).toContain('href="/sub/data/events/sofameetup-4-hangzhou.ics"');
    expect(h.jsonLd[0]!.url).toBe('https://user.github.io/sub/events/sofameetup-4-hangzhou/');
    const robots = await readFile(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://user.github.io/sub/sitemap.xml');
  });
});

describe('prerender of an announcement', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await makeFixtureDist('/');
    prerender({ distDir: dist, siteUrl: 'https://events.example.org', basePath: '/' });
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('describes a post that is not a dated gathering as an Article, not an Event', async () => {
    const html = await readFile(path.join(dist, 'events/recruiting-contributors/index.html'), 'utf8');
    const [ld] = head(html).jsonLd;
    expect(ld).toMatchObject({
      '@type': 'Article',
      url: 'https://events.example.org/events/recruiting-contributors/',
    });
    expect(ld).not.toHaveProperty('startDate');
  });
});
