// The compiler's internal hand-offs: normalized front matter in, facts about one post out.
// The pipeline (compile-post.ts) joins them; speaker identities are resolved later (speakers.ts).
import type { EventKind, EventLink, EventMode, IsoDateTime } from '../model/types';

/** Which convention a post's front matter follows; it decides what `date` means. */
export type FrontMatterFamily =
  | 'sofastack' // `date` is the publish date; the event's facts are in the body
  | 'wowchemy' // cloudnative.to event pages: `date`/`date_end` are the event's time unless `all_day`
  | 'generic';

export interface FrontMatter {
  family: FrontMatterFamily;
  title: string | null;
  slug: string | null;
  summary: string | null;
  /** As written, ISO-ish (`2021-03-09T15:00:00+08:00`, `2019-06-24`), or null. */
  date: string | null;
  dateEnd: string | null;
  publishDate: string | null;
  allDay: boolean;
  draft: boolean;
  tags: string[];
  categories: string[];
  cover: string | null;
  /** Wowchemy `address` and `location`. */
  address: {
    street: string | null;
    city: string | null;
    region: string | null;
    country: string | null;
  } | null;
  location: string | null;
  authors: string[];
  urls: {
    slides: string | null;
    video: string | null;
    pdf: string | null;
    code: string | null;
    event: string | null;
  };
  /** Problems found while normalizing, phrased for the post's author. */
  warnings: string[];
}

export interface RawSpeaker {
  name: string;
  aliases: string[];
  affiliation: string | null;
  role: string | null;
  bio: string | null;
}

export interface RawTalk {
  title: string;
  speakers: RawSpeaker[];
  abstract: string | null;
  takeaways: string[];
  slides: string[];
  video: string | null;
  start: IsoDateTime | null;
  end: IsoDateTime | null;
}

export interface PostFacts {
  kind: EventKind;
  series: string | null;
  start: IsoDateTime | null;
  end: IsoDateTime | null;
  timezone: string;
  mode: EventMode | null;
  city: string | null;
  venue: string | null;
  talks: RawTalk[];
  slides: string[];
  links: EventLink[];
  warnings: string[];
}

export interface ExtractInput {
  body: string;
  frontMatter: FrontMatter;
  /** The post's path relative to the content dir, for messages and slug-borne dates. */
  source: string;
}
