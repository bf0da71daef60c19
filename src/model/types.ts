// The bundle contract: what the compiler writes and the app (and outside tools) read.
// docs/bundle.md describes it for people; change both together, and bump BUNDLE_VERSION on a breaking change.

export const BUNDLE_VERSION = 1;

/** An event's zone when its post names none: the communities these posts come from are in China. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** ISO 8601: `2021-03-21T14:00:00+08:00` when a time is known, `2021-03-21` when only the day is. */
export type IsoDateTime = string;

export type EventKind = 'event' | 'announcement';
export type EventMode = 'offline' | 'online' | 'hybrid';
export type LinkKind = 'video' | 'live' | 'registration' | 'source' | 'other';

export interface SpeakerRef {
  slug: string;
  name: string;
}

export interface Talk {
  /** Unique within its event, stable across compiles: `t1`, `t2`… in agenda order. */
  id: string;
  title: string;
  speakers: SpeakerRef[];
  abstract: string | null;
  takeaways: string[];
  /** Deck URLs of this talk. */
  slides: string[];
  video: string | null;
  start: IsoDateTime | null;
  end: IsoDateTime | null;
}

export interface EventLink {
  kind: LinkKind;
  label: string;
  url: string;
}

export interface Event {
  slug: string;
  /** The post's path relative to the content dir, `/`-separated. */
  source: string;
  title: string;
  summary: string | null;
  kind: EventKind;
  series: string | null;
  start: IsoDateTime | null;
  end: IsoDateTime | null;
  /** IANA zone name, `Asia/Shanghai` unless the post says otherwise. */
  timezone: string;
  mode: EventMode | null;
  city: string | null;
  venue: string | null;
  talks: Talk[];
  /** Deck URLs of the whole event (a talk's own deck goes on the talk). */
  slides: string[];
  links: EventLink[];
  tags: string[];
  cover: string | null;
  /** The post body as sanitized HTML. */
  html: string;
  /** What the compiler could not read, in words a post author can act on. */
  warnings: string[];
}

/** One line of the timeline; `index.json` holds these newest first. */
export interface EventSummary {
  slug: string;
  title: string;
  kind: EventKind;
  series: string | null;
  start: IsoDateTime | null;
  end: IsoDateTime | null;
  timezone: string;
  mode: EventMode | null;
  city: string | null;
  tags: string[];
  talkCount: number;
  source: string;
}

export interface SpeakerTalk {
  event: string;
  eventTitle: string;
  talk: string;
  title: string;
  /** The event's start (or null), for sorting and display. */
  date: IsoDateTime | null;
  slides: string[];
}

export interface Speaker {
  slug: string;
  name: string;
  aliases: string[];
  affiliation: string | null;
  role: string | null;
  bio: string | null;
  /** Newest first. */
  talks: SpeakerTalk[];
  /** People who spoke at the same events, most shared events first. */
  coSpeakers: SpeakerRef[];
}

export interface SpeakerSummary {
  slug: string;
  name: string;
  aliases: string[];
  affiliation: string | null;
  talkCount: number;
  /** Pinyin of the Chinese name and aliases, syllables separated by spaces (`吴晟` → `wu sheng`), for
   * the speakers list's filter; empty for Latin names. */
  pinyin: string[];
}

export interface BundleIndex {
  version: typeof BUNDLE_VERSION;
  generatedAt: string;
  /** Newest first; undated announcements last. */
  events: EventSummary[];
  /** By name. */
  speakers: SpeakerSummary[];
}
