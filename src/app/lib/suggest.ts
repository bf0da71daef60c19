// Nearest events and speakers for a not-found page. Never the page that was not found: a slug the index
// lists may still have no file (a stale index, a partial deploy), and suggesting it would lead back here.
import type { BundleIndex } from '../../model/types';
import type { Suggestion } from '../components/NotFound';
import { nearest } from './nearest';

export function suggestEvents(index: BundleIndex, query: string, limit = 5): Suggestion[] {
  const others = index.events.filter((e) => e.slug !== query);
  return nearest(query, others, (e) => [e.title, e.slug], limit).map((e) => ({
    to: `/events/${encodeURIComponent(e.slug)}`,
    label: e.title,
    detail: e.start?.slice(0, 10) ?? null,
  }));
}

export function suggestSpeakers(index: BundleIndex, query: string, limit = 5): Suggestion[] {
  const others = index.speakers.filter((s) => s.slug !== query);
  return nearest(query, others, (s) => [s.name, s.slug, ...s.aliases], limit).map((s) => ({
    to: `/speakers/${encodeURIComponent(s.slug)}`,
    label: s.name,
    detail: s.affiliation,
  }));
}
