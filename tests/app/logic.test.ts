import { describe, expect, it } from 'vitest';
import {
  buildRows,
  computeFacets,
  countPosts,
  filterEvents,
  filtersFromParams,
  isUpcoming,
  rowHeights,
  seriesNeighbours,
  splitByTime,
  withFilter,
} from '../../src/app/lib/timeline';
import { computeOverview } from '../../src/app/lib/overview';
import { nearest, similarity } from '../../src/app/lib/nearest';
import { filterSpeakers, sortSpeakers } from '../../src/app/lib/speakers';
import { describeWhen, formatDay } from '../../src/app/lib/dates';
import { pickLang, STRINGS } from '../../src/app/i18n/strings';
import { index, summary } from './fixtures';

const NOW = Date.parse('2024-06-01T00:00:00Z');

describe('timeline filters', () => {
  it('reads filters from search params and ignores unknown keys', () => {
    const f = filtersFromParams(new URLSearchParams('series=SOFAMeetup&year=2021&foo=bar&city='));
    expect(f).toEqual({ series: 'SOFAMeetup', year: '2021' });
  });

  it('sets and removes one filter, keeping the rest', () => {
    const p = withFilter(new URLSearchParams('series=A&q=x'), 'city', '杭州');
    expect(p.get('city')).toBe('杭州');
    expect(p.get('series')).toBe('A');
    expect(withFilter(p, 'series', null).has('series')).toBe(false);
  });

  it('filters by each facet, combined with AND', () => {
    const slugs = (f: Parameters<typeof filterEvents>[1]) => filterEvents(index.events, f).map((e) => e.slug);
    expect(slugs({ series: 'Service Mesh Meetup' })).toEqual(['service-mesh-meetup-2-beijing']);
    expect(slugs({ tag: 'Service Mesh' })).toEqual([
      'sofameetup-4-hangzhou',
      'service-mesh-meetup-2-beijing',
    ]);
    expect(slugs({ city: '成都' })).toEqual(['sofameetup-8-chengdu']);
    expect(slugs({ year: '2021' })).toEqual(['sofameetup-8-chengdu', 'sofameetup-4-hangzhou']);
    expect(slugs({ series: 'SOFAMeetup', year: '2021', city: '杭州' })).toEqual(['sofameetup-4-hangzhou']);
    expect(slugs({})).toHaveLength(index.events.length);
  });

  it('takes tags spelled differently (case, width, spacing) as one, under the most used spelling', () => {
    const events = [
      summary({ slug: 'a', title: 'A', tags: ['Istio', 'Service Mesh'] }),
      summary({ slug: 'b', title: 'B', tags: ['istio', 'service  mesh', 'Service Mesh'] }),
      summary({ slug: 'c', title: 'C', tags: ['Istio', 'ｉｓｔｉｏ'] }),
      summary({ slug: 'd', title: 'D', tags: ['Kata Containers'] }),
    ];
    expect(computeFacets(events).tag).toEqual([
      ['Istio', 3],
      ['Service Mesh', 2],
      ['Kata Containers', 1],
    ]);
    const slugs = (tag: string) => filterEvents(events, { tag }).map((e) => e.slug);
    expect(slugs('istio')).toEqual(['a', 'b', 'c']);
    expect(slugs('SERVICE MESH')).toEqual(['a', 'b']);
    expect(slugs('Kata Container')).toEqual([]);
    expect(computeOverview({ ...index, events }).tags.map((b) => [b.label, b.value])).toEqual([
      ['Istio', 3],
      ['Service Mesh', 2],
      ['Kata Containers', 1],
    ]);
  });

  it('counts a hybrid event as both online and offline', () => {
    const online = filterEvents(index.events, { mode: 'online' }).map((e) => e.slug);
    const offline = filterEvents(index.events, { mode: 'offline' }).map((e) => e.slug);
    expect(online).toEqual(['future-meetup', 'service-mesh-meetup-2-beijing']);
    expect(offline).toContain('service-mesh-meetup-2-beijing');
    expect(offline).not.toContain('future-meetup');
    expect(filterEvents(index.events, { mode: 'hybrid' }).map((e) => e.slug)).toEqual([
      'service-mesh-meetup-2-beijing',
    ]);
  });

  it('computes facets with counts, years newest first', () => {
    const f = computeFacets(index.events);
    expect(f.series[0]).toEqual(['SOFAMeetup', 3]);
    expect(f.year.map(([y]) => y)).toEqual(['2099', '2021', '2018']);
    expect(f.city).toContainEqual(['杭州', 1]);
    expect(f.mode.map(([m]) => m)).toEqual(['offline', 'online', 'hybrid']);
  });
});

describe('upcoming and past', () => {
  it('an event is upcoming until it ends; a date alone lasts the whole day', () => {
    expect(isUpcoming({ start: '2024-06-02T10:00:00+08:00', end: null }, NOW)).toBe(true);
    expect(isUpcoming({ start: '2024-05-01T10:00:00+08:00', end: null }, NOW)).toBe(false);
    expect(isUpcoming({ start: '2024-05-31T10:00:00+08:00', end: '2024-06-02T10:00:00+08:00' }, NOW)).toBe(
      true,
    );
    const today = new Date(NOW);
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(isUpcoming({ start: iso, end: null }, NOW)).toBe(true);
  });

  it('splits upcoming (soonest first), past (newest first) and undated', () => {
    const events = [
      summary({ slug: 'a', title: 'a', start: '2030-01-01' }),
      summary({ slug: 'b', title: 'b', start: '2025-01-01T10:00:00+08:00' }),
      summary({ slug: 'c', title: 'c', start: '2020-01-01' }),
      summary({ slug: 'd', title: 'd', start: '2022-03-01T10:00:00+08:00' }),
      summary({ slug: 'e', title: 'e', start: null }),
    ];
    const s = splitByTime(events, NOW);
    expect(s.upcoming.map((e) => e.slug)).toEqual(['b', 'a']);
    expect(s.past.map((e) => e.slug)).toEqual(['d', 'c']);
    expect(s.undated.map((e) => e.slug)).toEqual(['e']);
  });

  it('sorts events given in any order, keeping equal starts in their given order', () => {
    const events = [
      summary({ slug: 'p1', title: 'p1', start: '2019-05-01T10:00:00+08:00' }),
      summary({ slug: 'p2', title: 'p2', start: '2023-05-01T10:00:00+08:00' }),
      summary({ slug: 'u1', title: 'u1', start: '2031-01-01' }),
      summary({ slug: 'p3', title: 'p3', start: '2019-05-01T10:00:00+08:00' }),
      summary({ slug: 'u2', title: 'u2', start: '2030-01-01T09:00:00+08:00' }),
      summary({ slug: 'u3', title: 'u3', start: '2031-01-01' }),
    ];
    const s = splitByTime(events, NOW);
    expect(s.upcoming.map((e) => e.slug)).toEqual(['u2', 'u1', 'u3']);
    expect(s.past.map((e) => e.slug)).toEqual(['p2', 'p1', 'p3']);
    const reversed = splitByTime(events.slice().reverse(), NOW);
    expect(reversed.past.map((e) => e.slug)).toEqual(['p2', 'p3', 'p1']);
    expect(reversed.upcoming.map((e) => e.slug)).toEqual(['u2', 'u3', 'u1']);
    // Newest first, as index.json lists them, ties included.
    const newestFirst = [events[2]!, events[5]!, events[4]!, events[1]!, events[0]!, events[3]!];
    const s2 = splitByTime(newestFirst, NOW);
    expect(s2.upcoming.map((e) => e.slug)).toEqual(['u2', 'u1', 'u3']);
    expect(s2.past.map((e) => e.slug)).toEqual(['p2', 'p1', 'p3']);
    // Already in order: the same order comes back.
    expect(splitByTime(s2.past, NOW).past.map((e) => e.slug)).toEqual(['p2', 'p1', 'p3']);
  });

  it('reads ISO instants with any offset, Z, fractions or none as Date.parse does', () => {
    for (const iso of [
      '2021-03-21T14:00:00+08:00',
      '2021-03-21T14:00+08:00',
      '2021-03-21T23:30:00-05:30',
      '2021-03-21T14:00:00Z',
      '2021-03-21T14:00:00.5+08:00',
      '2021-03-21T14:00:00',
    ]) {
      const [e] = splitByTime([summary({ slug: 'a', title: 'a', start: iso })], 0).upcoming;
      expect(e?.slug, iso).toBe('a');
      expect(isUpcoming({ start: iso, end: null }, Date.parse(iso))).toBe(true);
      expect(isUpcoming({ start: iso, end: null }, Date.parse(iso) + 1)).toBe(false);
    }
  });

  it('gives each row type one height, taller event cards on a narrow screen, scaled by the root font', () => {
    const wide = rowHeights(false, 16);
    expect(wide).toEqual({ section: 54, year: 40, month: 39, event: 114 });
    const narrow = rowHeights(true, 16);
    expect(narrow.event).toBeGreaterThan(wide.event);
    expect({ ...narrow, event: 0 }).toEqual({ ...wide, event: 0 });
    const big = rowHeights(false, 20);
    for (const k of ['section', 'year', 'month', 'event'] as const) expect(big[k]).toBeGreaterThan(wide[k]);
  });

  it('groups rows by section and month, in the event’s own local month', () => {
    const events = [
      summary({ slug: 'x', title: 'x', start: '2021-03-31T23:30:00+08:00' }), // UTC would say March too, but
      summary({ slug: 'y', title: 'y', start: '2021-04-01T00:30:00+08:00' }), // UTC would say 31 March
      summary({ slug: 'z', title: 'z', start: '2099-01-01' }),
    ];
    const rows = buildRows(events, NOW);
    expect(
      rows.map((r) =>
        r.type === 'event'
          ? r.event.slug
          : r.type === 'month'
            ? `${r.year}-${r.month}`
            : r.type === 'year'
              ? `y${r.year}`
              : r.section,
      ),
    ).toEqual(['upcoming', 'y2099', '2099-1', 'z', 'past', 'y2021', '2021-4', 'y', '2021-3', 'x']);
    const z = rows.find((r) => r.type === 'event' && r.event.slug === 'z');
    expect(z && z.type === 'event' && z.upcoming).toBe(true);
  });

  it('finds previous and next of the same series by date', () => {
    const n = seriesNeighbours(index.events, 'sofameetup-8-chengdu');
    expect(n.prev?.slug).toBe('sofameetup-4-hangzhou');
    expect(n.next?.slug).toBe('future-meetup');
    expect(seriesNeighbours(index.events, 'service-mesh-meetup-2-beijing')).toEqual({
      prev: null,
      next: null,
    });
  });
});

describe('nearest match', () => {
  it('scores near slugs high and unrelated low', () => {
    expect(similarity('sofameetup-4-hangzho', 'sofameetup-4-hangzhou')).toBeGreaterThan(0.8);
    expect(similarity('kubernetes', 'SOFAMeetup#8 成都站')).toBeLessThan(0.2);
  });
  it('suggests the closest events by slug or title, Chinese too', () => {
    const keys = (e: (typeof index.events)[number]) => [e.title, e.slug];
    expect(nearest('sofameetup-4-hangzho', index.events, keys)[0]?.slug).toBe('sofameetup-4-hangzhou');
    expect(nearest('成都站', index.events, keys)[0]?.slug).toBe('sofameetup-8-chengdu');
    expect(nearest('%E5%8C%97%E4%BA%AC%E7%AB%99', index.events, keys)[0]?.slug).toBe(
      'service-mesh-meetup-2-beijing',
    );
    expect(nearest('zzzzqqq', index.events, keys)).toEqual([]);
  });
});

describe('speakers list', () => {
  it('filters by name, alias and affiliation', () => {
    expect(filterSpeakers(index.speakers, '仪式').map((s) => s.slug)).toEqual(['zhou-qunli']);
    expect(filterSpeakers(index.speakers, 'tetrate').map((s) => s.slug)).toEqual(['wu-sheng']);
    expect(filterSpeakers(index.speakers, '  ')).toHaveLength(4);
  });

  it('filters Chinese names by pinyin: in full, spaced, initials, given name, alias', () => {
    const slugs = (q: string) => filterSpeakers(index.speakers, q).map((s) => s.slug);
    for (const q of ['wusheng', 'Wu Sheng', 'wush', 'ws', 'sheng']) expect(slugs(q), q).toEqual(['wu-sheng']);
    expect(slugs('zl')).toEqual(['zhang-liang']);
    expect(slugs('yishi')).toEqual(['zhou-qunli']);
    // Pinyin keys match from their start only: `eng` is inside `wusheng` but starts none.
    expect(slugs('eng')).toEqual([]);
  });
  it('sorts by talk count or by name (pinyin)', () => {
    expect(sortSpeakers(index.speakers.slice(), 'talks', 'zh-CN').map((s) => s.talkCount)).toEqual([
      5, 3, 2, 1,
    ]);
    // 李 li, 吴 wu, 张 zhang, 周 zhou
    expect(sortSpeakers(index.speakers.slice(), 'name', 'zh-CN').map((s) => s.name)).toEqual([
      '李唯',
      '吴晟',
      '张亮',
      '周群力',
    ]);
  });
  it('sorts Chinese names by pinyin in English too, names in Latin letters first', () => {
    const withBob = [...index.speakers, { ...index.speakers[0]!, slug: 'bob', name: 'Bob', pinyin: [] }];
    const names = (locale: string) => sortSpeakers(withBob.slice(), 'name', locale).map((s) => s.name);
    expect(names('en')).toEqual(['Bob', '李唯', '吴晟', '张亮', '周群力']);
    expect(names('zh-CN')).toEqual(['李唯', '吴晟', '张亮', '周群力', 'Bob']);
  });
});

describe('dates', () => {
  it('formats in the event’s own zone with weekday, time range and zone label', () => {
    const w = describeWhen(
      '2021-03-21T14:00:00+08:00',
      '2021-03-21T17:00:00+08:00',
      'Asia/Shanghai',
      'zh-CN',
    );
    expect(w?.date).toContain('2021年3月21日');
    // 周日, as on the timeline (not 星期日).
    expect(w?.date).toBe('2021年3月21日周日');
    expect(w?.time).toBe('14:00–17:00');
    expect(w?.zone).toEqual({ name: 'Asia/Shanghai', offset: 'GMT+8' });
    const en = describeWhen('2021-03-21T14:00:00+08:00', null, 'Asia/Shanghai', 'en');
    expect(en?.date).toBe('Sunday, March 21, 2021');
  });
  it('shows a day alone without shifting it, and survives a bad zone', () => {
    expect(formatDay('2021-03-21', 'America/Los_Angeles', 'en')).toMatch(/Sun.*Mar 21/);
    const w = describeWhen('2021-03-21', null, 'Not/AZone', 'en');
    expect(w?.time).toBeNull();
    expect(w?.zone).toBeNull();
  });
});

describe('language choice', () => {
  it('counts events and announcements apart on the timeline', () => {
    const { zh, en } = STRINGS;
    const all = countPosts([{ kind: 'event' }, { kind: 'event' }, { kind: 'announcement' }]);
    expect(all).toEqual({ events: 2, announcements: 1 });
    expect(zh.showing(all, all)).toBe('共 2 场活动、1 篇公告');
    expect(en.showing(all, all)).toBe('2 events and 1 announcement');
    const one = { events: 1, announcements: 0 };
    expect(en.showing(one, all)).toBe('Showing 1 event (of 2 events and 1 announcement)');
    // Without announcements, the short form.
    expect(zh.showing(one, { events: 5, announcements: 0 })).toBe('显示 1 / 5 场活动');
  });

  it('follows the first language we speak, Chinese by default', () => {
    expect(pickLang(['en-US', 'zh-CN'])).toBe('en');
    expect(pickLang(['fr', 'zh-TW'])).toBe('zh');
    expect(pickLang(['fr'])).toBe('zh');
  });

  it('counts in English with a singular for one', () => {
    const { en } = STRINGS;
    const showingAll = (n: number) =>
      en.showing({ events: n, announcements: 0 }, { events: n, announcements: 0 });
    for (const count of [en.speakersIntro, en.talks, en.timelineIntro, showingAll]) {
      expect(count(1)).not.toMatch(/^1 \w+s\b/);
      expect(count(2)).toMatch(/^2 \w+s\b/);
    }
  });
});
