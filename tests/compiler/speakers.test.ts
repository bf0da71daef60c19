import { describe, expect, it } from 'vitest';
import type { RawSpeaker } from '../../src/compiler/facts';
import {
  nameKey,
  parseSpeakerOverrides,
  resolveSpeakers,
  speakerSlugBase,
  type EventInput,
} from '../../src/compiler/speakers';

const sp = (name: string, more: Partial<RawSpeaker> = {}): RawSpeaker => ({
  name,
  aliases: [],
  affiliation: null,
  role: null,
  bio: null,
  ...more,
});

let n = 0;
const ev = (slug: string, start: string | null, ...talks: RawSpeaker[][]): EventInput => ({
  slug,
  source: `${slug}/index.md`,
  title: `Event ${slug}`,
  start,
  talks: talks.map((speakers) => ({ id: `t${++n}`, title: `Talk ${n}`, slides: [], speakers })),
});

describe('speaker slugs', () => {
  it('are pinyin, surname first', () => {
    expect(speakerSlugBase('周群力')).toBe('zhou-qunli');
    expect(speakerSlugBase('欧阳娜娜')).toBe('ouyang-nana');
    expect(speakerSlugBase('单雄信')).toBe('shan-xiongxin');
    expect(speakerSlugBase('Jimmy Song')).toBe('jimmy-song');
    expect(speakerSlugBase('张 亮')).toBe('zhang-liang');
  });
  it('normalize names for matching', () => {
    expect(nameKey(' 周 群力 ')).toBe('周群力');
    expect(nameKey('**Jimmy  Song**')).toBe('jimmy song');
    expect(nameKey('ＡＢＣ')).toBe('abc');
  });
});

describe('resolveSpeakers', () => {
  it('the same name in two posts is one person, with the latest facts and talks newest first', () => {
    const r = resolveSpeakers([
      ev('old', '2019-01-01', [sp('李唯', { affiliation: '蚂蚁金服', bio: 'old bio' })]),
      ev('new', '2021-03-21T14:00:00+08:00', [
        sp('李唯', { affiliation: '蚂蚁集团', role: '技术专家', bio: 'new bio' }),
      ]),
    ]);
    expect(r.speakers).toHaveLength(1);
    const p = r.speakers[0]!;
    expect(p).toMatchObject({
      slug: 'li-wei',
      name: '李唯',
      affiliation: '蚂蚁集团',
      role: '技术专家',
      bio: 'new bio',
    });
    expect(p.talks.map((t) => t.event)).toEqual(['new', 'old']);
    expect(r.refs.get('old')).toEqual([[{ slug: 'li-wei', name: '李唯' }]]);
  });

  it('takes the role from the same place of work as the affiliation, never from another', () => {
    const r = resolveSpeakers([
      ev('2018', '2018-01-01', [sp('李唯', { affiliation: '华为', role: '高级工程师' })]),
      ev('2019', '2019-01-01', [sp('李唯', { role: '技术专家' })]),
      ev('2021', '2021-01-01', [sp('李唯', { affiliation: '蚂蚁集团' })]),
    ]);
    // Not 高级工程师: that was at 华为. 技术专家 was said with no place of work, so it may be this one.
    expect(r.speakers[0]).toMatchObject({ affiliation: '蚂蚁集团', role: '技术专家' });
    const moved = resolveSpeakers([
      ev('2018', '2018-01-01', [sp('李唯', { affiliation: '华为', role: '高级工程师' })]),
      ev('2021', '2021-01-01', [sp('李唯', { affiliation: '蚂蚁集团' })]),
    ]);
    expect(moved.speakers[0]).toMatchObject({ affiliation: '蚂蚁集团', role: null });
  });

  it('an alias (花名) joins the one person who claims it', () => {
    const r = resolveSpeakers([
      ev('a', '2020-01-01', [sp('周群力', { aliases: ['仪式'] })]),
      ev('b', '2021-01-01', [sp('仪式')]),
    ]);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ name: '周群力', slug: 'zhou-qunli', aliases: ['仪式'] });
    expect(r.refs.get('b')).toEqual([[{ slug: 'zhou-qunli', name: '仪式' }]]);
  });

  it('an alias claimed by two people stays its own speaker, with a warning; the two are not merged', () => {
    const r = resolveSpeakers([
      ev('a', '2020-01-01', [sp('张三', { aliases: ['小张'] })]),
      ev('b', '2020-02-01', [sp('张山', { aliases: ['小张'] })]),
      ev('c', '2020-03-01', [sp('小张')]),
    ]);
    expect(r.speakers.map((s) => s.name).sort()).toEqual(['小张', '张三', '张山'].sort());
    expect(r.warnings.get('c')?.[0]).toMatch(/小张.*more than one person/);
  });

  it('different names are different people even when their slugs collide', () => {
    const r = resolveSpeakers([ev('a', '2020-01-01', [sp('李伟')]), ev('b', '2021-01-01', [sp('李玮')])]);
    const bySlug = Object.fromEntries(r.speakers.map((s) => [s.slug, s.name]));
    expect(bySlug).toEqual({ 'li-wei': '李伟', 'li-wei-2': '李玮' });
  });

  it('slug clashes go by first appearance, so newer posts never rename anyone', () => {
    const before = resolveSpeakers([ev('a', '2020-01-01', [sp('李玮')])]);
    const after = resolveSpeakers([ev('a', '2020-01-01', [sp('李玮')]), ev('z', '2024-01-01', [sp('李伟')])]);
    expect(before.speakers[0]!.slug).toBe('li-wei');
    expect(after.speakers.find((s) => s.name === '李玮')!.slug).toBe('li-wei');
  });

  it('lists co-speakers by shared events', () => {
    const r = resolveSpeakers([
      ev('a', '2020-01-01', [sp('甲')], [sp('乙')], [sp('丙')]),
      ev('b', '2020-02-01', [sp('甲'), sp('乙')]),
    ]);
    const jia = r.speakers.find((s) => s.name === '甲')!;
    expect(jia.coSpeakers.map((c) => c.name)).toEqual(['乙', '丙']);
  });

  it('a person named twice in one talk is listed once', () => {
    const r = resolveSpeakers([ev('a', null, [sp('甲'), sp(' 甲 ')])]);
    expect(r.refs.get('a')![0]).toHaveLength(1);
    expect(r.speakers[0]!.talks).toHaveLength(1);
  });

  it('speakers.yaml merges aliases, pins slugs and facts, and splits namesakes by event', () => {
    const { entries, warnings } = parseSpeakerOverrides(`
- name: 宋净超
  slug: jimmy-song
  aliases: [Jimmy Song, 宋净超 Jimmy]
  affiliation: Tetrate
- name: 李伟
  slug: li-wei-jd
  affiliation: 京东
  events: [b]
- oops
`);
    expect(warnings).toHaveLength(1);
    const r = resolveSpeakers(
      [
        ev('a', '2020-01-01', [sp('宋净超', { affiliation: '蚂蚁' })], [sp('李伟')]),
        ev('b', '2021-01-01', [sp('Jimmy Song')], [sp('李伟')]),
      ],
      entries,
    );
    const bySlug = Object.fromEntries(r.speakers.map((s) => [s.slug, s]));
    expect(Object.keys(bySlug).sort()).toEqual(['jimmy-song', 'li-wei', 'li-wei-jd']);
    expect(bySlug['jimmy-song']!.talks).toHaveLength(2);
    expect(bySlug['jimmy-song']!.affiliation).toBe('Tetrate');
    expect(bySlug['li-wei-jd']!.talks.map((t) => t.event)).toEqual(['b']);
    expect(bySlug['li-wei']!.talks.map((t) => t.event)).toEqual(['a']);
  });

  it('an invalid speakers.yaml is ignored with a warning', () => {
    expect(parseSpeakerOverrides('- name: [unclosed').warnings[0]).toMatch(/not valid YAML/);
    expect(parseSpeakerOverrides('just a string').warnings[0]).toMatch(/list of people/);
  });

  it('is linear enough for 20,000 mentions', () => {
    const events: EventInput[] = [];
    for (let i = 0; i < 5000; i++) {
      events.push(
        ev(
          `e${i}`,
          `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
          [sp(`讲者${i % 3000}`)],
          [sp(`嘉宾${i % 1000}`, { aliases: [`花名${i % 1000}`] })],
          [sp(`花名${i % 1000}`), sp(`讲者${(i + 7) % 3000}`)],
        ),
      );
    }
    const t0 = performance.now();
    const r = resolveSpeakers(events);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.speakers).toHaveLength(4000);
  });
});
