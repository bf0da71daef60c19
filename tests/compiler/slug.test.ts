import { describe, expect, it } from 'vitest';
import { assignSlugs, baseSlug, slugify } from '../../src/compiler/slug';

describe('slugify', () => {
  it.each([
    ['Summer 2021 of Open Source Promotion Plan', 'summer-2021-of-open-source-promotion-plan'],
    [
      '[Summer-2023-of-open-source-promotion-plan]welcome-to-register-for-dragonfly,kata-containers,and-nydus-community-projects!',
      'summer-2023-of-open-source-promotion-plan-welcome-to-register-for-dragonfly',
    ],
    ['SOFAChannel 9', 'sofachannel-9'],
    ['杭州站', 'hang-zhou-zhan'],
    ['Café Meetup', 'cafe-meetup'],
    ['---', ''],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%s → %s', (input, want) => {
    expect(slugify(input)).toBe(want);
  });

  it('is URL-safe and at most 80 characters', () => {
    const s = slugify('a'.repeat(50) + ' ' + 'b'.repeat(50));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('baseSlug', () => {
  it('prefers the front-matter slug, then the page-bundle folder, then the file name', () => {
    expect(baseSlug('zh/activities/sofa-meetup-4/index.md', 'My Slug')).toEqual({
      slug: 'my-slug',
      from: 'front matter',
    });
    expect(baseSlug('zh/activities/sofa-meetup-4/index.md', null)).toEqual({
      slug: 'sofa-meetup-4',
      from: 'folder',
    });
    expect(baseSlug('posts/SOFAMeetup-8.md', null)).toEqual({ slug: 'sofameetup-8', from: 'file name' });
    expect(baseSlug('index.md', null).slug).toBe('index');
    expect(baseSlug('。。.md', '!!!').slug).toBe('post');
  });
});

describe('assignSlugs', () => {
  it('keeps both duplicates, renames the later one with a warning, independent of input order', () => {
    const reqs = [
      { source: 'b/index.md', slug: 'meetup', explicit: false },
      { source: 'a.md', slug: 'meetup', explicit: false },
      { source: 'c.md', slug: 'meetup-2', explicit: false },
    ];
    const one = assignSlugs(reqs);
    const two = assignSlugs([...reqs].reverse());
    expect(one).toEqual(two);
    expect(one.get('a.md')).toEqual({ slug: 'meetup', warning: null });
    expect(one.get('c.md')?.slug).toBe('meetup-2');
    expect(one.get('b/index.md')?.slug).toBe('meetup-3');
    expect(one.get('b/index.md')?.warning).toMatch(/a\.md.*"meetup".*"meetup-3"/);
  });

  it('an explicit front-matter slug wins over a derived one', () => {
    const out = assignSlugs([
      { source: 'a/x.md', slug: 'x', explicit: false },
      { source: 'z.md', slug: 'x', explicit: true },
    ]);
    expect(out.get('z.md')?.slug).toBe('x');
    expect(out.get('a/x.md')?.slug).toBe('x-2');
  });
});
