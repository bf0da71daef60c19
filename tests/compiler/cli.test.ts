// The command line: flags, report, exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/compiler/cli';
import type { BundleIndex, Event, Speaker } from '../../src/model/types';

const POSTS = path.resolve(__dirname, '../fixtures/posts');
const BAD = path.resolve(__dirname, '../fixtures/bad-posts');
let out: string;
let io: Io & { stdout: string; stderr: string };

beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
  const o = { stdout: '', stderr: '', tty: false } as Io & { stdout: string; stderr: string };
  o.out = (s) => void (o.stdout += s);
  o.err = (s) => void (o.stderr += s);
  io = o;
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(out, rel), 'utf8')) as T;

describe('cli', () => {
  it('compiles a content dir into the bundle and prints a summary; exit 0', async () => {
    const code = await main(['--content', POSTS, '--out', out], {}, io);
    expect(code).toBe(0);
    const index = read<BundleIndex>('index.json');
    expect(index.version).toBe(1);
    expect(index.events.map((e) => e.slug).sort()).toEqual(['sofa-meetup-hz', 'sofachannel-9']);
    for (const s of index.events) {
      expect(read<Event>(`events/${s.slug}.json`).source).toBe(s.source);
    }
    for (const s of index.speakers) expect(read<Speaker>(`speakers/${s.slug}.json`).name).toBe(s.name);
    expect(io.stdout).toMatch(
      /posts read 2 · events \d+ · announcements \d+ · talks \d+ · speakers \d+ · slides \d+ · warnings \d+ · errors 0 · skipped 4/,
    );
    // Where the time went, phase by phase (report.test.ts checks the figures).
    expect(io.stdout).toMatch(
      /in [\d.]+ s \(posts [\d.]+ s, slugs and speakers [\d.]+ s, bundle [\d.]+ s, write [\d.]+ s, cache [\d.]+ s\)/,
    );
    expect(io.stdout).toMatch(/channel\/draft-post\.md: a draft/);
    expect(io.stdout).toMatch(/meetups\/_index\.md: a section/);
  });

  it('a post that cannot be read: listed with file and line, exit 1', async () => {
    const code = await main(['--content', BAD, '--out', out, '--quiet'], {}, io);
    expect(code).toBe(1);
    expect(io.stdout).toMatch(/invalid-toml\.md:3: error: invalid TOML/);
    expect(io.stdout).not.toMatch(/warning:/);
  });

  it('--strict fails on warnings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strict-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), '# no front matter\n');
      expect(await main(['--content', dir, '--out', out], {}, io)).toBe(0);
      expect(io.stdout).toMatch(/warning: .*front matter/);
      expect(await main(['--content', dir, '--out', out, '--strict'], {}, io)).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CONTENT_DIR is the default content dir', async () => {
    expect(await main(['--out', out, '--quiet'], { CONTENT_DIR: POSTS }, io)).toBe(0);
    expect(read<BundleIndex>('index.json').events).toHaveLength(2);
  });

  it.each([
    [['--nope']],
    [['--content']],
    [['stray']],
    [['--site-url', 'not a url']],
    [['--content', '/definitely/not/here']],
  ])('bad flags %j: exit 2 with usage', async (args) => {
    expect(await main([...args, '--out', out], {}, io)).toBe(2);
    expect(io.stderr.length).toBeGreaterThan(0);
  });

  it('--help prints usage', async () => {
    expect(await main(['--help'], {}, io)).toBe(0);
    expect(io.stdout).toMatch(/--content DIR/);
  });

  it('a second run writes nothing that did not change', async () => {
    await main(['--content', POSTS, '--out', out, '--quiet'], {}, io);
    io.stdout = '';
    await main(['--content', POSTS, '--out', out, '--quiet'], {}, io);
    expect(io.stdout).toMatch(/ 0 removed/);
    const written = Number(/(\d+) files? written/.exec(io.stdout)?.[1]);
    const total = JSON.parse(fs.readFileSync(path.join(out, '.bundle-files.json'), 'utf8')).length;
    // Only feed files that stamp the time may change between runs.
    expect(written).toBeLessThan(total);
    expect(fs.existsSync(path.join(out, 'events/sofa-meetup-hz.json'))).toBe(true);
  });
});
