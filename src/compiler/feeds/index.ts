// Calendar and feed files (owned by the feeds work): file path in the bundle → content.
import type { Event } from '../../model/types';

export interface FeedOptions {
  /** Absolute site URL including the base path, e.g. `https://example.org/events/`. */
  siteUrl: string;
}

export function buildFeedFiles(_events: Event[], _options: FeedOptions): Record<string, string> {
  return {};
}
