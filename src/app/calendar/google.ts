// Calendar links for one event, in the browser: the bundle's `.ics` file and a Google Calendar template URL.
import { placeText } from '../../model/place';
import type { Event } from '../../model/types';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

type Day = { y: number; m: number; d: number };

function day(value: string | null): Day | null {
  const m = value ? DATE_ONLY.exec(value.trim()) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function instant(value: string | null): Date | null {
  if (!value || DATE_ONLY.test(value.trim())) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const basicDay = ({ y, m, d }: Day) => `${pad(y, 4)}${pad(m)}${pad(d)}`;
const basicUtc = (t: Date) =>
  t
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

function addDays({ y, m, d }: Day, n: number): Day {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day an instant falls on in `timeZone`. */
function dayIn(t: Date, timeZone: string): Day {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(t);
  } catch {
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/**
 * Google's `dates=` value: `YYYYMMDDTHHMMSSZ/YYYYMMDDTHHMMSSZ` in UTC for timed events (an unknown end is the
 * start), `YYYYMMDD/YYYYMMDD` with an exclusive end day for all-day events. Null when the start is unknown.
 */
export function googleDates(event: Pick<Event, 'start' | 'end' | 'timezone'>): string | null {
  const startDay = day(event.start);
  if (startDay) {
    const endInstant = instant(event.end);
    let last = day(event.end) ?? (endInstant ? dayIn(endInstant, event.timezone) : null) ?? startDay;
    if (basicDay(last) < basicDay(startDay)) last = startDay;
    return `${basicDay(startDay)}/${basicDay(addDays(last, 1))}`;
  }
  const start = instant(event.start);
  if (!start) return null;
  const end = instant(event.end);
  const until = end && end > start ? end : start;
  return `${basicUtc(start)}/${basicUtc(until)}`;
}

export function eventPlace(event: Pick<Event, 'mode' | 'city' | 'venue' | 'links'>): string | null {
  const place = placeText(event);
  if (event.mode === 'online' || (!place && event.mode === 'hybrid')) {
    const live =
      event.links.find((l) => l.kind === 'live') ?? event.links.find((l) => l.kind === 'registration');
    return live?.url ?? 'Online';
  }
  return place ?? null;
}

/** Plain-text details: summary, talks with speakers, the page URL; cut to keep the URL a sane length. */
export function eventDetails(
  event: Pick<Event, 'summary' | 'title' | 'talks'>,
  pageUrl: string | null,
  max = 1200,
): string {
  const parts: string[] = [];
  if (event.summary && event.summary !== event.title) parts.push(event.summary.trim());
  if (event.talks.length) {
    parts.push(
      event.talks
        .map((t) => {
          const who = t.speakers.map((s) => s.name).join(', ');
          return `- ${t.title}${who ? ` — ${who}` : ''}`;
        })
        .join('\n'),
    );
  }
  let text = parts.join('\n\n');
  const chars = [...text];
  if (chars.length > max) text = `${chars.slice(0, max - 1).join('')}…`;
  return pageUrl ? (text ? `${text}\n\n${pageUrl}` : pageUrl) : text;
}

/** `https://calendar.google.com/calendar/render?action=TEMPLATE&…`, or null for an event without a date. */
export function googleCalendarUrl(event: Event, pageUrl: string | null): string | null {
  const dates = googleDates(event);
  if (!dates) return null;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates });
  const details = eventDetails(event, pageUrl);
  if (details) params.set('details', details);
  const location = eventPlace(event);
  if (location) params.set('location', location);
  if (event.timezone && dates.includes('T')) params.set('ctz', event.timezone);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** Where the compiler put this event's `.ics`: `<base>data/events/<slug>.ics`. */
export function icsHref(baseUrl: string, slug: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}data/events/${encodeURIComponent(slug)}.ics`;
}

/** The event's own page on this site: `<origin><base>events/<slug>/`. */
export function pageHref(origin: string, baseUrl: string, slug: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${origin}${base}events/${encodeURIComponent(slug)}/`;
}
