import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPosts } from '../../src/compiler/load';

let tmp: string | null = null;

function tree(files: Record<string, string>): string {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eb-load-'));
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return tmp;
}

afterEach(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = null;
});

describe('loadPosts: sections and page bundles', () => {
  it('reads a folder with both _index.md and index.md as a section: its subfolders are posts', () => {
    const dir = tree({
      'zh/events/_index.md': '---\ntitle: Events\n---\n',
      'zh/events/index.md': '---\ntitle: Stray page\n---\n',
      'zh/events/meetup-one/index.md': '---\ntitle: One\n---\n',
      'zh/events/meetup-one/notes.md': 'a resource',
      'zh/events/meetup-two/index.md': '---\ntitle: Two\n---\n',
      'zh/events/flat-post.md': '---\ntitle: Flat\n---\n',
    });
    const { files, skipped } = loadPosts(dir);
    expect(files.map((f) => [f.source, f.bundle])).toEqual([
      ['zh/events/flat-post.md', false],
      ['zh/events/index.md', false],
      ['zh/events/meetup-one/index.md', true],
      ['zh/events/meetup-two/index.md', true],
    ]);
    expect(skipped).toEqual([
      { source: 'zh/events/_index.md', reason: 'section page' },
      {
        source: 'zh/events/meetup-one/notes.md',
        reason: 'bundle resource',
        detail: 'zh/events/meetup-one/index.md',
      },
    ]);
  });

  it('still reads a folder with index.md and no _index.md as a leaf bundle', () => {
    const dir = tree({
      'blog/post/index.md': '---\ntitle: Leaf\n---\n',
      'blog/post/inner/index.md': 'not a post',
    });
    const { files, skipped } = loadPosts(dir);
    expect(files.map((f) => f.source)).toEqual(['blog/post/index.md']);
    expect(skipped.map((s) => s.reason)).toEqual(['bundle resource']);
  });
});
