// Atom (RFC 4287): `atom.xml`, newest event first: the ATOM_ENTRIES newest dated events, then every
// post without a date (announcements have no date to be older by, and are in no other feed). Feed
// readers poll the whole file again and again; the archive of dated events is the timeline and
// `events.ics`, so the feed stays small (at 10,000 posts, every entry made a 17 MB file).
import { DEFAULT_TIMEZONE, type Event } from '../../model/types';
import { summaryBesideTitle } from '../../model/summary';
import { eventLocation } from './ics';
import { absolute, dataUrl, feedPath, pagePath } from './site';
import { clock, parseWhen, rfc3339, startInstant, wallTime } from '../../model/time';
import { escapeHtml as html, escapeXml } from '../escape';

export const ATOM_ENTRIES = 100;

export interface AtomOptions {
  siteUrl: string;
  /**
   * The feed's `updated`, and the `updated` of posts without a date; default: the newest entry's
   * (deterministic).
   */
  now?: Date;
  title: string;
}

/** `2021-03-21 14:00–17:00 (Asia/Shanghai)`, or `2021-03-21` for a date alone. */
export function whenText(event: Event): string | null {
  const tz = event.timezone || DEFAULT_TIMEZONE;
  const start = parseWhen(event.start, tz);
  if (!start) return null;
  const day = (w: { year: number; month: number; day: number }) =>
    `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  const end = parseWhen(event.end, tz);
  if (start.kind === 'date') {
    const last = end?.kind === 'date' ? end : end ? wallTime(end.instant, tz) : null;
    return last && day(last) !== day(start) ? `${day(start)} – ${day(last)}` : day(start);
  }
  const s = wallTime(start.instant, tz);
  const from = `${day(s)} ${clock(event.start, tz)}`;
  if (!end) return `${from} (${tz})`;
  const endDay = end.kind === 'date' ? end : wallTime(end.instant, tz);
  const endClock = end.kind === 'time' ? clock(event.end, tz) : null;
  const to = day(endDay) === day(s) ? endClock : `${day(endDay)}${endClock ? ` ${endClock}` : ''}`;
  return `${from}${to ? `–${to}` : ''} (${tz})`;
}

/** The entry body as (escaped, then XML-escaped again) HTML: when, where, talks, and links. */
function entryHtml(event: Event, pageUrl: string): string {
  const out: string[] = [];
  const when = whenText(event);
  if (when) out.push(`<p><strong>时间 When:</strong> ${html(when)}</p>`);
  const where = eventLocation(event);
  if (where) out.push(`<p><strong>地点 Where:</strong> ${html(where)}</p>`);
  const summary = summaryBesideTitle(event);
  if (summary) out.push(`<p>${html(summary)}</p>`);
  if (event.talks.length) {
    const items = event.talks.map((t) => {
      const who = t.speakers.map((s) => html(s.name)).join(', ');
      return `<li>${html(t.title)}${who ? ` — ${who}` : ''}</li>`;
    });
    out.push(`<h3>议程 Talks</h3><ul>${items.join('')}</ul>`);
  }
  out.push(`<p><a href="${html(pageUrl)}">${html(pageUrl)}</a></p>`);
  return out.join('\n');
}

function sortKey(e: Event): number {
  return startInstant(e.start, e.timezone || DEFAULT_TIMEZONE)?.getTime() ?? Number.NEGATIVE_INFINITY;
}

const entries = new WeakMap<Event, { key: string; lines: string[] }>();

function entryLines(e: Event, siteUrl: string, now: string): string[] {
  const lines: string[] = [];
  const tz = e.timezone || DEFAULT_TIMEZONE;
  const pageUrl = absolute(siteUrl, pagePath.event(e.slug));
  const start = startInstant(e.start, tz);
  const updated = start ? rfc3339(start) : now;
  const summary =
    [whenText(e), eventLocation(e), summaryBesideTitle(e)].filter(Boolean).join(' · ') || e.title;
  lines.push('  <entry>');
  lines.push(`    <id>${escapeXml(pageUrl)}</id>`);
  lines.push(`    <title type="text">${escapeXml(e.title)}</title>`);
  lines.push(`    <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`);
  if (start) {
    const ics = dataUrl(siteUrl, feedPath.eventCalendar(e.slug));
    lines.push(`    <link rel="related" type="text/calendar" href="${escapeXml(ics)}"/>`);
  }
  lines.push(`    <updated>${updated}</updated>`);
  if (start) lines.push(`    <published>${updated}</published>`);
  const speakers = new Map<string, string>();
  for (const t of e.talks) for (const s of t.speakers) speakers.set(s.slug, s.name);
  for (const [slug, name] of speakers) {
    const uri = absolute(siteUrl, pagePath.speaker(slug));
    lines.push(`    <contributor><name>${escapeXml(name)}</name><uri>${escapeXml(uri)}</uri></contributor>`);
  }
  const cats = [...new Set([e.series, ...e.tags].filter((c): c is string => Boolean(c && c.trim())))];
  for (const c of cats) lines.push(`    <category term="${escapeXml(c)}"/>`);
  lines.push(`    <summary type="text">${escapeXml(summary)}</summary>`);
  lines.push(`    <content type="html">${escapeXml(entryHtml(e, pageUrl))}</content>`);
  lines.push('  </entry>');
  return lines;
}

export function buildAtom(events: Event[], options: AtomOptions): string {
  const { siteUrl } = options;
  const keys = new Map<Event, number>();
  for (const e of events) keys.set(e, sortKey(e));
  const ordered = [...events].sort((a, b) => keys.get(b)! - keys.get(a)! || a.slug.localeCompare(b.slug));
  let newest = Number.NEGATIVE_INFINITY;
  for (const k of keys.values()) if (k > newest) newest = k;
  const now = rfc3339(options.now ?? new Date(Number.isFinite(newest) ? newest : 0));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(siteUrl)}</id>`,
    `  <title type="text">${escapeXml(options.title)}</title>`,
    `  <updated>${now}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(dataUrl(siteUrl, feedPath.atom()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(siteUrl)}"/>`,
    `  <link rel="alternate" type="text/calendar" href="${escapeXml(dataUrl(siteUrl, feedPath.calendar()))}"/>`,
    `  <author><name>${escapeXml(options.title)}</name><uri>${escapeXml(siteUrl)}</uri></author>`,
    '  <generator>event-browser</generator>',
  ];
  let dated = 0;
  for (const e of ordered) {
    const undated = keys.get(e) === Number.NEGATIVE_INFINITY;
    if (!undated && ++dated > ATOM_ENTRIES) continue;
    // An entry depends on its event, the site URL and (undated only) the feed's `updated`; unchanged
    // events are the same objects from run to run (compile.ts), so watch mode rebuilds only new ones.
    const key = `${siteUrl}\0${undated ? now : ''}`;
    let hit = entries.get(e);
    if (!hit || hit.key !== key) entries.set(e, (hit = { key, lines: entryLines(e, siteUrl, now) }));
    for (const l of hit.lines) lines.push(l);
  }
  lines.push('</feed>');
  return lines.join('\n') + '\n';
}
