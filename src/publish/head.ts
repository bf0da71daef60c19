// The head tags of one page: description, canonical, Open Graph, Twitter card, feed links, JSON-LD.
import { escapeAttr, escapeHtml, jsonLdScript, truncate } from './html';
import { href, type Site } from './site';

export interface PageMeta {
  /** Plain text; escaped here. */
  title: string;
  /** og:title and twitter:title (chat apps show the site name apart): the bare page name. Default: title. */
  shareTitle?: string;
  description: string;
  /** Absolute canonical URL; omitted for the 404 page. */
  url: string | null;
  image?: string | null;
  ogType?: 'website' | 'profile' | 'article';
  jsonLd?: unknown[];
  noindex?: boolean;
}

const meta = (attr: 'name' | 'property', key: string, value: string) =>
  `    <meta ${attr}="${key}" content="${escapeAttr(value)}" />`;

export function headTags(site: Site, page: PageMeta): string {
  const description = truncate(page.description, 200);
  const lines = [meta('name', 'description', description)];
  if (page.noindex) lines.push(meta('name', 'robots', 'noindex'));
  if (page.url) lines.push(`    <link rel="canonical" href="${escapeAttr(page.url)}" />`);
  lines.push(
    meta('property', 'og:type', page.ogType ?? 'website'),
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:title', page.shareTitle ?? page.title),
    meta('property', 'og:description', description),
    meta('property', 'og:locale', 'zh_CN'),
  );
  if (page.url) lines.push(meta('property', 'og:url', page.url));
  if (page.image) lines.push(meta('property', 'og:image', page.image));
  lines.push(
    meta('name', 'twitter:card', page.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', page.shareTitle ?? page.title),
    meta('name', 'twitter:description', description),
  );
  if (page.image) lines.push(meta('name', 'twitter:image', page.image));
  lines.push(
    `    <link rel="alternate" type="application/atom+xml" title="${escapeAttr(`${site.name} (Atom)`)}" href="${escapeAttr(href(site, 'data/atom.xml'))}" />`,
    `    <link rel="alternate" type="text/calendar" title="${escapeAttr(`${site.name} (iCalendar)`)}" href="${escapeAttr(href(site, 'data/events.ics'))}" />`,
  );
  for (const data of page.jsonLd ?? []) lines.push(`    ${jsonLdScript(data)}`);
  return lines.join('\n');
}

export function titleTag(title: string): string {
  return escapeHtml(title);
}
