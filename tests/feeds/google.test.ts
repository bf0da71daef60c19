import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, googleDates, icsHref } from '../../src/app/calendar/google';
import { allDay, announcement, hangzhou, online } from './fixtures';

describe('Google Calendar link', () => {
  it('timed events: UTC dates', () => {
    expect(googleDates(hangzhou)).toBe('20210321T060000Z/20210321T090000Z');
  });

  it('a time without an offset is read in the event’s zone, not the browser’s', () => {
    const noOffset = { ...hangzhou, start: '2021-03-21T14:00:00', end: '2021-03-21T17:00:00' };
    expect(googleDates(noOffset)).toBe('20210321T060000Z/20210321T090000Z');
    expect(googleDates({ ...noOffset, timezone: 'Europe/Berlin' })).toBe('20210321T130000Z/20210321T160000Z');
  });

  it('all-day events: YYYYMMDD with an exclusive end', () => {
    expect(googleDates(allDay)).toBe('20230819/20230821');
    expect(googleDates({ ...allDay, end: null })).toBe('20230819/20230820');
  });

  it('no date, no link', () => {
    expect(googleDates(announcement)).toBeNull();
    expect(googleCalendarUrl(announcement, null)).toBeNull();
  });

  it('carries title, details with talks and the page, and location', () => {
    const url = new URL(googleCalendarUrl(hangzhou, 'https://x.org/events/sofameetup-4-hangzhou/')!);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    const p = url.searchParams;
    expect(p.get('action')).toBe('TEMPLATE');
    expect(p.get('text')).toBe(hangzhou.title);
    expect(p.get('dates')).toBe('20210321T060000Z/20210321T090000Z');
    expect(p.get('details')).toContain('蚂蚁集团 Service Mesh 进展回顾与展望 — 石建伟');
    expect(p.get('details')).toContain('https://x.org/events/sofameetup-4-hangzhou/');
    expect(p.get('location')).toContain('学院路77号');
    expect(p.get('ctz')).toBe('Asia/Shanghai');
  });

  it('online events use the live link as location', () => {
    const p = new URL(googleCalendarUrl(online, null)!).searchParams;
    expect(p.get('location')).toBe('https://live.example.org/room/1?a=1&b=2');
  });

  it('ics href honours the base path', () => {
    expect(icsHref('/sub/', 'a-b')).toBe('/sub/data/events/a-b.ics');
    expect(icsHref('/', 'a-b')).toBe('/data/events/a-b.ics');
  });
});
