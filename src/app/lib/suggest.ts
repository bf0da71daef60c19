// Nearest events and speakers for a not-found page.
import type { BundleIndex } from '../../model/types';
import type { Suggestion } from '../components/NotFound';
import { nearest } from './nearest';

export function suggestEvents(index: BundleIndex, query: string, limit = 5): Suggestion[] {
  return nearest(query, index.events, (e) => [e.title, e.slug], limit).map((e) => ({
    to: `/events/${encodeURIComponent(e.slug)}`,
    label: e.title,
    detail: e.start?.slice(0, 10) ?? null,
  }));
}

export function suggestSpeakers(index: BundleIndex, query: string, limit = 5): Suggestion[] {
  return nearest(query, index.speakers, (s) => [s.name, s.slug, ...s.aliases], limit).map((s) => ({
    to: `/speakers/${encodeURIComponent(s.slug)}`,
    label: s.name,
    detail: s.affiliation,
  }));
}
