// Issue 6: broken posts, each with its expected outcome (tests/fixtures/bad-posts/README.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContentDir, type CompileResult } from '../../src/compiler/compile';
import { compilePost } from '../../src/compiler/compile-post';
import type { Event } from '../../src/model/types';

const FIXTURES = path.resolve(__dirname, '../fixtures/bad-posts');
let dir: string;
let result: CompileResult;

const event = (source: string): Event => {
  const e = result.events.find((x) => x.source === source);
  if (!e) throw new Error(`no event for ${source}`);
  return e;
};
const error = (file: string) => result.errors.find((x) => x.file === file);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-posts-'));
  fs.cpSync(FIXTURES, dir, { recursive: true });
  // Byte-exact cases are written here rather than committed (Prettier would rewrite them).
  fs.writeFileSync(path.join(dir, 'empty.md'), '');
  fs.writeFileSync(
    path.join(dir, 'binary.md'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  fs.writeFileSync(
    path.join(dir, 'bom.md'),
    '\uFEFF---\ntitle: "带 BOM 的文章"\ndate: 2021-03-09T15:00:00+08:00\n---\n\n正文。\n',
  );
  fs.writeFileSync(
    path.join(dir, 'crlf.md'),
    '---\r\ntitle: "Windows 换行"\r\ntags: ["CRLF"]\r\n---\r\n\r\n## 概要\r\n\r\n正文第一段。\r\n',
  );
  result = await compileContentDir({ contentDir: dir, workers: 0 });
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bad posts', () => {
  it('accounts for every post read: posts read = events + errors', () => {
    const files = 13; // 9 committed fixtures (README skipped) + 4 written above
    expect(result.postsRead).toBe(files);
    expect(result.events.length + result.errors.length).toBe(result.postsRead);
    expect(result.skipped.map((s) => s.source)).toEqual(['README.md']);
  });

  it('no front matter: an event titled by its first heading, with a warning', () => {
    const e = event('no-front-matter.md');
    expect(e.title).toBe('云原生社区分享会');
    expect(e.warnings.join(' ')).toMatch(/no front matter/);
  });

  it('invalid YAML: an error naming the file, line and reason', () => {
    const e = error('invalid-yaml.md');
    expect(e).toBeDefined();
    expect(e!.reason).toMatch(/invalid YAML front matter/);
    expect(e!.line).toBeGreaterThanOrEqual(2);
    expect(e!.line).toBeLessThanOrEqual(5);
  });

  it('invalid TOML: an error on the bad line', () => {
    const e = error('invalid-toml.md');
    expect(e).toMatchObject({ file: 'invalid-toml.md', line: 3 });
    expect(e!.reason).toMatch(/invalid TOML front matter/);
  });

  it('tags given as a string: still an event whose tags are strings', () => {
    const e = event('tags-as-string.md');
    expect(Array.isArray(e.tags)).toBe(true);
    for (const t of e.tags) expect(typeof t).toBe('string');
  });

  it('a date that is not a date: an event without a start, with a warning', () => {
    const e = event('date-not-a-date.md');
    expect(e.start).toBeNull();
    expect(e.warnings.length).toBeGreaterThan(0);
  });

  it('missing title: titled by the first heading, with a warning naming `title`', () => {
    const e = event('missing-title.md');
    expect(e.title).toBe('第一个标题');
    expect(e.warnings.join(' ')).toMatch(/title/);
  });

  it('empty file: an error', () => {
    expect(error('empty.md')?.reason).toMatch(/empty/);
  });

  it('binary file: an error', () => {
    expect(error('binary.md')?.reason).toMatch(/binary/);
  });

  it('BOM: read as if it were not there', () => {
    expect(event('bom.md').title).toBe('带 BOM 的文章');
  });

  it('CRLF line endings: read, and no \\r in the output', () => {
    const e = event('crlf.md');
    expect(e.title).toBe('Windows 换行');
    expect(e.tags).toEqual(['CRLF']);
    expect(e.html).not.toMatch(/\r/);
    expect(e.summary).toBe('正文第一段。');
  });

  it('two posts with the same slug: both kept, the second renamed, with a warning', () => {
    const first = event('same-slug/first.md');
    const second = event('same-slug/second.md');
    expect(first.slug).toBe('meetup');
    expect(second.slug).toBe('meetup-2');
    expect(second.warnings.join(' ')).toMatch(/same-slug\/first\.md.*"meetup"/);
    expect(first.warnings.join(' ')).not.toMatch(/slug/);
  });

  it('an event date that cannot be read: no start, a warning', () => {
    const e = event('unreadable-event-date.md');
    expect(e.start).toBeNull();
    expect(e.warnings.length).toBeGreaterThan(0);
  });

  it('errors are sorted and every error names a file and a reason', () => {
    expect(result.errors.map((e) => e.file)).toEqual([
      'binary.md',
      'empty.md',
      'invalid-toml.md',
      'invalid-yaml.md',
    ]);
    for (const e of result.errors) expect(e.reason.length).toBeGreaterThan(5);
  });
});

describe('a 5 MB post', () => {
  it('compiles to an event in reasonable time', () => {
    const para =
      '活动介绍：SOFAStack 是蚂蚁集团自主研发的金融级分布式架构。[链接](https://example.org) **粗体** `code`\n\n';
    const target = 5 * 1024 * 1024;
    const body = para.repeat(Math.ceil(target / Buffer.byteLength(para)));
    const text = `---\ntitle: "很长的文章"\ndate: 2021-03-09T15:00:00+08:00\n---\n\n${body}`;
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(target);
    const t0 = performance.now();
    const out = compilePost({ source: 'huge.md', content: Buffer.from(text) });
    const ms = performance.now() - t0;
    expect(out.status).toBe('ok');
    if (out.status === 'ok') {
      expect(out.post.event.title).toBe('很长的文章');
      expect(out.post.event.html.length).toBeGreaterThan(target / 2);
    }
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
