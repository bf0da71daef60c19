// Incremental builds and watch mode: only changed posts are compiled again, only changed bundle files
// are written, and the result equals a fresh compile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from '../../src/compiler/incremental';
import { watchProject } from '../../src/compiler/watch';
import { applyIndexPatch, type IndexPatch } from '../../src/model/live';
import type { BundleIndex, Event } from '../../src/model/types';

const POSTS = path.resolve(__dirname, '../fixtures/posts');
const siteUrl = 'http://localhost:4173/';
let dir: string;
let content: string;
let out: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
  content = path.join(dir, 'posts');
  out = path.join(dir, 'out');
  fs.cpSync(POSTS, content, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function firstPost(): { file: string; slug: string } {
  const index = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as {
    events: { slug: string; source: string; kind: string }[];
  };
  const e = index.events.find((x) => x.kind === 'event') ?? index.events[0]!;
  return { file: path.join(content, e.source), slug: e.slug };
}

function retitle(file: string, marker: string) {
  const text = fs.readFileSync(file, 'utf8');
  const edited = text.replace(/^title:\s*(["']?)/m, (m) => `${m}${marker} `);
  expect(edited).not.toBe(text);
  fs.writeFileSync(file, edited);
}

/** Runs watch mode over `p` while `edit` changes a post; returns what went out early and in full. */
async function editWhileWatching(p: Project, edit: () => void) {
  const early: string[][] = [];
  const patches: IndexPatch[] = [];
  const builds: { compiled: number; changed: string[] }[] = [];
  let indexAtEarly = '';
  p.onIndexPatch = (patch) => patches.push(patch);
  const watcher = watchProject(p, {
    log: () => {},
    onBuild: (b) => builds.push({ compiled: b.compiled, changed: b.emit.changed }),
  });
  p.onEarlyWrite = (files) => {
    early.push(files);
    indexAtEarly = fs.readFileSync(path.join(out, 'index.json'), 'utf8');
  };
  try {
    await new Promise((r) => setTimeout(r, 100));
    edit();
    const until = Date.now() + 10_000;
    while (builds.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await watcher.idle();
  } finally {
    watcher.close();
  }
  return { early, patches, builds, indexAtEarly };
}

function readAll(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (!e.name.startsWith('.')) files.set(path.relative(root, full), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  files.delete('index.json'); // generatedAt
  return files;
}

describe('Project', () => {
  it('recompiles only changed posts and rewrites only the files they touch', async () => {
    const cacheFile = path.join(dir, 'cache.v8');
    const first = await new Project({ contentDir: content, outDir: out, siteUrl, cacheFile }).build();
    expect(first.compiled).toBeGreaterThan(1);
    expect(first.reused).toBe(0);

    // A new process (the CLI run again): everything from the cache, nothing written.
    const again = await new Project({ contentDir: content, outDir: out, siteUrl, cacheFile }).build();
    expect(again.compiled).toBe(0);
    expect(again.emit.written).toBe(0);

    const { file, slug } = firstPost();
    retitle(file, 'EDITED');
    const p = new Project({ contentDir: content, outDir: out, siteUrl, cacheFile });
    const edit = await p.build();
    expect(edit.compiled).toBe(1);
    expect(edit.emit.changed).toContain(`events/${slug}.json`);
    expect(edit.emit.changed).not.toContain('speakers.json');
    const event = JSON.parse(fs.readFileSync(path.join(out, 'events', `${slug}.json`), 'utf8')) as Event;
    expect(event.title).toContain('EDITED');

    // Same bundle as a fresh compile of the edited posts.
    const fresh = path.join(dir, 'fresh');
    await new Project({ contentDir: content, outDir: fresh, siteUrl, cacheFile: null }).build();
    expect(readAll(out)).toEqual(readAll(fresh));
  });

  it('watch mode writes the edited event first and then the rest, from one changed file', async () => {
    const p = new Project({ contentDir: content, outDir: out, siteUrl, cacheFile: null });
    await p.build();
    const { file, slug } = firstPost();
    const before = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as BundleIndex;
    const { early, patches, builds, indexAtEarly } = await editWhileWatching(p, () =>
      retitle(file, 'WATCHED'),
    );
    // The event page and the timeline show the edit before search and feeds are rebuilt.
    expect(early).toEqual([[`events/${slug}.json`, 'index.json']]);
    const summary = (JSON.parse(indexAtEarly) as BundleIndex).events.find((e) => e.slug === slug);
    expect(summary?.title).toContain('WATCHED');
    // The dev server hears of it as a patch that turns the index the page has into the new one.
    expect(patches).toHaveLength(1);
    expect(patches[0]!.base).toBe(before.generatedAt);
    expect(applyIndexPatch(before, patches[0]!)).toEqual(JSON.parse(indexAtEarly));
    // The full rebuild found the same index (but for its time) and left the file alone.
    expect(fs.readFileSync(path.join(out, 'index.json'), 'utf8')).toBe(indexAtEarly);
    expect(builds.reduce((n, b) => n + b.compiled, 0)).toBe(1);
    expect(builds.flatMap((b) => b.changed)).toContain(`events/${slug}.json`);
    const event = JSON.parse(fs.readFileSync(path.join(out, 'events', `${slug}.json`), 'utf8')) as Event;
    expect(event.title).toContain('WATCHED');
  });

  it('leaves the index to the full rebuild when an edit moves the event in time', async () => {
    const p = new Project({ contentDir: content, outDir: out, siteUrl, cacheFile: null });
    await p.build();
    const { file, slug } = firstPost();
    const before = fs.readFileSync(path.join(out, 'index.json'), 'utf8');
    const text = fs.readFileSync(file, 'utf8');
    const redated = text.replace('2021 年 03 月 21 日', '2021 年 03 月 28 日');
    expect(redated).not.toBe(text);
    const { early, patches } = await editWhileWatching(p, () => fs.writeFileSync(file, redated));
    // Speakers take their name and affiliation from their newest talk: only the full finish knows.
    expect(early).toEqual([[`events/${slug}.json`]]);
    expect(patches).toEqual([]);
    const after = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')) as BundleIndex;
    expect(after.events.find((e) => e.slug === slug)?.start).toBe('2021-03-28T14:00:00+08:00');
    expect(JSON.stringify(after)).not.toBe(before);
  });

  it('notices added and removed posts', async () => {
    const p = new Project({ contentDir: content, outDir: out, siteUrl, cacheFile: null });
    const first = await p.build();
    const added = path.join(content, 'channel', 'new-post.md');
    fs.writeFileSync(added, '---\ntitle: A new post\ndate: 2024-05-01\n---\n\nHello.\n');
    const withNew = await p.build([added]);
    expect(withNew.compiled).toBe(1);
    expect(withNew.result.events.length).toBe(first.result.events.length + 1);
    expect(fs.existsSync(path.join(out, 'events', 'new-post.json'))).toBe(true);
    fs.rmSync(added);
    const removed = await p.build([added]);
    expect(removed.compiled).toBe(0);
    expect(removed.result.events.length).toBe(first.result.events.length);
    expect(removed.emit.changed).toContain('events/new-post.json');
    expect(fs.existsSync(path.join(out, 'events', 'new-post.json'))).toBe(false);
  });
});
