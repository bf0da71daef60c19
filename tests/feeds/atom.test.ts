import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeedFiles } from '../../src/compiler/feeds';
import { ATOM_ENTRIES } from '../../src/compiler/feeds/atom';
import { allEvents, hangzhou, hostile } from './fixtures';

const siteUrl = 'https://events.example.org/base/';
const now = new Date('2024-01-02T03:04:05Z');
const xml = buildFeedFiles(allEvents, { siteUrl, now })['atom.xml']!;

type Link = { '@_rel': string; '@_href': string; '@_type'?: string };
type Entry = {
  id: string;
  title: { '#text': string; '@_type': string };
  link: Link | Link[];
  updated: string;
  summary: { '#text': string };
  content: { '#text': string; '@_type': string };
  contributor?: { name: string } | { name: string }[];
};

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'entry',
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  textNodeName: '#text',
  alwaysCreateTextNode: false,
});

describe('atom.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  const doc = parser.parse(xml) as { feed: Record<string, unknown> & { entry: Entry[] } };
  const feed = doc.feed;

  it('has the required feed elements', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(siteUrl);
    expect(feed.updated).toBe('2024-01-02T03:04:05Z');
    const links = feed.link as Link[];
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${siteUrl}data/atom.xml`);
    expect(feed.author).toBeTruthy();
  });

  it('has one entry per post, newest first, undated last', () => {
    const ids = feed.entry.map((e) => e.id);
    expect(ids).toEqual([
      `${siteUrl}events/kubecon-workshop-2023/`,
      `${siteUrl}events/hostile/`,
      `${siteUrl}events/sofameetup-4-hangzhou/`,
      `${siteUrl}events/sofachannel-23/`,
      `${siteUrl}events/recruiting-contributors/`,
    ]);
    for (const e of feed.entry) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it(`keeps the ${ATOM_ENTRIES} newest dated events and every post without a date`, () => {
    const many = Array.from({ length: ATOM_ENTRIES + 5 }, (_, i) => ({
      ...hangzhou,
      slug: `meetup-${i}`,
      start: `${2000 + i}-03-21`,
      end: null,
    }));
    const notes = [1, 2].map((i) => ({ ...hangzhou, slug: `note-${i}`, start: null, end: null }));
    const big = parser.parse(
      buildFeedFiles([...notes, ...many], { siteUrl, now })['atom.xml']!,
    ) as typeof doc;
    const ids = big.feed.entry.map((e) => e.id);
    expect(ids).toHaveLength(ATOM_ENTRIES + 2);
    expect(ids[0]).toBe(`${siteUrl}events/meetup-${ATOM_ENTRIES + 4}/`);
    expect(ids[ATOM_ENTRIES - 1]).toBe(`${siteUrl}events/meetup-5/`);
    expect(ids.slice(ATOM_ENTRIES)).toEqual([`${siteUrl}events/note-1/`, `${siteUrl}events/note-2/`]);
  });

  it('entries carry title, link, dates, summary and talks', () => {
    const e = feed.entry.find((x) => x.id.endsWith('/sofameetup-4-hangzhou/'))!;
    expect(e.title['#text']).toBe(hangzhou.title);
    const links = Array.isArray(e.link) ? e.link : [e.link];
    expect(links.find((l) => l['@_rel'] === 'alternate')?.['@_href']).toBe(
      `${siteUrl}events/sofameetup-4-hangzhou/`,
    );
    expect(links.find((l) => l['@_rel'] === 'related')?.['@_href']).toBe(
      `${siteUrl}data/events/sofameetup-4-hangzhou.ics`,
    );
    expect(e.updated).toBe('2021-03-21T06:00:00Z');
    expect(e.summary['#text']).toContain('2021-03-21 14:00–17:00');
    expect(e.content['@_type']).toBe('html');
    expect(e.content['#text']).toContain('蚂蚁集团 Service Mesh 进展回顾与展望');
  });

  it('escapes hostile titles', () => {
    expect(xml).not.toContain('<script>');
    const e = feed.entry.find((x) => x.id.endsWith('/hostile/'))!;
    expect(e.title['#text']).toBe(hostile.title);
    // The HTML content is escaped HTML: the title appears as text, never as markup.
    expect(e.content['#text']).not.toContain('<svg');
    expect(e.content['#text']).toContain('&lt;svg onload=alert(3)&gt;');
  });
});
