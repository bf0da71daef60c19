// The whole run over tests/fixtures/posts: loading, skipping, slugs, speakers, parallel = serial.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentDir } from '../../src/compiler/compile';
import { loadPosts } from '../../src/compiler/load';
import { Worker } from 'node:worker_threads';
import { compileFiles } from '../../src/compiler/parallel';

const POSTS = path.resolve(__dirname, '../fixtures/posts');

describe('loadPosts', () => {
  it('finds flat posts and page bundles at any depth; skips section pages, bundle resources and READMEs', () => {
    const { files, skipped } = loadPosts(POSTS);
    expect(files.map((f) => f.source)).toEqual([
      'channel/draft-post.md',
      'channel/sofa-channel-9.md',
      'meetups/sofa-meetup-hz/index.md',
    ]);
    expect(files.find((f) => f.source.endsWith('index.md'))?.bundle).toBe(true);
    expect(skipped).toEqual([
      { source: 'README.md', reason: 'readme' },
      { source: 'meetups/_index.md', reason: 'section page' },
      {
        source: 'meetups/sofa-meetup-hz/notes.md',
        reason: 'bundle resource',
        detail: 'meetups/sofa-meetup-hz/index.md',
      },
    ]);
  });

  it('throws when the content dir does not exist', () => {
    expect(() => loadPosts(path.join(POSTS, 'nope'))).toThrow();
  });
});

describe('compileContentDir', () => {
  it('compiles the fixture posts, skipping the draft', async () => {
    const r = await compileContentDir({ contentDir: POSTS, workers: 0 });
    expect(r.errors).toEqual([]);
    expect(r.postsRead).toBe(2);
    expect(r.events.length + r.errors.length).toBe(r.postsRead);
    expect(r.skipped.map((s) => `${s.source}:${s.reason}`)).toContain('channel/draft-post.md:draft');
    const slugs = r.events.map((e) => e.slug).sort();
    expect(slugs).toEqual(['sofa-meetup-hz', 'sofachannel-9']);
    const hz = r.events.find((e) => e.slug === 'sofa-meetup-hz')!;
    expect(hz.source).toBe('meetups/sofa-meetup-hz/index.md');
    expect(hz.summary).toBe('杭州站：Service Mesh 与云原生');
    expect(hz.tags).toEqual(['SOFAMeetup', 'Service Mesh']);
    expect(hz.cover).toBe('https://example.org/cover.png');
    expect(hz.html).not.toMatch(/<script/);
    expect(hz.html).toContain('<h2>概要</h2>');
    for (const e of r.events) {
      expect(e.talks.map((t) => t.id)).toEqual(e.talks.map((_, i) => `t${i + 1}`));
      for (const t of e.talks)
        for (const s of t.speakers) expect(r.speakers.some((p) => p.slug === s.slug)).toBe(true);
    }
  });

  it('orders events newest first, undated last', async () => {
    const r = await compileContentDir({ contentDir: POSTS, workers: 0 });
    const starts = r.events.map((e) => e.start);
    const dated = starts.filter((s) => s !== null);
    expect(starts.slice(0, dated.length)).toEqual(dated);
    expect([...dated].sort().reverse()).toEqual(dated);
  });
});

describe('compileFiles on worker threads', () => {
  it('gives the same outcomes as the main thread alone, in file order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-'));
    try {
      const files = [];
      for (let i = 0; i < 60; i++) {
        const p = path.join(dir, `p${i}.md`);
        fs.writeFileSync(
          p,
          i % 7 === 3
            ? '---\ntitle: [broken\n---\n'
            : `---\ntitle: "第 ${i} 期"\ndate: 2021-03-${String((i % 28) + 1).padStart(2, '0')}\n---\n\n正文 ${i}\n`,
        );
        files.push({ path: p, source: `p${i}.md` });
      }
      const serial = await compileFiles(files, { workers: 0 });
      const parallel = await compileFiles(files, { workers: 2, chunkSize: 4 });
      expect(parallel).toEqual(serial);
      expect(serial.filter((o) => o.status === 'error')).toHaveLength(9);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('hands the chunks of a worker that dies back to the queue: nothing is lost', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-'));
    try {
      const files = [];
      for (let i = 0; i < 2000; i++) {
        const p = path.join(dir, `p${i}.md`);
        fs.writeFileSync(p, `---\ntitle: "第 ${i} 期"\ndate: 2021-03-01\n---\n\n正文 ${i}\n`);
        files.push({ path: p, source: `p${i}.md` });
      }
      // Workers that take their chunks and exit without answering; they count what they took.
      const taken = new Int32Array(new SharedArrayBuffer(4));
      const dying = () =>
        new Worker(
          `const { parentPort, workerData } = require('node:worker_threads');
           parentPort.on('message', () => Atomics.add(workerData, 0, 1));
           parentPort.postMessage('ready');
           setTimeout(() => process.exit(1), 30);`,
          { eval: true, workerData: taken },
        );
      const serial = await compileFiles(files, { workers: 0 });
      const survived = await compileFiles(files, { workers: 2, chunkSize: 20, spawn: dying });
      expect(Atomics.load(taken, 0)).toBeGreaterThan(0);
      expect(survived).toEqual(serial);
      expect(serial.every((o) => o.status === 'ok')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
