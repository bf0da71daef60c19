// Feeds carry no wall-clock time: an unchanged input gives byte-identical files (so nothing is
// rewritten), with stamps taken from the events themselves or SOURCE_DATE_EPOCH.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFeedFiles } from '../../src/compiler/feeds';
import { allEvents, hangzhou } from './fixtures';

const siteUrl = 'https://events.example.org/';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('feed timestamps', () => {
  it('do not change with the clock', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const a = buildFeedFiles(allEvents, { siteUrl });
    vi.setSystemTime(new Date('2031-06-01T00:00:00Z'));
    const b = buildFeedFiles(structuredClone(allEvents), { siteUrl });
    expect(b).toEqual(a);
  });

  it('stamp each VEVENT with its start and the Atom feed with its newest entry', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    const files = buildFeedFiles([hangzhou], { siteUrl });
    const start = new Date(hangzhou.start!).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(files[`events/${hangzhou.slug}.ics`]).toContain(`DTSTAMP:${start.replace(/[-:]/g, '')}`);
    expect(files['atom.xml']).toContain(`<updated>${start}</updated>`);
  });

  it('use SOURCE_DATE_EPOCH when set', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const files = buildFeedFiles([hangzhou], { siteUrl });
    expect(files['events.ics']).toContain('DTSTAMP:20231114T221320Z');
    expect(files['atom.xml']).toContain('<updated>2023-11-14T22:13:20Z</updated>');
  });
});
