// Every URL the site has, for the sitemap, the prerender and browser tests.
import fs from 'node:fs';
import path from 'node:path';
import type { BundleIndex } from '../model/types';
import { pagePath } from '../compiler/feeds';
import { absoluteUrl, type Site } from './site';

export type PageKind = 'home' | 'event' | 'speakers' | 'speaker' | 'app';

/** Routes of the app with no data of their own: prerendered as the bare shell with a title. */
export const APP_ROUTES: { path: string; title: string }[] = [
  { path: 'overview/', title: '概览 Overview' },
  { path: 'search/', title: '搜索 Search' },
  // The folder of the event pages: the app takes it to the timeline (a static server might list the folder).
  { path: 'events/', title: '活动 Events' },
];

export interface SitePage {
  kind: PageKind;
  /** Event or speaker slug; null for home and the speakers list. */
  slug: string | null;
  /** Relative to the site root, `events/<slug>/` (empty for home). */
  path: string;
  /** Absolute URL (site URL + path). */
  url: string;
  /** The page's `<title>`. */
  title: string;
  /** Its `og:title`/`twitter:title`: the event or speaker name alone. */
  shareTitle: string;
  /** The prerendered file, relative to `dist/`. */
  file: string;
}

export function pageTitle(kind: PageKind, name: string | null, siteName: string): string {
  if (kind === 'home' || !name) return siteName;
  if (kind === 'speakers') return `讲师 Speakers · ${siteName}`;
  return `${name} · ${siteName}`;
}

/** A slug that can name a folder: no separators, not `.` or `..`, no control characters. */
export function isSafeSlug(slug: string): boolean {
  // eslint-disable-next-line no-control-regex
  return slug.length > 0 && slug !== '.' && slug !== '..' && !/[/\\\u0000-\u001f]/.test(slug);
}

/** The pages of a bundle: home, every event, the speakers list, every speaker. */
export function listSitePages(index: BundleIndex, site: Site): SitePage[] {
  const page = (kind: PageKind, slug: string | null, p: string, name: string | null): SitePage => ({
    kind,
    slug,
    path: p,
    url: absoluteUrl(site, p),
    title: pageTitle(kind, name, site.name),
    shareTitle: kind === 'speakers' ? '讲师 Speakers' : (name ?? site.name),
    file: `${decodeURIComponent(p)}index.html`,
  });
  return [
    page('home', null, pagePath.home(), null),
    ...index.events
      .filter((e) => isSafeSlug(e.slug))
      .map((e) => page('event', e.slug, pagePath.event(e.slug), e.title)),
    page('speakers', null, pagePath.speakers(), 'speakers'),
    ...index.speakers
      .filter((s) => isSafeSlug(s.slug))
      .map((s) => page('speaker', s.slug, pagePath.speaker(s.slug), s.name)),
    ...APP_ROUTES.map((r) => page('app', null, r.path, r.title)),
  ];
}

/** Every page URL of a built site. */
export function listSiteUrls(index: BundleIndex, site: Site): string[] {
  return listSitePages(index, site).map((p) => p.url);
}

export function readIndex(dataDir: string): BundleIndex {
  return JSON.parse(fs.readFileSync(path.join(dataDir, 'index.json'), 'utf8')) as BundleIndex;
}
