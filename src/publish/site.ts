// What a page needs to know about the deployment: the absolute site URL and the base path.
import { normalizeBasePath, resolveSiteUrl } from '../compiler/feeds';

export interface Site {
  /** Absolute, ends with `/`, includes the base path: `https://example.org/events/`. */
  url: string;
  /** Path prefix of every page and asset: `/` or `/events/`. */
  base: string;
  /** The site name (from the shell's `<title>`). */
  name: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:4173/';

export function makeSite(options: { siteUrl?: string; basePath?: string; name: string }): Site {
  const base = normalizeBasePath(options.basePath);
  const url = resolveSiteUrl(options.siteUrl || DEFAULT_SITE_URL, base);
  return { url, base, name: options.name };
}

/** A page path (`events/x/`) as an absolute URL. */
export function absoluteUrl(site: Site, path: string): string {
  return new URL(path, site.url).toString();
}

/** A page path (`events/x/`) as a root-relative href (`/base/events/x/`). */
export function href(site: Site, path: string): string {
  return `${site.base}${path}`;
}
