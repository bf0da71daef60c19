// The search documents: written by the compiler (src/compiler/search-docs.ts), read by the app's search
// worker (src/app/search/). Part of the bundle contract: change it with SEARCH_VERSION and docs/bundle.md.
//
// One file, `OUT/search.json`, holds every searchable thing once, in a compact form: titles, people,
// keywords, a bounded piece of body text, and the pinyin of Chinese titles and names (computed by the
// compiler with pinyin-pro; the browser never converts to pinyin). Nothing is repeated between documents:
// a talk reaches its event's title and keywords, an event its talks, a speaker their talks, through the
// links (`e`, `d`) — the engine follows them. Keys are short: at 10,000 posts the file holds ~50,000 docs.
import type { EventMode, IsoDateTime } from './types';

export const SEARCH_VERSION = 1;

/** Path of the search file relative to the bundle root (`public/data/`). */
export const SEARCH_FILE = 'search.json';

/** How many characters of body text (abstract, summary, bio) a document keeps for matching and context. */
export const SEARCH_TEXT_LIMIT = 400;

export type SearchDocKind = 'e' | 't' | 's';

/** The facts of one event that documents share: link target, context line and filters. */
export interface SearchEvent {
  slug: string;
  title: string;
  /** The event's start, as in the Event. */
  date: IsoDateTime | null;
  series: string | null;
  mode: EventMode | null;
  city: string | null;
}

/** Pinyin of one person's name: full syllables joined (`wusheng`), initials (`ws`), given name (`sheng`). */
export type NamePinyin = [full: string, initials: string, given: string];

/** The forms a name's syllables are typed in: `['wu', 'sheng']` → wusheng, ws, sheng. */
export function namePinyinForms(syllables: readonly string[]): NamePinyin {
  return [syllables.join(''), syllables.map((s) => s[0] ?? '').join(''), syllables.slice(1).join('')];
}

export interface SearchDoc {
  /** `e` event, `t` talk, `s` speaker. */
  k: SearchDocKind;
  /** Indices into `SearchData.events`: the event of an event or talk doc; every event a speaker spoke at. */
  e: number[];
  /** Talk id (talk docs) or speaker slug (speaker docs); absent for event docs (the event's slug is in `e`). */
  id?: string;
  /** Title: event title, talk title, or the speaker's name. */
  t: string;
  /** People: the talk's speakers, or a speaker's aliases (花名). Events list none: they reach their talks. */
  n?: string[];
  /** Pinyin of the people: for speaker docs the speaker's own name first, then one per `n`. */
  np?: NamePinyin[];
  /** Pinyin of the Chinese runs of `t`, each run's syllables joined, runs separated by a space. */
  tp?: string;
  /** Keywords: an event's series, city and tags; a speaker's affiliation and role. */
  g?: string;
  /** Body text for matching and context, at most SEARCH_TEXT_LIMIT characters: abstract, summary, bio. */
  x?: string;
  /** Speaker docs: indices into `SearchData.docs` of the speaker's talks. */
  d?: number[];
}

export interface SearchData {
  version: typeof SEARCH_VERSION;
  events: SearchEvent[];
  docs: SearchDoc[];
}
