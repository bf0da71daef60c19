// The engine on hand-made events: query parsing, AND across fields, pinyin, typos, width, highlights.
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/app/search/engine';
import { BigramIndex } from '../../src/app/search/ngram';
import { fold, foldWithMap, parseQuery, segmentHan } from '../../src/app/search/normalize';
import { hitPath, type SearchHit } from '../../src/app/search/protocol';
import { namePinyin, titlePinyin } from '../../src/compiler/pinyin';
import { buildSearchData, plainText } from '../../src/compiler/search-docs';
import { events, speakers } from './fixtures';

const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchData(events, speakers))));
const top = (q: string, n = 3) => engine.search(q, { limit: n }).hits;
const titles = (hits: SearchHit[]) => hits.map((h) => h.title.text);
const marked = (h: SearchHit) => {
  const out: string[] = [];
  for (let k = 0; k < h.title.marks.length; k += 2)
    out.push(h.title.text.slice(h.title.marks[k], h.title.marks[k + 1]));
  return out;
};

describe('normalize', () => {
  it('folds width, case and traditional characters', () => {
    expect(fold('ＭＯＳＮ')).toBe('mosn');
    expect(fold('MOSN')).toBe('mosn');
    expect(fold('服務網格')).toBe('服务网格');
  });

  it('maps folded offsets back to the original text', () => {
    expect(foldWithMap('ＭＯＳＮ 的').map).toBeNull();
    const { text, map } = foldWithMap('ﬁx it');
    expect(text).toBe('fix it');
    expect(map![2]).toBe(1);
  });

  it('splits a query into runs on spaces, punctuation and script borders', () => {
    expect(parseQuery('蚂蚁 限流')).toEqual([
      { text: '蚂蚁', han: true },
      { text: '限流', han: true },
    ]);
    expect(parseQuery('MOSN变更，Service-Mesh')).toEqual([
      { text: 'mosn', han: false },
      { text: '变更', han: true },
      { text: 'service', han: false },
      { text: 'mesh', han: false },
    ]);
    expect(parseQuery('  ，。 ')).toEqual([]);
  });

  it('segments a Chinese run into words and drops lone function words', () => {
    const words = segmentHan('蚂蚁的限流');
    expect(words).toContain('蚂蚁');
    expect(words).toContain('限流');
    expect(words).not.toContain('的');
  });
});

describe('compiler side', () => {
  it('computes pinyin for names (surname readings) and titles', () => {
    expect(namePinyin('吴晟')).toEqual(['wusheng', 'ws', 'sheng']);
    expect(namePinyin('曾柯')?.[0]).toBe('zengke');
    expect(namePinyin('Jie Cao')).toBeNull();
    expect(titlePinyin('MOSN 的无人值守')).toBe('dewurenzhishou');
  });

  it('keeps body text short and plain', () => {
    expect(plainText('**a** [link](http://x) `c`\n\n d')).toBe('a link c d');
    expect(Array.from(plainText('字'.repeat(1000))).length).toBe(400);
  });

  it('links speakers to their talks and writes each text once', () => {
    const data = buildSearchData(events, speakers);
    const wu = data.docs.find((d) => d.k === 's' && d.id === 'wu-sheng')!;
    expect(wu.d!.map((i) => data.docs[i]!.t)).toEqual([
      'Observability on Service Mesh —— Apache SkyWalking 6.0',
    ]);
    expect(data.docs.filter((d) => d.k === 'e').every((d) => !d.n)).toBe(true);
  });
});

describe('bigram index', () => {
  it('narrows to the documents holding every bigram', () => {
    const idx = new BigramIndex(['service mesh', 'mosn', 'serverless', '限流实践']);
    expect([...idx.candidates('serv')!]).toEqual([0, 2]);
    expect([...idx.candidates('限流')!]).toEqual([3]);
    expect([...idx.candidates('zz')!]).toEqual([]);
    expect(idx.candidates('s')).toBeNull();
  });

  it('holds every bigram of a large Chinese archive exactly, past any table size', () => {
    // 300 documents of 400 characters from the top of the CJK block (pairs above 2^31), seeded:
    // far more distinct bigrams than the index's first table holds, so it must grow.
    let seed = 7;
    const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 400 }, () => String.fromCharCode(0x8000 + rand(0x1fff))).join(''),
    );
    const idx = new BigramIndex(texts);
    for (let k = 0; k < 200; k++) {
      const d = rand(texts.length);
      const at = rand(399);
      const word = texts[d]!.slice(at, at + 2);
      const holders = texts.flatMap((t, i) => (t.includes(word) ? [i] : []));
      expect([...idx.candidates(word)!]).toEqual(holders);
    }
    expect([...idx.candidates('\u9fff\u9fff')!]).toEqual([]);
  });
});

describe('search', () => {
  it('finds product names, Chinese phrases and full-width input', () => {
    expect(titles(top('skywalking'))[0]).toContain('SkyWalking');
    expect(titles(top('Layotto'))[0]).toContain('Layotto');
    expect(titles(top('无人值守'))[0]).toBe('MOSN 的无人值守变更实践');
    expect(titles(top('ＭＯＳＮ'))).toEqual(titles(top('mosn')));
    expect(titles(top('服務網格'))).toEqual(titles(top('服务网格')));
  });

  it('requires every word, in any order and any field', () => {
    const hits = top('限流 蚂蚁', 10);
    expect(hits[0]!.title.text).toContain('限流');
    expect(hits.every((h) => h.kind !== 'talk' || h.title.text.includes('蚂蚁'))).toBe(true);
    // A title word and a speaker name.
    expect(top('MOSN 黄家琦')[0]!.title.text).toBe('MOSN 的无人值守变更实践');
    // A talk reaches its event's title.
    expect(
      top('sofameetup 黄家琦').some((h) => h.kind === 'talk' && h.slug === 'sofameetup-4-hangzhou'),
    ).toBe(true);
    expect(top('skywalking 限流')).toEqual([]);
  });

  it('splits an unknown Chinese run into words', () => {
    expect(titles(top('蚂蚁限流'))[0]).toContain('限流');
  });

  it('matches names by pinyin, initials and given name', () => {
    for (const q of ['wusheng', 'wush', 'ws']) {
      const [first] = top(q);
      expect(first!.kind).toBe('speaker');
      expect(first!.title.text).toBe('吴晟');
      expect(first!.title.marks).toEqual([0, 2]);
    }
    expect(top('zhangliang')[0]!.title.text).toBe('张亮');
    expect(top('zl')[0]!.title.text).toBe('张亮');
    expect(top('zengke')[0]!.title.text).toBe('曾柯');
    // A talk by the person, with the name highlighted.
    const talk = engine.search('wusheng').hits.find((h) => h.kind === 'talk')!;
    expect(talk.people[0]).toEqual({ text: '吴晟', marks: [0, 2] });
  });

  it('matches titles by pinyin', () => {
    expect(top('xianliu')[0]!.title.text).toContain('限流');
  });

  it('corrects misspelled English words from the vocabulary', () => {
    const r = engine.search('servise mesh');
    expect(r.corrections).toEqual({ servise: ['service'] });
    expect(r.hits[0]!.title.text).toMatch(/Service Mesh/);
    expect(top('skywalkng')[0]!.title.text).toContain('SkyWalking');
    // Words that match as typed are never corrected.
    expect(engine.search('mesh').corrections).toEqual({});
  });

  it('ranks a title or name hit above a body hit', () => {
    // 吴晟's bio mentions SkyWalking; the talk titled SkyWalking comes first.
    const hits = top('skywalking', 5);
    expect(hits[0]!.kind).toBe('talk');
    expect(hits.findIndex((h) => h.kind === 'speaker')).toBeGreaterThan(0);
  });

  it('highlights what matched and gives context', () => {
    const [hit] = top('限流');
    expect(marked(hit!)).toEqual(['限流', '限流']);
    expect(hit!.event).toMatchObject({
      slug: 'sofameetup-10-chengdu',
      city: '成都',
      date: '2021-09-11T13:30:00+08:00',
    });
    expect(hit!.people.map((p) => p.text)).toEqual(['张稀虹']);
    expect(hitPath(hit!)).toBe('/events/sofameetup-10-chengdu#talk-t2');
    const sp = engine.search('吴晟').hits.find((h) => h.kind === 'speaker')!;
    expect(hitPath(sp)).toBe('/speakers/wu-sheng');
    // A body hit shows a snippet.
    const abs = engine.search('效率问题').hits[0]!;
    expect(abs.snippet?.text).toContain('效率问题');
  });

  it('groups by kind on request and counts every match', () => {
    const r = engine.search('mosn', { perKind: 1 });
    expect(r.hits.map((h) => h.kind).sort()).toEqual(['event', 'speaker', 'talk']);
    expect(r.counts.talk).toBeGreaterThanOrEqual(3);
  });

  it('filters by series, mode, city and year', () => {
    const all = engine.search('service mesh', { limit: 100 }).hits;
    const byCity = engine.search('service mesh', { limit: 100, filters: { city: '北京' } }).hits;
    expect(byCity.length).toBeGreaterThan(0);
    expect(byCity.length).toBeLessThan(all.length);
    expect(byCity.every((h) => h.kind === 'speaker' || h.event?.city === '北京')).toBe(true);
    expect(
      engine
        .search('mosn', { filters: { year: 2022 } })
        .hits.every((h) => h.kind === 'speaker' || h.event?.date?.startsWith('2022')),
    ).toBe(true);
    expect(
      engine
        .search('mosn', { filters: { mode: 'online' } })
        .hits.every((h) => h.kind === 'speaker' || h.event?.mode === 'online'),
    ).toBe(true);
    expect(engine.search('mesh', { filters: { series: 'SOFAChannel' } }).hits).toEqual([]);
  });

  it('reports facets for the filters', () => {
    expect(engine.facets()).toEqual({
      series: expect.arrayContaining(['SOFAMeetup', 'SOFAChannel', 'Service Mesh Meetup']),
      modes: ['offline', 'online'],
      cities: expect.arrayContaining(['杭州', '成都', '北京']),
      years: [2022, 2021, 2018],
    });
  });

  it('answers empty and junk queries with nothing', () => {
    expect(engine.search('').hits).toEqual([]);
    expect(engine.search('   ，').hits).toEqual([]);
    expect(engine.search('zzzzqqq').hits).toEqual([]);
  });
});

describe('typing', () => {
  it('answers a word typed letter by letter (refined from its cached prefixes) as a fresh engine does', () => {
    const data = () => JSON.parse(JSON.stringify(buildSearchData(events, speakers)));
    const typed = new SearchEngine(data());
    for (const q of ['servise mesh', 'wusheng', 'zl', 'xianliu', 'skywalking', '蚂蚁 限流', 'mosn 无人']) {
      const chars = Array.from(q);
      for (let i = 1; i <= chars.length; i++) {
        const prefix = chars.slice(0, i).join('');
        const fresh = new SearchEngine(data());
        const strip = (r: ReturnType<SearchEngine['search']>) => ({ ...r, ms: 0 });
        expect(strip(typed.search(prefix, { perKind: 5 }))).toEqual(
          strip(fresh.search(prefix, { perKind: 5 })),
        );
      }
    }
  });
});
