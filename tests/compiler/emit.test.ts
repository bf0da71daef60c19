import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileContentDir } from '../../src/compiler/compile';
import { eventSummary, indexJson, MANIFEST, speakerSummary, writeBundle } from '../../src/compiler/emit';
import { BUNDLE_VERSION } from '../../src/model/types';

let out: string;
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'emit-'));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));
const mtime = (rel: string) => fs.statSync(path.join(out, rel)).mtimeMs;

describe('writeBundle', () => {
  it('writes new files, leaves unchanged ones alone and removes stale ones', async () => {
    const first = writeBundle(
      out,
      files({
        'index.json': '{"version":1,"generatedAt":"2020-01-01T00:00:00.000Z","events":[]}',
        'events/a.json': '{"a":1}',
        'events/b.json': '{"b":1}',
        'feed.xml': '<feed/>',
      }),
    );
    expect(first).toMatchObject({ written: 4, unchanged: 0, removed: 0 });
    expect(first.changed.sort()).toEqual(['events/a.json', 'events/b.json', 'feed.xml', 'index.json']);
    const before = mtime('events/a.json');
    await new Promise((r) => setTimeout(r, 20));
    fs.writeFileSync(path.join(out, 'events/orphan.json'), '{}');
    fs.writeFileSync(path.join(out, 'keep-me.txt'), 'not ours');
    const second = writeBundle(
      out,
      files({
        'index.json': '{"version":1,"generatedAt":"2099-01-01T00:00:00.000Z","events":[]}',
        'events/a.json': '{"a":1}',
        'speakers/x.json': '{"x":1}',
      }),
    );
    expect(second).toMatchObject({ written: 1, unchanged: 2, removed: 3 });
    expect(second.changed.sort()).toEqual([
      'events/b.json',
      'events/orphan.json',
      'feed.xml',
      'speakers/x.json',
    ]);
    expect(mtime('events/a.json')).toBe(before);
    expect(fs.existsSync(path.join(out, 'events/b.json'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'events/orphan.json'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'feed.xml'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'keep-me.txt'), 'utf8')).toBe('not ours');
    expect(JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8'))).toEqual([
      'events/a.json',
      'index.json',
      'speakers/x.json',
    ]);
  });

  it('leaves an index alone when only its time changed, and says so in what it was given', () => {
    const at = (t: string) => `{"version":1,"generatedAt":"${t}","events":[]}`;
    writeBundle(out, files({ 'index.json': at('2020-01-01T00:00:00.000Z') }));
    const again = files({ 'index.json': at('2099-01-01T00:00:00.000Z') });
    expect(writeBundle(out, again)).toMatchObject({ written: 0, unchanged: 1 });
    // What is on disk: watch mode compares with it, and patches are made from its time.
    expect(again.get('index.json')).toBe(at('2020-01-01T00:00:00.000Z'));
    expect(fs.readFileSync(path.join(out, 'index.json'), 'utf8')).toBe(at('2020-01-01T00:00:00.000Z'));
  });

  it('rewrites a changed file', () => {
    writeBundle(out, files({ 'events/a.json': '1' }));
    expect(writeBundle(out, files({ 'events/a.json': '2' }))).toMatchObject({
      written: 1,
      unchanged: 0,
      removed: 0,
    });
    expect(fs.readFileSync(path.join(out, 'events/a.json'), 'utf8')).toBe('2');
  });

  it('compares with what it wrote last, in memory, when told', () => {
    const first = files({ 'events/a.json': '1', 'events/b.json': '1' });
    writeBundle(out, first);
    fs.writeFileSync(path.join(out, 'events/a.json'), 'edited behind our back');
    const second = writeBundle(out, files({ 'events/a.json': '1', 'events/c.json': '1' }), first);
    expect(second).toMatchObject({
      written: 1,
      unchanged: 1,
      removed: 1,
      changed: ['events/c.json', 'events/b.json'],
    });
    expect(fs.existsSync(path.join(out, 'events/b.json'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8'))).toEqual([
      'events/a.json',
      'events/c.json',
    ]);
  });
});

describe('indexJson', () => {
  it('writes what stringifying the index would, also when it reuses the summaries of a previous call', async () => {
    const { events, speakers } = await compileContentDir({
      contentDir: path.resolve(import.meta.dirname, '../../data/posts'),
      workers: 0,
    });
    const now = new Date('2026-01-02T03:04:05.000Z');
    const plain = (evs: typeof events) =>
      JSON.stringify({
        version: BUNDLE_VERSION,
        generatedAt: now.toISOString(),
        events: evs.map(eventSummary),
        speakers: speakers.map(speakerSummary),
      });
    expect(events.length).toBeGreaterThan(1);
    expect(indexJson(events, speakers, now)).toBe(plain(events));
    // Watch mode: one event replaced by a new object, the rest reused.
    const edited = [{ ...events[0]!, title: 'edited' }, ...events.slice(1)];
    expect(indexJson(edited, speakers, now)).toBe(plain(edited));
  });
});

describe('speakerSummary', () => {
  it("carries the pinyin of a speaker's Chinese name and aliases for the speakers list's filter", async () => {
    const { speakers } = await compileContentDir({
      contentDir: path.resolve(import.meta.dirname, '../../data/posts'),
      workers: 0,
    });
    const chinese = speakers.filter((s) => /\p{Script=Han}/u.test(s.name));
    expect(chinese.length).toBeGreaterThan(0);
    for (const s of chinese) {
      // One syllable per character, space-separated.
      const han = [...s.name.replace(/\P{Script=Han}/gu, '')];
      expect(speakerSummary(s).pinyin[0], s.name).toMatch(
        new RegExp(`^[a-z]+(?: [a-z]+){${han.length - 1}}$`),
      );
    }
    const wu = { ...chinese[0]!, name: '吴晟', aliases: ['Wu Sheng', '晟'] };
    expect(speakerSummary(wu).pinyin).toEqual(['wu sheng', 'sheng']);
    expect(speakerSummary({ ...wu, name: '曾柯', aliases: [] }).pinyin).toEqual(['zeng ke']); // surname reading
    expect(speakerSummary({ ...wu, name: 'Jie Cao', aliases: [] }).pinyin).toEqual([]);
  });
});
