// Hostile posts (tests/fixtures/hostile-posts): built like any content, every page opened in Chromium.
// Nothing from a post may run (no alert, no __pwn call, no window.__pwned), navigate, or reach the host
// pwned.invalid; only http(s)/mailto links survive; no event handler attributes, frames, forms, styles
// or refresh tags from posts reach the DOM; every page ships a Content-Security-Policy.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pagePath, settle, trackRequests } from './harness/browser';
import { eventPath, readBundle, speakerPath, type Bundle } from './harness/bundle';
import { requireBuilt, site } from './harness/site';

const hostile = site('hostile');

interface Findings {
  ran: string[];
  navigated: string[];
  requests: string[];
}

/** Inspects the DOM of the loaded page for anything unsafe that came from a post. */
function inspectDom(): string[] {
  const bad: string[] = [];
  const urlAttrs = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'data',
    'poster',
    'background',
    'ping',
    'srcset',
  ];
  const okProtocol = (value: string, attr: string) => {
    let u: URL;
    try {
      u = new URL(value, document.baseURI);
    } catch {
      return true; // not a URL a browser would follow
    }
    if (u.protocol === 'http:' || u.protocol === 'https:') return true;
    return u.protocol === 'mailto:' && (attr === 'href' || attr === 'xlink:href');
  };
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) bad.push(`${describe(el)} has ${name}="${attr.value.slice(0, 60)}"`);
      if (name === 'srcdoc') bad.push(`${describe(el)} has srcdoc`);
      if (urlAttrs.includes(name)) {
        const value = attr.value.trim();
        let host = '';
        try {
          host = new URL(value, document.baseURI).hostname;
        } catch {
          // not a URL
        }
        // The app's own <link> tags (a data: favicon) are not links a reader follows.
        const own = el.tagName === 'LINK' && el.closest('head');
        if (/pwned/i.test(host) || (!own && !okProtocol(value, name)))
          bad.push(`${describe(el)} ${name}="${value.slice(0, 80)}"`);
      }
    }
  }
  for (const sel of ['iframe', 'frame', 'object', 'embed', 'base', 'meta[http-equiv="refresh" i]']) {
    for (const el of Array.from(document.querySelectorAll(sel)))
      bad.push(`${describe(el)} present (${el.outerHTML.slice(0, 80)})`);
  }
  for (const el of Array.from(document.querySelectorAll('style'))) {
    if (/pwned|display:\s*none/i.test(el.textContent ?? '') && el.closest('body'))
      bad.push(`post <style> in the body: ${(el.textContent ?? '').slice(0, 60)}`);
  }
  for (const f of Array.from(document.querySelectorAll('form'))) {
    if (/pwned|password/i.test(f.outerHTML)) bad.push(`post <form> present: ${f.outerHTML.slice(0, 80)}`);
  }
  for (const m of Array.from(
    document.querySelectorAll('meta[property="og:image"], meta[property="og:url"]'),
  )) {
    const c = m.getAttribute('content') ?? '';
    if (!/^https?:\/\//i.test(c)) bad.push(`${m.getAttribute('property')} content="${c.slice(0, 80)}"`);
  }
  const root = document.body;
  if (root && getComputedStyle(root).display === 'none')
    bad.push('the body is hidden (a post style applied)');
  return bad;
}

/** The page's CSP from a <meta http-equiv>, and what is wrong with it. */
function inspectCsp(): { csp: string | null; problems: string[] } {
  const metas = Array.from(document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]'));
  const csp = metas.map((m) => m.getAttribute('content') ?? '').join('; ') || null;
  const problems: string[] = [];
  if (!csp) return { csp, problems: ['no Content-Security-Policy meta tag'] };
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!.toLowerCase(), d.slice(1)] as const),
  );
  const script = directives.get('script-src') ?? directives.get('default-src');
  if (!script) problems.push('CSP restricts no scripts (no script-src or default-src)');
  else {
    if (script.includes("'unsafe-inline'") && !script.some((s) => /^'(nonce|sha\d+)-/.test(s)))
      problems.push("CSP allows 'unsafe-inline' scripts");
    if (script.includes("'unsafe-eval'")) problems.push("CSP allows 'unsafe-eval'");
    if (script.includes('*') || script.includes('data:'))
      problems.push(`CSP script sources too wide: ${script.join(' ')}`);
  }
  const objects = directives.get('object-src') ?? directives.get('default-src');
  if (!objects || !(objects.includes("'none'") || objects.includes("'self'")))
    problems.push('CSP does not limit object-src');
  return { csp, problems };
}

describe('hostile posts', () => {
  let browser: Browser;
  let bundle: Bundle;

  beforeAll(async () => {
    requireBuilt(hostile);
    bundle = readBundle(hostile.dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pages = () => [
    '/',
    '/speakers',
    '/search?q=pwn',
    '/no-such-page-e2e',
    ...bundle.events.map((e) => eventPath(e.slug)),
    ...bundle.speakers.map((s) => speakerPath(s.slug)),
  ];

  async function watch(origin: string): Promise<{ context: BrowserContext; page: Page; f: Findings }> {
    const f: Findings = { ran: [], navigated: [], requests: [] };
    const context = await browser.newContext({ baseURL: origin, locale: 'zh-CN' });
    context.setDefaultTimeout(15_000);
    // Every payload calls __pwn or sets __pwned; record both in every frame.
    await context.addInitScript(() => {
      const w = window as unknown as { __pwn: (id: unknown) => void; __pwnLog: string[] };
      w.__pwnLog = [];
      w.__pwn = (id) => {
        w.__pwnLog.push(String(id));
        try {
          if (window.top !== window)
            (window.top as unknown as { __pwnLog?: string[] }).__pwnLog?.push(`frame:${String(id)}`);
        } catch {
          // cross-origin top
        }
      };
    });
    await context.route(
      (u) => u.hostname !== '127.0.0.1',
      (route) => {
        const url = route.request().url();
        if (/pwned/i.test(url)) f.requests.push(url);
        return route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    page.on('dialog', (d) => {
      f.ran.push(`${d.type()}(${d.message()})`);
      void d.dismiss();
    });
    return { context, page, f };
  }

  it('builds every hostile post into the bundle', () => {
    // body-html, front-matter-yaml, front-matter-toml, sofa-slides-bundle: nothing is dropped.
    expect(bundle.events.length).toBeGreaterThanOrEqual(4);
    expect(bundle.speakers.length, 'speakers from the hostile posts').toBeGreaterThan(0);
  });

  it(
    'runs no script, navigates nowhere and keeps only safe links on any page',
    { timeout: 300_000 },
    async () => {
      const { context, page, f } = await watch(hostile.url);
      const tracker = trackRequests(page);
      const problems: string[] = [];
      for (const path of pages()) {
        let expected = '';
        const onNav = (frame: import('playwright-core').Frame) => {
          if (frame !== page.mainFrame() || !expected) return;
          const u = new URL(frame.url());
          if (u.origin !== hostile.url || pagePath(u.href) !== expected)
            f.navigated.push(`${path} → ${frame.url()}`);
        };
        page.on('framenavigated', onNav);
        await page.goto(path);
        expected = pagePath(page.url());
        await settle(page, tracker).catch((e: Error) => problems.push(`${path}: ${e.message}`));
        // Let refresh tags, image errors and timers fire before looking.
        await page.waitForLoadState('networkidle');
        const pwned = await page.evaluate(() => {
          const w = window as unknown as { __pwnLog: string[]; __pwned?: unknown };
          return [...w.__pwnLog, ...(w.__pwned === undefined ? [] : [`__pwned=${String(w.__pwned)}`])];
        });
        for (const p of pwned) problems.push(`${path}: script ran: ${p}`);
        for (const b of await page.evaluate(inspectDom)) problems.push(`${path}: ${b}`);
        page.off('framenavigated', onNav);
      }
      for (const r of f.ran) problems.push(`dialog opened: ${r}`);
      for (const n of f.navigated) problems.push(`navigated: ${n}`);
      for (const r of f.requests) problems.push(`request to ${r}`);
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it('keeps prerendered pages intact: JSON-LD parses, titles stay text', async () => {
    const problems: string[] = [];
    for (const path of pages().filter((p) => p.startsWith('/events/') || p.startsWith('/speakers/'))) {
      const res = await fetch(`${hostile.url}${path}/`);
      const html = await res.text();
      if (res.status !== 200) {
        problems.push(`${path}: status ${res.status}`);
        continue;
      }
      // Nothing from a post may open a script element of its own.
      const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
      for (const tag of scripts) {
        if (!/type="application\/ld\+json"/i.test(tag) && !/\ssrc=/.test(tag))
          problems.push(`${path}: unexpected ${tag}`);
      }
      // The payload text may appear, but only escaped: never inside live markup other than a
      // text-only element's attribute value (meta content, title text).
      const markup = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gi, '');
      for (const m of markup.matchAll(/<[^>]*__pwn\([^>]*>/g)) {
        if (!/^<(meta|title|link)\b/i.test(m[0])) problems.push(`${path}: live markup ${m[0].slice(0, 80)}`);
      }
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gi)) {
        try {
          JSON.parse(m[1]!);
        } catch (e) {
          problems.push(`${path}: JSON-LD broken: ${(e as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('ships a Content-Security-Policy on every page', async () => {
    const { context, page } = await watch(hostile.url);
    const problems: string[] = [];
    for (const path of pages()) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      const { problems: p } = await page.evaluate(inspectCsp);
      for (const x of p) problems.push(`${path}: ${x}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
