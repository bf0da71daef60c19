// schema.org JSON-LD: `Event` on event pages (`Article` for announcements), `Person` on speaker pages, `WebSite` on the home page.
import { DEFAULT_TIMEZONE, type Event, type Speaker } from '../model/types';
import { summaryBesideTitle } from '../model/summary';
import { dataUrl, feedPath, pagePath, parseWhen } from '../compiler/feeds';
import { safeUrl } from './html';
import { absoluteUrl, type Site } from './site';

type Json = Record<string, unknown>;

const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** A date alone stays a date; a date-time keeps its offset. Null when unreadable. */
function schemaDate(value: string | null, timeZone: string): string | null {
  return value && parseWhen(value, timeZone) ? value : null;
}

export function coverUrl(event: { cover: string | null }, site: Site): string | null {
  return safeUrl(event.cover, site.url);
}

function place(event: Event): Json | null {
  if (!event.venue && !event.city) return null;
  const address: Json = { '@type': 'PostalAddress' };
  if (event.venue) address.streetAddress = event.venue;
  if (event.city) address.addressLocality = event.city;
  return { '@type': 'Place', name: event.venue ?? event.city, address };
}

function virtualLocation(event: Event, pageUrl: string): Json {
  const link =
    event.links.find((l) => l.kind === 'live') ??
    event.links.find((l) => l.kind === 'registration') ??
    event.links.find((l) => l.kind === 'video');
  return { '@type': 'VirtualLocation', url: safeUrl(link?.url) ?? pageUrl };
}

/** A post that is not a dated gathering is an article, not an Event with no date. */
function articleJsonLd(event: Event, url: string, site: Site): Json {
  const data: Json = { '@context': 'https://schema.org', '@type': 'Article', headline: event.title, url };
  const description = summaryBesideTitle(event);
  if (description) data.description = description;
  const image = coverUrl(event, site);
  if (image) data.image = [image];
  data.publisher = { '@type': 'Organization', name: event.series ?? site.name, url: site.url };
  return data;
}

export function eventJsonLd(event: Event, site: Site): Json {
  const tz = event.timezone || DEFAULT_TIMEZONE;
  const url = absoluteUrl(site, pagePath.event(event.slug));
  if (event.kind === 'announcement') return articleJsonLd(event, url, site);
  const data: Json = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    url,
  };
  const description = summaryBesideTitle(event);
  if (description) data.description = description;
  const start = schemaDate(event.start, tz);
  const end = schemaDate(event.end, tz);
  if (start) data.startDate = start;
  if (end) data.endDate = end;
  data.eventStatus = 'https://schema.org/EventScheduled';
  if (event.mode) data.eventAttendanceMode = ATTENDANCE[event.mode];
  const physical = place(event);
  const locations: Json[] = [];
  if (event.mode !== 'online' && physical) locations.push(physical);
  if (event.mode === 'online' || event.mode === 'hybrid') locations.push(virtualLocation(event, url));
  if (locations.length === 1) data.location = locations[0];
  else if (locations.length > 1) data.location = locations;
  const image = coverUrl(event, site);
  if (image) data.image = [image];
  const performers = new Map<string, Json>();
  for (const talk of event.talks) {
    for (const s of talk.speakers) {
      if (!performers.has(s.slug)) {
        performers.set(s.slug, {
          '@type': 'Person',
          name: s.name,
          url: absoluteUrl(site, pagePath.speaker(s.slug)),
        });
      }
    }
  }
  if (performers.size) data.performer = [...performers.values()];
  data.organizer = { '@type': 'Organization', name: event.series ?? site.name, url: site.url };
  if (event.talks.length) {
    data.subEvent = event.talks.map((t) => {
      const sub: Json = { '@type': 'Event', name: t.title };
      const ts = schemaDate(t.start, tz);
      const te = schemaDate(t.end, tz);
      if (ts) sub.startDate = ts;
      if (te) sub.endDate = te;
      if (t.speakers.length) sub.performer = t.speakers.map((s) => ({ '@type': 'Person', name: s.name }));
      return sub;
    });
  }
  if (start) {
    data.subjectOf = {
      '@type': 'DigitalDocument',
      encodingFormat: 'text/calendar',
      url: dataUrl(site.url, feedPath.eventCalendar(event.slug)),
    };
  }
  return JSON.parse(JSON.stringify(data)) as Json;
}

export function personJsonLd(speaker: Speaker, site: Site): Json {
  const data: Json = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: speaker.name,
    url: absoluteUrl(site, pagePath.speaker(speaker.slug)),
  };
  if (speaker.aliases.length) data.alternateName = speaker.aliases;
  if (speaker.role) data.jobTitle = speaker.role;
  if (speaker.affiliation) data.worksFor = { '@type': 'Organization', name: speaker.affiliation };
  if (speaker.bio) data.description = speaker.bio;
  const events = new Map<string, Json>();
  for (const t of speaker.talks) {
    if (events.has(t.event)) continue;
    const ev: Json = {
      '@type': 'Event',
      name: t.eventTitle,
      url: absoluteUrl(site, pagePath.event(t.event)),
    };
    if (t.date) ev.startDate = t.date;
    events.set(t.event, ev);
  }
  if (events.size) data.performerIn = [...events.values()];
  return data;
}

export function websiteJsonLd(site: Site, description: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description,
  };
}
