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
   * set, else derived from the events (see feedNow).
   */
  now?: Date;
  /** Calendar and feed title. */
  title?: string;
}

export const DEFAULT_SITE_TITLE = '活动浏览 · Event Browser';

/** `SOURCE_DATE_EPOCH` (seconds) as a date, when set. */
export function sourceDateEpoch(): Date | undefined {
  const raw = process.env.SOURCE_DATE_EPOCH;
  const epoch = Number(raw);
  return raw && Number.isFinite(epoch) ? new Date(epoch * 1000) : undefined;
}

/**
 * The feeds carry no wall-clock time, so an unchanged input rewrites nothing: without `now` or
 * `SOURCE_DATE_EPOCH`, each VEVENT's DTSTAMP is its own start and the Atom feed's `updated` is its
 * newest entry's.
 */
export function feedNow(now?: Date): Date | undefined {
  return now ?? sourceDateEpoch();
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
export { parseWhen, startInstant, clock, wallTime } from '../../model/time';
export { escapeXml } from '../escape';
