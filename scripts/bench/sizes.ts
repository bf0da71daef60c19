// Byte counts: the app's initial JS+CSS (what index.html loads before any lazy chunk) and bundle files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Sized {
  raw: number;
  gzip: number;
}

/** gzip at level 9, as `gzip -9` and most static hosts' precompressed assets. */
export function gzipSize(buf: Buffer | string): number {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

export function fileSize(file: string): Sized {
  const b = fs.readFileSync(file);
  return { raw: b.length, gzip: gzipSize(b) };
}

export interface InitialAssets extends Sized {
  files: { file: string; kind: 'script' | 'modulepreload' | 'stylesheet'; raw: number; gzip: number }[];
  /** index.html itself (not counted in raw/gzip above). */
  html: Sized;
}

/**
 * The JS and CSS index.html loads up front: `<script type="module" src>`, `<link rel="modulepreload">`
 * and `<link rel="stylesheet">` with local URLs. Lazy chunks (dynamic imports) are not counted.
 */
export function initialAssets(appDir: string, base = '/'): InitialAssets {
  const htmlFile = path.join(appDir, 'index.html');
  const html = fs.readFileSync(htmlFile, 'utf8');
  const files: InitialAssets['files'] = [];
  const seen = new Set<string>();
  const add = (url: string, kind: InitialAssets['files'][number]['kind']) => {
    if (/^[a-z]+:|^\/\//i.test(url)) return;
    const rel = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\.?\//, '');
    if (seen.has(rel)) return;
    seen.add(rel);
    const s = fileSize(path.join(appDir, rel));
    files.push({ file: rel, kind, ...s });
  };
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) add(src, 'script');
    } else {
      const rel = (attr('rel') ?? '').toLowerCase();
      const href = attr('href');
      if (!href) continue;
      if (rel === 'modulepreload') add(href, 'modulepreload');
      else if (rel === 'stylesheet') add(href, 'stylesheet');
    }
  }
  return {
    files,
    raw: files.reduce((a, f) => a + f.raw, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
    html: fileSize(htmlFile),
  };
}

/** All JS and CSS files of the build, for context (lazy chunks included). */
export function allAssets(appDir: string): Sized & { count: number } {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  for (const e of fs.readdirSync(appDir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.(m?js|css)$/.test(e.name)) continue;
    const rel = path.relative(appDir, path.join(e.parentPath, e.name));
    if (rel.split(path.sep)[0] === 'data') continue;
    const s = fileSize(path.join(e.parentPath, e.name));
    raw += s.raw;
    gzip += s.gzip;
    count++;
  }
  return { raw, gzip, count };
}

export function kb(n: number | null | undefined): string {
  return n == null ? '–' : `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
}

export function mb(n: number | null | undefined): string {
  return n == null ? '–' : `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
