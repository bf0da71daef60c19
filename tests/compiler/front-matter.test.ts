import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeFrontMatter } from '../../src/compiler/front-matter';

describe('normalizeFrontMatter', () => {
  it('reads a sofastack post: date is the publish date, categories may be a string', () => {
    const fm = normalizeFrontMatter(
      {
        title: 'SOFAMeetup#4 杭州站',
        author: 'SOFA 团队',
        authorlink: 'https://github.com/sofastack',
        description: 'SOFAMeetup#4 杭州站',
        categories: 'SOFAMeetup',
        tags: ['SOFAMeetup'],
        date: '2021-03-09T15:00:00+08:00',
        cover: 'https://example.org/c.png',
      },
      'activities/sofa-meetup-4/index.md',
    );
    expect(fm).toMatchObject({
      family: 'sofastack',
      title: 'SOFAMeetup#4 杭州站',
      summary: 'SOFAMeetup#4 杭州站',
      date: '2021-03-09T15:00:00+08:00',
      categories: ['SOFAMeetup'],
      tags: ['SOFAMeetup'],
      cover: 'https://example.org/c.png',
      warnings: [],
    });
  });

  it('reads a Wowchemy event page: event time, address, authors, url_slides', () => {
    const fm = normalizeFrontMatter(
      {
        title: 'Service Mesh Meetup #2 北京站',
        event: 'Service Mesh Meetup #2 北京站',
        location: '中国北京',
        address: {
          street: '海淀区中关村大街 11 号',
          city: '北京',
          region: '北京',
          postcode: '',
          country: '中国',
        },
        date: '2018-07-29T13:00:00+08:00',
        date_end: '2018-07-29T17:00:00+08:00',
        all_day: false,
        authors: ['张亮', '吴晟'],
        url_slides: 'https://github.com/servicemesher/meetup-slides',
        url_video: '',
      },
      'event/service-mesh-meetup-02/index.md',
    );
    expect(fm).toMatchObject({
      family: 'wowchemy',
      dateEnd: '2018-07-29T17:00:00+08:00',
      allDay: false,
      address: { street: '海淀区中关村大街 11 号', city: '北京', region: '北京', country: '中国' },
      location: '中国北京',
      authors: ['张亮', '吴晟'],
      urls: { slides: 'https://github.com/servicemesher/meetup-slides', video: null },
    });
  });

  it('does not take `location` alone for a Wowchemy page (other event themes carry it too)', () => {
    const fm = normalizeFrontMatter(
      {
        title: 'Gopher Meetup #5 南京站',
        date: '2019-04-13T16:02:11+08:00',
        location: '中国南京',
        fee: '免费',
        apply_url: '#',
        speaker: [{ name: '林一', designation: '工程师' }],
      },
      'event/gopher-meetup-05.md',
    );
    expect(fm.family).toBe('generic');
    expect(fm.location).toBe('中国南京');
  });

  it('reads a KubeSphere live page’s section1.time as the event’s own time', () => {
    const fm = normalizeFrontMatter(
      {
        title: '某工具：性能诊断利器',
        section1: { time: '2023-09-16 9:30-12:00', base: '线下 + 线上' },
      },
      'live/some-live.md',
    );
    expect([fm.family, fm.date, fm.dateEnd]).toEqual([
      'wowchemy',
      '2023-09-16T09:30:00+08:00',
      '2023-09-16T12:00:00+08:00',
    ]);
  });

  it('turns a Date value into wall-clock time at +08:00', () => {
    const fm = normalizeFrontMatter({ title: 't', date: new Date('2019-01-17T10:20:00.000Z') }, 'a.md');
    expect(fm.date).toBe('2019-01-17T18:20:00+08:00');
  });

  it('tolerates wrong types with warnings the author can act on', () => {
    const fm = normalizeFrontMatter(
      { tags: 'mesh, sofa', date: 'next Tuesday', all_day: 'true', authors: 3 },
      'x.md',
    );
    expect(fm.title).toBeNull();
    expect(fm.tags).toEqual(['mesh', 'sofa']);
    expect(fm.date).toBeNull();
    expect(fm.allDay).toBe(true);
    expect(fm.authors).toEqual([]);
    expect(fm.warnings.join('\n')).toMatch(/no `title`/);
    expect(fm.warnings.join('\n')).toMatch(/`tags` is a single string/);
    expect(fm.warnings.join('\n')).toMatch(/`date` is not a date \(next Tuesday\)/);
  });

  it('never throws on arbitrary data', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'title',
            'date',
            'date_end',
            'tags',
            'address',
            'authors',
            'all_day',
            'draft',
            'image',
            'url_slides',
            'categories',
            'x',
          ),
          fc.anything(),
        ),
        (data) => {
          const fm = normalizeFrontMatter(data, 'post.md');
          expect(Array.isArray(fm.tags)).toBe(true);
          expect(Array.isArray(fm.warnings)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
