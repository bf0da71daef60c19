// Reads the compiled bundle of a built site, to know what the app must show.
import fs from 'node:fs';
import path from 'node:path';
import type { BundleIndex, Event, Speaker } from '../../../src/model/types';

export interface Bundle {
  index: BundleIndex;
  events: Event[];
  speakers: Speaker[];
}

export function readBundle(siteDir: string): Bundle {
  const data = path.join(siteDir, 'data');
  const read = <T>(p: string): T => JSON.parse(fs.readFileSync(path.join(data, p), 'utf8')) as T;
  const index = read<BundleIndex>('index.json');
  return {
    index,
    events: index.events.map((e) => read<Event>(`events/${e.slug}.json`)),
    speakers: index.speakers.map((s) => read<Speaker>(`speakers/${s.slug}.json`)),
  };
}

export const eventPath = (slug: string) => `/events/${encodeURIComponent(slug)}`;
export const speakerPath = (slug: string) => `/speakers/${encodeURIComponent(slug)}`;

/** Collapses whitespace, for comparing text as a reader sees it. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every slide URL of an event: its own decks and its talks'. */
export function slidesOf(e: Event): string[] {
  return [...new Set([...e.slides, ...e.talks.flatMap((t) => t.slides)])];
}
