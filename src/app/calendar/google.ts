// Calendar links for one event, in the browser: the bundle's `.ics` file and a Google Calendar template URL.
import { placeText } from '../../model/place';
import { summaryBesideTitle } from '../../model/summary';
import { basicDate, basicUtc, lastDay, nextDay, parseWhen } from '../../model/time';
import { DEFAULT_TIMEZONE, type Event } from '../../model/types';

/**
 * Google's `dates=` value: `YYYYMMDDTHHMMSSZ/YYYYMMDDTHHMMSSZ` in UTC for timed events (an unknown end is the
 * start), `YYYYMMDD/YYYYMMDD` with an exclusive end day for all-day events. Null when the start is unknown.
 */
export function googleDates(event: Pick<Event, 'start' | 'end' | 'timezone'>): string | null {
  const tz = event.timezone || DEFAULT_TIMEZONE;
  const start = parseWhen(event.start, tz);
  if (!start) return null;
  const end = parseWhen(event.end, tz);
  if (start.kind === 'date') return `${basicDate(start)}/${basicDate(nextDay(lastDay(start, end, tz)))}`;
  const until = end?.kind === 'time' && end.instant > start.instant ? end.instant : start.instant;
  return `${basicUtc(start.instant)}/${basicUtc(until)}`;
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
  const summary = summaryBesideTitle(event);
  if (summary) parts.push(summary);
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
