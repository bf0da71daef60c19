// Body → facts: runs each convention's reader and merges what they found with the front matter.
// Readers are independent and each is tested on its own; this file only decides precedence:
// agenda table > agenda headings > talk sections > speaker headlines > talk headings > link lists.
import type { ExtractInput, PostFacts, RawSpeaker } from '../facts';
import type { EventMode } from '../../model/types';
import {
  compareTime,
  DEFAULT_OFFSET,
  DEFAULT_TIMEZONE,
  dayOfIso,
  daysBetween,
  formatDay,
  offsetOfIso,
  timeOfIso,
  toIso,
  type DayParts,
  type TimeParts,
} from '../dates';
import { readAgendaHeadings } from './agenda-headings';
import { readAgendaTables } from './agenda-table';
import { readGuestList } from './guest-list';
import { readHeadingTalks } from './heading-talks';
import { readLinkListTalks } from './link-list-talks';
import { bookTitle, isHttp, sameTitle, splitLines, type Line, type MdLink } from './markdown';
import { inferMode, modeFromForm } from './mode';
import { cityHeldIn, cityIn, stationCity } from './place';
import { isLinkLabel, isUrlOnly, readLinks, readSlides, toEventLinks } from './resources';
import { seriesOf } from './series';
import { dedupe, parseSpeaker } from './speaker';
import { readSpeakerHeadlines } from './speaker-headline';
import { findLabel, findLabels, readLabelled, type Labelled } from './summary-list';
import { draft, mergeTalks, toRawTalk, type DraftTalk } from './talk';
import { readTalkSections } from './talk-sections';
import { collectCandidates, referenceDay, resolveWhen } from './when';

const FORM_LABEL = /^(?:活动形式|形式|举办形式|Format)$/i;
const PLACE_LABEL = /^(?:活动地点|地点|会议地点|活动地址|地址|场地|Location|Venue|Where)$/i;
const THEME_LABEL = /^(?:活动主题|主题|直播主题|Topic)$/i;
const MAIN_TIME_LABEL = /^(?:活动时间|时间|日期|Date)$/i;
const SERIES_PREFIX = /^.{0,40}?#\s?\d{1,4}\s*[：:—–\-\s]\s*/;
// A livestream announcement's title: `直播预告：title`, `【直播报名】title`. The rest is the talk.
const LIVE_TITLE = /^[【[]?\s*(?:直播预告|直播报名|直播回顾|线上直播)\s*[】\]]?\s*[：:｜|—–-]?\s*/;
const SPEAKER_FIELD = /^(?:讲师|主讲人|主讲|分享人|分享嘉宾|演讲嘉宾|嘉宾|Speaker)$/i;
// Link texts that say "download" rather than naming a talk.
const GENERIC_LINK =
  /^(?:戳这里|点击.{0,4}|点此.{0,4}|这里|下载|链接|获取|查看|GitHub|待.{0,6}更新|PPT|PDF|slides?)$/i;

function slideTitle(l: MdLink): string | null {
  const quoted = bookTitle(l.text);
  const t = (quoted ?? l.text).replace(/下载链接|下载地址|下载$/g, '').trim();
  if (!t || t === l.url || isHttp(t) || t.length < 4 || GENERIC_LINK.test(t)) return null;
  // A title in 《》 is a title even when its words could label a link (`《注册中心 6.0 新特性》`).
  return quoted || !isLinkLabel(t) ? t : null;
}

// A heading that opens one talk of several: `### 《title》`, or a numbered one (`### | 二、title`,
// `### 3. title`) whose next lines name its speaker (`讲师：…`). A numbered outline is not a talk section.
const BOOK_HEADING = /《[^《》]{2,200}》/;
const NUMBERED_HEADING = /^[|｜]?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．](?!\d)/;
const SPEAKER_LABEL = /^(?:讲师|主讲人|主讲|分享嘉宾|演讲嘉宾|嘉宾)\s*[：:]/;

function countTalkSections(lines: Line[]): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.heading) continue;
    if (BOOK_HEADING.test(l.text)) n++;
    else if (NUMBERED_HEADING.test(l.text)) {
      for (let j = i + 1, seen = 0; j < lines.length && seen < 3 && !lines[j]!.heading; j++) {
        if (!lines[j]!.text) continue;
        seen++;
        if (SPEAKER_LABEL.test(lines[j]!.text)) {
          n++;
          break;
        }
      }
    }
  }
  return n;
}

function wowchemyTimes(
  date: string | null,
  dateEnd: string | null,
  allDay: boolean,
  warnings: string[],
): { start: string | null; end: string | null; day: DayParts | null } {
  const day = dayOfIso(date);
  if (!day) return { start: null, end: null, day: null };
  if (allDay) return { start: formatDay(day), end: null, day };
  const offset = (date && offsetOfIso(date)) ?? DEFAULT_OFFSET;
  const startTime = timeOfIso(date);
  const start = toIso(day, startTime, offset);
  let end: string | null = null;
  const endDay = dayOfIso(dateEnd);
  const endTime = timeOfIso(dateEnd);
  if (endDay && endTime) {
    if (daysBetween(day, endDay) < 0) {
      warnings.push(
        `\`date_end\` (${formatDay(endDay)}) is before \`date\` (${formatDay(day)}); check its year`,
      );
      end = toIso(day, endTime, (dateEnd && offsetOfIso(dateEnd)) ?? offset);
    } else end = toIso(endDay, endTime, (dateEnd && offsetOfIso(dateEnd)) ?? offset);
  }
  return { start, end, day };
}

function place(fields: Labelled[], input: ExtractInput): { city: string | null; venue: string | null } {
  const fm = input.frontMatter;
  // A URL is never a venue (`地址：https://live.bilibili.com/…` is where to watch: a live link).
  const venueField = fields.find((f) => PLACE_LABEL.test(f.label) && f.value && !isUrlOnly(f.value));
  const venue = venueField?.value ?? fm.address?.street ?? null;
  const city =
    cityIn(venueField?.value) ??
    fm.address?.city ??
    cityIn(fm.location) ??
    stationCity(fm.title) ??
    cityHeldIn(fm.summary) ??
    cityHeldIn(input.body.slice(0, 3000));
  return { city, venue };
}

function attachSpeakers(talks: DraftTalk[], guests: RawSpeaker[]): void {
  if (!guests.length || !talks.length) return;
  const bare = talks.filter((t) => t.speakers.length === 0);
  if (talks.length === 1 && bare.length === 1) bare[0]!.speakers = guests;
  // Talks that name no one and a guest list of the same length, in the same order.
  else if (bare.length === talks.length && guests.length === talks.length)
    talks.forEach((t, i) => (t.speakers = [guests[i]!]));
  // Guests who are also speakers lend their bio and aliases.
  for (const t of talks)
    t.speakers = t.speakers.map((s) => dedupe([s, ...guests.filter((g) => g.name === s.name)])[0]!);
}

export function extractFacts(input: ExtractInput): PostFacts {
  const { body, frontMatter: fm, source } = input;
  const warnings: string[] = [];
  const lines = splitLines(body);
  const fields = readLabelled(lines);

  // --- talks -----------------------------------------------------------------------------------
  const tables = readAgendaTables(lines, body);
  const agenda = readAgendaHeadings(lines);
  let talks = mergeTalks([
    tables.talks,
    agenda.talks,
    readTalkSections(lines),
    readSpeakerHeadlines(lines),
    readHeadingTalks(lines),
    readLinkListTalks(lines),
  ]);

  // --- place and mode -------------------------------------------------------------------------
  const { city, venue } = place(fields, input);
  const form = findLabel(fields, FORM_LABEL)?.value ?? null;
  let mode: EventMode | null = modeFromForm(form) ?? inferMode(!!(city || venue), body);

  // --- slides and links -----------------------------------------------------------------------
  const slideLinks = readSlides(lines, fields, fm);
  const linkList = readLinks(lines, fields, fm);
  if (!form && linkList.some((l) => l.kind === 'live'))
    // A live room and no 活动形式 line: streamed, and also on site when there is a venue.
    mode = mode === 'offline' ? 'hybrid' : (mode ?? 'online');
  if (!talks.length) {
    // No agenda in words: the talks are the titled decks (资料下载) and recordings (直播回放).
    const titled = [...slideLinks, ...linkList.filter((l) => l.kind === 'video')]
      .map((l) => slideTitle(l))
      .filter((t): t is string => t !== null);
    talks = mergeTalks([titled.map((t) => draft(t))]);
  }
  const theme = findLabel(fields, THEME_LABEL)?.value;
  if (!talks.length && theme && mode === 'online' && countTalkSections(lines) < 2) {
    // A livestream with one talk: its theme is the talk's title.
    const title = bookTitle(theme) ?? theme.replace(SERIES_PREFIX, '');
    if (title) talks = [draft(title)];
  }
  const guests = readGuestList(lines);
  if (!talks.length && fm.title) {
    // One person speaks (`讲师：某人`, or a `## 讲师简介` naming one) and no talk is listed: the post
    // is that talk, titled as the post (less a `直播预告：` prefix).
    const labelled = findLabels(fields, SPEAKER_FIELD)
      .map((f) => parseSpeaker(f.value))
      .filter((p): p is RawSpeaker => p !== null);
    const people = dedupe([...labelled, ...guests]);
    const title = fm.title.replace(LIVE_TITLE, '');
    if (people.length === 1 && title.length >= 4) talks = [draft(title, people)];
  }
  if (LIVE_TITLE.test(fm.title ?? '') && !form)
    // `直播预告：…` announces a stream: online, or hybrid when there is also a venue.
    mode = mode === 'offline' ? 'hybrid' : (mode ?? 'online');
  const eventSlides: string[] = [];
  for (const l of slideLinks) {
    const title = slideTitle(l);
    const talk = title
      ? talks.find((t) => sameTitle(t.title, title))
      : talks.length === 1 && !talks[0]!.slides.length
        ? talks[0]
        : undefined;
    if (talk) {
      if (!talk.slides.includes(l.url)) talk.slides.push(l.url);
    } else if (!eventSlides.includes(l.url) && !talks.some((t) => t.slides.includes(l.url)))
      eventSlides.push(l.url);
  }
  const eventLinks = linkList.filter((l) => {
    if (l.kind !== 'video') return true;
    const title = slideTitle(l);
    const talk = title ? talks.find((t) => sameTitle(t.title, title)) : undefined;
    if (talk && !talk.video) talk.video = l.url;
    return !talk;
  });
  attachSpeakers(talks, guests);

  // --- when -----------------------------------------------------------------------------------
  let start: string | null = null;
  let end: string | null = null;
  let day: DayParts | null = null;
  if (fm.family === 'wowchemy' && fm.date) {
    ({ start, end, day } = wowchemyTimes(fm.date, fm.dateEnd, fm.allDay, warnings));
    const slots = [...tables.slots, ...agenda.slots];
    const endDay = dayOfIso(fm.dateEnd);
    if (fm.allDay && day && slots.length && (!endDay || daysBetween(day, endDay) === 0)) {
      // `all_day` only says the front matter has no hours; a one-day agenda in the body has them.
      const first = slots.reduce((a, x) => (compareTime(x.start, a.start) < 0 ? x : a));
      const ends = slots.map((x) => x.end).filter((t): t is TimeParts => t !== null);
      const last = ends.length ? ends.reduce((a, t) => (compareTime(t, a) > 0 ? t : a)) : null;
      const offset = offsetOfIso(fm.date) ?? DEFAULT_OFFSET;
      start = toIso(day, first.start, offset);
      end = last && compareTime(last, first.start) > 0 ? toIso(day, last, offset) : null;
    }
  } else {
    const ref = referenceDay(fm.date, fm.publishDate);
    const candidates = collectCandidates(lines, fields, fm.summary, source, ref);
    const when = resolveWhen(candidates, [...tables.slots, ...agenda.slots], ref);
    warnings.push(...when.warnings);
    const mainLine = fields.find((f) => MAIN_TIME_LABEL.test(f.label));
    // A line was read when a candidate with a day comes from it (an English `Date:` comes with its `Time:`).
    const wasRead = (v: string) =>
      candidates.some((c) => c.date && (c.text === v || c.text.startsWith(`${v} `)));
    if (mainLine && !wasRead(mainLine.value)) {
      warnings.push(
        `${mainLine.label} line not understood: “${mainLine.value.slice(0, 60)}”; write it as 2021 年 03 月 21 日 14:00-17:00`,
      );
    }
    day = when.day;
    if (day) {
      start = toIso(day, when.start);
      end = when.end ? toIso(day, when.end) : null;
    } else if (talks.length && fm.date && dayOfIso(fm.date)) {
      day = dayOfIso(fm.date)!;
      start = formatDay(day);
      warnings.push(
        'the post gives no event date; its front-matter date was used. Add 活动时间：2021 年 03 月 21 日 14:00-17:00',
      );
    }
  }

  // A page that lists several dated events is an index, not one event.
  const mainDays = new Set(
    fields
      .filter((f) => MAIN_TIME_LABEL.test(f.label))
      .map((f) => /\d{4}\D{1,3}\d{1,2}\D{1,3}\d{1,2}/.exec(f.value)?.[0]),
  );
  mainDays.delete(undefined);
  const kind =
    day && mainDays.size <= 1 ? 'event' : talks.length && mainDays.size <= 1 ? 'event' : 'announcement';
  if (kind === 'announcement') {
    mode = null;
    start = end = null;
  }

  for (const t of talks) {
    if (!t.speakers.length && kind === 'event')
      warnings.push(
        `talk “${t.title}” names no speaker; start its 嘉宾介绍 with the speaker’s name, e.g. 李唯，蚂蚁集团技术专家`,
      );
  }
  const rawTalks = talks.map((t) =>
    toRawTalk(
      t,
      day && t.startTime ? toIso(day, t.startTime) : null,
      day && t.endTime ? toIso(day, t.endTime) : null,
    ),
  );
  return {
    kind,
    series: seriesOf(fm.title, [...fm.categories, ...fm.tags]),
    start,
    end,
    timezone: DEFAULT_TIMEZONE,
    mode,
    city: kind === 'event' && mode !== 'online' ? city : null,
    venue: kind === 'event' && mode !== 'online' ? venue : null,
    talks: rawTalks,
    slides: eventSlides,
    links: toEventLinks(eventLinks),
    warnings,
  };
}
