// The draft talk every convention reader returns, and how drafts from several readers are merged:
// the same talk seen twice (agenda table and talk section) becomes one, its facts combined.
import type { RawSpeaker, RawTalk } from '../facts';
import type { TimeParts } from '../dates';
import { sameTitle } from './markdown';
import { dedupe } from './speaker';

export interface DraftTalk {
  title: string;
  speakers: RawSpeaker[];
  abstract: string | null;
  takeaways: string[];
  slides: string[];
  video: string | null;
  startTime: TimeParts | null;
  endTime: TimeParts | null;
}

export interface Slot {
  start: TimeParts;
  end: TimeParts | null;
}

export function draft(title: string, speakers: RawSpeaker[] = []): DraftTalk {
  return {
    title: cleanTitle(title),
    speakers,
    abstract: null,
    takeaways: [],
    slides: [],
    video: null,
    startTime: null,
    endTime: null,
  };
}

// A leading series-and-episode tag: `SOFAChannel#8：`, `Service Mesh Webinar#2 - `.
const SERIES_TAG = /^[A-Za-z][A-Za-z0-9 ]{0,30}#\s?\d{1,4}\s*(?:[：:｜|]|\s[-–—]{1,2}\s)\s*/;

/** Trims the decoration titles carry: bold, a series tag, 《》 around the whole title, trailing punctuation. */
export function cleanTitle(title: string): string {
  let t = title.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  const tag = SERIES_TAG.exec(t);
  if (tag && t.length - tag[0].length >= 4) t = t.slice(tag[0].length);
  const whole = /^《([^《》]+)[》>]$/.exec(t);
  if (whole) t = whole[1]!.trim();
  return t.replace(/^[\s：:，,\-—|｜]+|[\s：:，,。|｜]+$/g, '').trim();
}

function absorb(into: DraftTalk, from: DraftTalk): void {
  into.speakers = dedupe([...into.speakers, ...from.speakers]);
  into.abstract ??= from.abstract;
  if (!into.takeaways.length) into.takeaways = from.takeaways;
  for (const s of from.slides) if (!into.slides.includes(s)) into.slides.push(s);
  into.video ??= from.video;
  into.startTime ??= from.startTime;
  into.endTime ??= from.endTime;
}

/**
 * Merges the drafts of several readers, in the order given (the first reader's titles and order win).
 * A later reader's talk joins an earlier one with the same title; otherwise it is added.
 */
export function mergeTalks(groups: DraftTalk[][]): DraftTalk[] {
  const out: DraftTalk[] = [];
  for (const group of groups) {
    for (const t of group) {
      const same = out.find((o) => sameTitle(o.title, t.title));
      if (same) absorb(same, t);
      else out.push({ ...t, speakers: [...t.speakers], slides: [...t.slides] });
    }
  }
  return out;
}

export function toRawTalk(t: DraftTalk, start: string | null, end: string | null): RawTalk {
  return {
    title: t.title,
    speakers: t.speakers,
    abstract: t.abstract,
    takeaways: t.takeaways,
    slides: t.slides,
    video: t.video,
    start,
    end,
  };
}
