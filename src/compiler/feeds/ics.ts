// iCalendar (RFC 5545): the `events.ics` subscription feed and one `.ics` per dated event.
import { placeText } from '../../model/place';
import { summaryBesideTitle } from '../../model/summary';
import { DEFAULT_TIMEZONE, type Event, type EventLink } from '../../model/types';
import { absolute, dataUrl, feedPath, pagePath } from './site';
import {
  basicDate,
  basicLocal,
  basicUtc,
  clock,
  fixedOffsetMinutes,
  lastDay,
  nextDay,
  parseWhen,
  startInstant,
  wallTime,
  type When,
} from '../../model/time';

export interface IcsOptions {
  siteUrl: string;
  /** DTSTAMP of every VEVENT; default: the event's own start (deterministic). */
  now?: Date;
  /** X-WR-CALNAME of the feed. */
  calendarName: string;
}

const CRLF = '\r\n';
const PRODID = '-//event-browser//Events//EN';

/** TEXT value escaping (RFC 5545 §3.3.11); drops control characters other than newline. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '') // eslint-disable-line no-control-regex
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** UTF-8 octets of the code point at `i`; a surrogate pair is 4 (units 2), a lone surrogate U+FFFD, 3. */
function octetsAt(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return 4;
  return 3;
}

/** Folds one content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  // At most 3 octets per UTF-16 unit: short lines need no counting.
  if (line.length <= 25) return line;
  let total = 0;
  for (let i = 0; i < line.length;) {
    const size = octetsAt(line, i);
    total += size;
    i += size === 4 ? 2 : 1;
  }
  if (total <= 75) return line;
  const out: string[] = [];
  let from = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length;) {
    const size = octetsAt(line, i);
    if (octets + size > limit) {
      out.push(line.slice(from, i));
      from = i;
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    octets += size;
    i += size === 4 ? 2 : 1;
  }
  out.push(line.slice(from));
  return out.join(`${CRLF} `);
}

function prop(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** URI values are not TEXT-escaped, but must not carry line breaks. */
function uri(value: string): string {
  return value.replace(/[\r\n]/g, '');
}

interface Zone {
  tzid: string;
  offsetMinutes: number;
}

/** A fixed-offset zone (Asia/Shanghai and the like) gets a TZID and VTIMEZONE; any other zone is written in UTC. */
function zoneFor(event: Event): Zone | null {
  const tz = event.timezone || DEFAULT_TIMEZONE;
  if (tz === 'UTC' || tz === 'Etc/UTC') return null;
  const instants = [startInstant(event.start, tz), startInstant(event.end, tz)].filter(
    (d): d is Date => d !== null,
  );
  const offset = fixedOffsetMinutes(tz, instants);
  return offset === null ? null : { tzid: tz, offsetMinutes: offset };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function vtimezone(zone: Zone): string[] {
  const off = formatOffset(zone.offsetMinutes);
  return [
    'BEGIN:VTIMEZONE',
    prop('TZID', zone.tzid),
    prop('X-LIC-LOCATION', zone.tzid),
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${off}`,
    `TZOFFSETTO:${off}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function dateTimeProp(name: string, when: When & { kind: 'time' }, zone: Zone | null): string {
  if (!zone) return prop(name, basicUtc(when.instant));
  return prop(`${name};TZID=${zone.tzid}`, basicLocal(wallTime(when.instant, zone.tzid)));
}

/** DTSTART/DTEND lines of an event; empty when it has no readable start. */
export function timeProps(event: Event, zone: Zone | null): string[] {
  const tz = event.timezone || DEFAULT_TIMEZONE;
  const start = parseWhen(event.start, tz);
  if (!start) return [];
  const end = parseWhen(event.end, tz);
  if (start.kind === 'date') {
    // All day: DTEND is the day after the last day (exclusive).
    const last = lastDay(start, end, tz);
    return [prop('DTSTART;VALUE=DATE', basicDate(start)), prop('DTEND;VALUE=DATE', basicDate(nextDay(last)))];
  }
  const lines = [dateTimeProp('DTSTART', start, zone)];
  if (end?.kind === 'time' && end.instant.getTime() > start.instant.getTime()) {
    lines.push(dateTimeProp('DTEND', end, zone));
  } else if (end?.kind === 'date') {
    const s = wallTime(start.instant, tz);
    if (basicDate(end) > basicDate(s)) {
      // Ends on a later day at an unknown time: end of that day.
      const endOfDay = parseWhen(
        `${String(end.year).padStart(4, '0')}-${String(end.month).padStart(2, '0')}-${String(end.day).padStart(2, '0')}T23:59:00`,
        tz,
      );
      if (endOfDay?.kind === 'time') lines.push(dateTimeProp('DTEND', endOfDay, zone));
    }
  }
  // No usable end: RFC 5545 reads a DATE-TIME DTSTART without DTEND as ending when it starts.
  return lines;
}

export function eventLocation(event: Event): string | null {
  const place = placeText(event);
  if (event.mode === 'online' || (!place && event.mode === 'hybrid')) {
    const live =
      event.links.find((l) => l.kind === 'live') ?? event.links.find((l) => l.kind === 'registration');
    return live ? `线上 Online: ${live.url}` : '线上 Online';
  }
  if (event.mode === 'hybrid') return `${place} + 线上 Online`;
  return place ?? null;
}

// A link without a label (its text said nothing of where it leads) is listed by its address alone.
const linkLine = (l: EventLink) => (l.label ? `- ${l.label}: ${l.url}` : `- ${l.url}`);

/** Plain-text description: summary, talks with their times and speakers, slides, links, the page. */
export function eventDescription(event: Event, pageUrl: string): string {
  const tz = event.timezone || DEFAULT_TIMEZONE;
  const parts: string[] = [];
  const summary = summaryBesideTitle(event);
  if (summary) parts.push(summary);
  if (event.talks.length) {
    const lines = event.talks.map((t) => {
      const at = clock(t.start, tz);
      const until = clock(t.end, tz);
      const time = at ? `${at}${until ? `–${until}` : ''} ` : '';
      const who = t.speakers.map((s) => s.name).join(', ');
      return `- ${time}${t.title}${who ? ` — ${who}` : ''}`;
    });
    parts.push(['议程 Talks:', ...lines].join('\n'));
  }
  const decks = [...event.slides, ...event.talks.flatMap((t) => t.slides)];
  if (decks.length) parts.push(['资料 Slides:', ...decks.map((u) => `- ${u}`)].join('\n'));
  if (event.links.length) parts.push(['链接 Links:', ...event.links.map(linkLine)].join('\n'));
  parts.push(pageUrl);
  return parts.join('\n\n');
}

function hostOf(siteUrl: string): string {
  try {
    return new URL(siteUrl).host || 'event-browser';
  } catch {
    return 'event-browser';
  }
}

/** Stable UID: the slug at the site's host (no base path, so a moved sub-folder keeps UIDs). */
export function eventUid(event: Event, siteUrl: string): string {
  return `${event.slug}@${hostOf(siteUrl)}`;
}

function vevent(event: Event, zone: Zone | null, options: IcsOptions): string[] {
  const times = timeProps(event, zone);
  if (!times.length) return [];
  const pageUrl = absolute(options.siteUrl, pagePath.event(event.slug));
  const lines = [
    'BEGIN:VEVENT',
    prop('UID', escapeText(eventUid(event, options.siteUrl))),
    prop(
      'DTSTAMP',
      basicUtc(options.now ?? startInstant(event.start, event.timezone || DEFAULT_TIMEZONE) ?? new Date(0)),
    ),
    ...times,
    prop('SUMMARY', escapeText(event.title)),
    prop('DESCRIPTION', escapeText(eventDescription(event, pageUrl))),
  ];
  const location = eventLocation(event);
  if (location) lines.push(prop('LOCATION', escapeText(location)));
  lines.push(prop('URL', uri(pageUrl)));
  const categories = [event.series, ...event.tags].filter((c): c is string => Boolean(c && c.trim()));
  const unique = [...new Set(categories.map((c) => c.trim()))];
  if (unique.length) lines.push(prop('CATEGORIES', unique.map(escapeText).join(',')));
  if (event.cover && /^https?:\/\//i.test(event.cover)) lines.push(prop('IMAGE;VALUE=URI', uri(event.cover)));
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

interface Prepared {
  zone: Zone | null;
  /** Start instant in ms (0 when none), for ordering. */
  at: number;
  lines: string[];
}

/**
 * Per-event work, shared by the feed and the event's own calendar and, since an unchanged event is
 * the same object from run to run (compile.ts), kept across runs (watch mode) while the site URL
 * and DTSTAMP stay the same.
 */
const prepared = new WeakMap<Event, { key: string; p: Prepared; file?: string }>();

function optionsKey(options: IcsOptions): string {
  return `${options.siteUrl}\0${options.now?.getTime() ?? ''}`;
}

function prepare(e: Event, options: IcsOptions): Prepared {
  const key = optionsKey(options);
  const hit = prepared.get(e);
  if (hit && hit.key === key) return hit.p;
  const zone = zoneFor(e);
  const p = {
    zone,
    at: startInstant(e.start, e.timezone)?.getTime() ?? 0,
    lines: vevent(e, zone, options),
  };
  prepared.set(e, { key, p });
  return p;
}

/** A VCALENDAR with the given events (those without a readable start are left out). */
export function buildCalendar(events: Event[], options: IcsOptions, feed: { self?: string } = {}): string {
  const dated = events
    .filter((e) => parseWhen(e.start, e.timezone || DEFAULT_TIMEZONE))
    .map((event) => ({ event, ...prepare(event, options) }));
  const usedZones = new Map<string, Zone>();
  for (const d of dated) if (d.zone) usedZones.set(d.zone.tzid, d.zone);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    prop('X-WR-CALNAME', escapeText(options.calendarName)),
    prop('NAME', escapeText(options.calendarName)),
  ];
  if (feed.self) {
    lines.push(prop('SOURCE;VALUE=URI', uri(feed.self)));
    lines.push('REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H');
  }
  const [onlyZone] = usedZones.keys();
  if (usedZones.size === 1 && onlyZone) lines.push(prop('X-WR-TIMEZONE', onlyZone));
  for (const z of usedZones.values()) lines.push(...vtimezone(z));
  dated.sort((a, b) => a.at - b.at || a.event.slug.localeCompare(b.event.slug));
  for (const d of dated) for (const l of d.lines) lines.push(l);
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}

/** `events.ics` and `events/<slug>.ics` for every dated event. */
export function buildIcsFiles(events: Event[], options: IcsOptions): Record<string, string> {
  const files: Record<string, string> = {
    [feedPath.calendar()]: buildCalendar(events, options, {
      self: dataUrl(options.siteUrl, feedPath.calendar()),
    }),
  };
  const key = optionsKey(options);
  for (const e of events) {
    if (!parseWhen(e.start, e.timezone || DEFAULT_TIMEZONE)) continue;
    let file = prepared.get(e)?.file;
    if (file === undefined || prepared.get(e)?.key !== key) {
      file = buildCalendar([e], { ...options, calendarName: e.title });
      prepared.get(e)!.file = file;
    }
    files[feedPath.eventCalendar(e.slug)] = file;
  }
  return files;
}
