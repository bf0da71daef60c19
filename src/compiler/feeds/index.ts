// Calendar and feed files: file path in the bundle → content. The pipeline writes them beside index.json,
// so on the site they live under `data/`: `data/events.ics`, `data/events/<slug>.ics`, `data/atom.xml`.
import type { Event } from '../../model/types';
import { buildAtom } from './atom';
import { buildIcsFiles } from './ics';
import { resolveSiteUrl } from './site';

export interface FeedOptions {
  /** Absolute site URL including the base path, e.g. `https://example.org/events/`. */
  siteUrl: string;
  /**
   * DTSTAMP of the calendars and `updated` of the Atom feed. Default: `SOURCE_DATE_EPOCH` (seconds) when
   * set, else now.
   */
  now?: Date;
  /** Calendar and feed title. */
  title?: string;
}

export const DEFAULT_SITE_TITLE = '活动浏览 · Event Browser';

export function feedNow(now?: Date): Date {
  if (now) return now;
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}

export function buildFeedFiles(events: Event[], options: FeedOptions): Record<string, string> {
  const siteUrl = resolveSiteUrl(options.siteUrl);
  const now = feedNow(options.now);
  const title = options.title ?? DEFAULT_SITE_TITLE;
  return {
    ...buildIcsFiles(events, { siteUrl, now, calendarName: title }),
    'atom.xml': buildAtom(events, { siteUrl, now, title }),
  };
}

export { resolveSiteUrl, normalizeBasePath, pagePath, feedPath, dataUrl, absolute, DATA_DIR } from './site';
export { whenText } from './atom';
export { eventLocation } from './ics';
export { parseWhen, startInstant, clock, wallTime } from './time';
export { escapeXml } from './xml';
