import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles } from '../../src/compiler/feeds';
import { escapeText, foldLine } from '../../src/compiler/feeds/ics';
import { allDay, allEvents, hangzhou, hostile, online } from './fixtures';

const siteUrl = 'https://events.example.org/base/';
const now = new Date('2024-01-02T03:04:05Z');
const files = buildFeedFiles(allEvents, { siteUrl, now });

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { cal, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

describe('events.ics', () => {
  const text = files['events.ics']!;
  const { cal, events, byUid } = parse(text);

  it('is CRLF-delimited, folded at 75 octets, and ends with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n /); // long Chinese lines were folded
  });

  it('has the calendar headers', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toContain('event-browser');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
  });

  it('holds every dated event once, with stable UIDs and a DTSTAMP', () => {
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        'sofameetup-4-hangzhou@events.example.org',
        'sofachannel-23@events.example.org',
        'kubecon-workshop-2023@events.example.org',
        'hostile@events.example.org',
      ].sort(),
    );
    for (const e of events) {
      expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-01-02T03:04:05Z');
    }
  });

  it('writes Asia/Shanghai times with a TZID and a VTIMEZONE', () => {
    const e = byUid.get('sofameetup-4-hangzhou@events.example.org')!;
    expect(e.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(e.startDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(e.startDate.toString()).toBe('2021-03-21T14:00:00');
    expect(e.startDate.toJSDate().toISOString()).toBe('2021-03-21T06:00:00.000Z');
    expect(e.endDate.toJSDate().toISOString()).toBe('2021-03-21T09:00:00.000Z');
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20210321T140000\r\n');
  });

  it('writes zones with daylight saving in UTC', () => {
    const e = byUid.get('hostile@events.example.org')!;
    expect(e.startDate.zone?.tzid).toBe('UTC');
    expect(e.startDate.toJSDate().toISOString()).toBe('2022-05-01T10:00:00.000Z');
    expect(text).toContain('DTSTART:20220501T100000Z\r\n');
  });

  it('writes all-day events as VALUE=DATE with an exclusive end', () => {
    const e = byUid.get('kubecon-workshop-2023@events.example.org')!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2023-08-19');
    expect(e.endDate.isDate).toBe(true);
    expect(e.endDate.toString()).toBe('2023-08-21'); // the 19th and 20th, end exclusive
    expect(text).toContain('DTSTART;VALUE=DATE:20230819\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20230821\r\n');
  });

  it('has SUMMARY, URL back to the page, LOCATION, and talks in DESCRIPTION', () => {
    const e = byUid.get('sofameetup-4-hangzhou@events.example.org')!;
    expect(e.summary).toBe(hangzhou.title);
    expect(e.component.getFirstPropertyValue('url')).toBe(
      'https://events.example.org/base/events/sofameetup-4-hangzhou/',
    );
    expect(e.location).toContain('学院路77号');
    for (const t of hangzhou.talks) expect(e.description).toContain(t.title);
    expect(e.description).toContain('14:00–14:40 蚂蚁集团 Service Mesh 进展回顾与展望 — 石建伟');
    expect(e.description).toContain('张三, 李四');
    expect(e.description).toContain('https://events.example.org/base/events/sofameetup-4-hangzhou/');
  });

  it('round-trips hostile text through escaping', () => {
    const e = byUid.get('hostile@events.example.org')!;
    expect(e.summary).toBe(hostile.title);
    expect(e.location).toContain('Hall "A" <1>');
    const tricky = byUid.get('sofameetup-4-hangzhou@events.example.org')!;
    expect(tricky.description).toContain(hangzhou.talks[1]!.title);
  });

  it('lists a link without a label by its address alone', () => {
    const unlabelled = {
      ...online,
      links: [{ kind: 'video' as const, label: '', url: 'https://v.example.org/1' }],
    };
    const [e] = parse(buildFeedFiles([unlabelled], { siteUrl, now })['events.ics']!).events;
    expect(e!.description).toContain('链接 Links:\n- https://v.example.org/1\n');
  });

  it('gives online events a location from the live link', () => {
    const e = byUid.get('sofachannel-23@events.example.org')!;
    expect(e.location).toContain('https://live.example.org/room/1?a=1&b=2');
    expect(e.description).toContain(online.talks[0]!.title);
  });
});

describe('events/<slug>.ics', () => {
  it('exists for each dated event only', () => {
    expect(
      Object.keys(files)
        .filter((k) => k.startsWith('events/'))
        .sort(),
    ).toEqual([
      'events/hostile.ics',
      'events/kubecon-workshop-2023.ics',
      'events/sofachannel-23.ics',
      'events/sofameetup-4-hangzhou.ics',
    ]);
  });

  it('parses to one VEVENT with the event facts', () => {
    const { events, cal } = parse(files['events/sofameetup-4-hangzhou.ics']!);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e!.uid).toBe('sofameetup-4-hangzhou@events.example.org');
    expect(e!.startDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(e!.startDate.toJSDate().toISOString()).toBe('2021-03-21T06:00:00.000Z');
    expect(e!.description).toContain('蚂蚁集团 Service Mesh 进展回顾与展望');
    expect(cal.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('an all-day one-day event ends the next day', () => {
    const files1 = buildFeedFiles([{ ...allDay, end: null }], { siteUrl, now });
    const { events } = parse(files1['events/kubecon-workshop-2023.ics']!);
    expect(events[0]!.startDate.toString()).toBe('2023-08-19');
    expect(events[0]!.endDate.toString()).toBe('2023-08-20');
  });
});

describe('RFC 5545 text helpers', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds without splitting UTF-8 characters', () => {
    const line = `DESCRIPTION:${'活动'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});

describe('site URL', () => {
  it('adds BASE_PATH to an origin-only site URL', () => {
    const prev = process.env.BASE_PATH;
    process.env.BASE_PATH = '/sub/';
    try {
      const f = buildFeedFiles([hangzhou], { siteUrl: 'https://x.example', now });
      expect(f['events.ics']).toContain('URL:https://x.example/sub/events/sofameetup-4-hangzhou/');
    } finally {
      if (prev === undefined) delete process.env.BASE_PATH;
      else process.env.BASE_PATH = prev;
    }
  });
});
