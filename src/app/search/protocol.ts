// What the search engine answers, shared by the engine, its worker, the client and the components.
import type { EventMode } from '../../model/types';

export type HitKind = 'event' | 'talk' | 'speaker';

/** A piece of text with highlighted ranges: `marks` holds [start, end) pairs of UTF-16 offsets. */
export interface Marked {
  text: string;
  marks: number[];
}

export interface HitEvent {
  slug: string;
  title: string;
  date: string | null;
  series: string | null;
  mode: EventMode | null;
  city: string | null;
}

export interface SearchHit {
  kind: HitKind;
  /** Event slug (event and talk hits) or speaker slug. */
  slug: string;
  /** Talk id, for talk hits. */
  talk?: string;
  title: Marked;
  people: Marked[];
  /** Where the words matched when it was not the title or the people: keywords, related titles, text. */
  snippet: Marked | null;
  /** The event (event and talk hits), or a speaker's latest event. */
  event: HitEvent | null;
  /** Number of events a speaker spoke at. */
  events?: number;
  score: number;
}

export interface SearchFilters {
  series?: string;
  mode?: EventMode;
  city?: string;
  year?: number;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** Best hits overall (default 50). */
  limit?: number;
  /** When set, the best `perKind` hits of each kind instead (the header box). */
  perKind?: number;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  /** Matches of each kind before the limit. */
  counts: Record<HitKind, number>;
  /** Misspelled words and what was searched for instead: `servise` → [`service`]. */
  corrections: Record<string, string[]>;
  /** Time spent in the engine. */
  ms: number;
}

export interface Facets {
  series: string[];
  modes: EventMode[];
  cities: string[];
  years: number[];
}

/** The app path of a hit (router paths, without the deploy base). */
export function hitPath(hit: SearchHit): string {
  if (hit.kind === 'speaker') return `/speakers/${encodeURIComponent(hit.slug)}`;
  const base = `/events/${encodeURIComponent(hit.slug)}`;
  // The event page gives each talk's heading the id `talk-<id>`.
  return hit.kind === 'talk' && hit.talk ? `${base}#talk-${encodeURIComponent(hit.talk)}` : base;
}
