// Absolute URLs of the site's pages and bundle files, shared by the feeds and the static pages.

/**
 * Normalises the configured site URL: absolute, ending in `/`, and including the deploy base path
 * (`BASE_PATH`) when the URL names only the origin. `https://x.io` + `/app/` → `https://x.io/app/`.
 */
export function resolveSiteUrl(
  siteUrl: string,
  basePath: string | undefined = process.env.BASE_PATH,
): string {
  const url = new URL(siteUrl);
  let path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const base = normalizeBasePath(basePath);
  if (base !== '/' && !path.endsWith(base)) path = `${path.replace(/\/$/, '')}${base}`;
  url.pathname = path;
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** `event-browser` → `/event-browser/`; empty or undefined → `/`. */
export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const seg = (slug: string) => encodeURIComponent(slug);

/** Page paths relative to the site root (no leading slash); a trailing slash, as static hosts serve them. */
export const pagePath = {
  home: () => '',
  event: (slug: string) => `events/${seg(slug)}/`,
  speakers: () => 'speakers/',
  speaker: (slug: string) => `speakers/${seg(slug)}/`,
};

/** Feed file paths relative to the bundle directory (`data/` on the site). */
export const feedPath = {
  calendar: () => 'events.ics',
  eventCalendar: (slug: string) => `events/${slug}.ics`,
  atom: () => 'atom.xml',
};

/** Where the bundle directory sits under the site root. */
export const DATA_DIR = 'data/';

export function absolute(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).toString();
}

export function dataUrl(siteUrl: string, fileInBundle: string): string {
  return absolute(siteUrl, DATA_DIR + fileInBundle.split('/').map(encodeURIComponent).join('/'));
}
