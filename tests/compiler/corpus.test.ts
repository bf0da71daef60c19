// Needs ../shared (the real posts); CI always has it. Skipped, visibly, when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentDir } from '../../src/compiler/compile';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const present = fs.existsSync(path.join(CORPUS, 'gold.json'));
if (!present) console.warn(`SKIPPED tests/compiler/corpus.test.ts: ${CORPUS} is absent (needs ../shared)`);

const suffixLen = (a: string, b: string) => {
  const strip = (p: string) =>
    p
      .replace(/\.(md|markdown)$/i, '')
      .replace(/\/index$/, '')
      .split('/')
      .reverse();
  const x = strip(a);
  const y = strip(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
};

describe.skipIf(!present)('the shared corpus (needs ../shared)', () => {
  it('compiles every post: no errors, every gold post in the bundle by source, posts read = events + errors', async () => {
    const r = await compileContentDir({ contentDir: CORPUS, workers: 0 });
    expect(r.errors).toEqual([]);
    expect(r.events.length + r.errors.length).toBe(r.postsRead);
    const gold = JSON.parse(fs.readFileSync(path.join(CORPUS, 'gold.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // Gold also labels ../shared/seeds (the posts in data/posts); only the corpus's own posts are here.
    const keys = Object.keys(gold).filter((k) => k.startsWith('corpus/') && path.basename(k) !== '_index.md');
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      const best = Math.max(...r.events.map((e) => suffixLen(key, e.source)));
      expect(best, key).toBeGreaterThanOrEqual(2);
    }
    const slugs = new Set(r.events.map((e) => e.slug));
    expect(slugs.size).toBe(r.events.length);
    for (const e of r.events) expect(e.html).not.toMatch(/<script/i);
  }, 120_000);
});
