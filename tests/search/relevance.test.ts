// Relevance: compiles ../shared/corpus + data/posts into a temp dir with the real compiler, loads the
// search file it writes into the real engine, and requires the expected result in the top 3 for at
// least 95% of the queries in relevance-queries.ts. Skipped (visibly) when ../shared is not there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/app/search/engine';
import { fold } from '../../src/app/search/normalize';
import type { SearchHit } from '../../src/app/search/protocol';
import { compileContentDir } from '../../src/compiler/compile';
import { buildSearchFiles } from '../../src/compiler/search-docs';
import { SEARCH_FILE, type SearchData } from '../../src/model/search';
import { CASES, type RelevanceCase } from './relevance-queries';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const SEEDS = path.join(ROOT, 'data/posts');
const present = fs.existsSync(CORPUS);

if (!present) console.warn(`[search relevance] SKIPPED: ${CORPUS} is absent`);

function copyPosts(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(dst, { recursive: true });
      copyPosts(src, dst);
    } else if (!(from === CORPUS && /^(README\.md|gold\.json)$/.test(entry.name))) {
      fs.copyFileSync(src, dst);
    }
  }
}

export function matches(hit: SearchHit, c: RelevanceCase): boolean {
  return (!c.kind || hit.kind === c.kind) && fold(hit.title.text).includes(fold(c.title));
}

describe.skipIf(!present)('search relevance over ../shared/corpus + data/posts (top 3)', () => {
  let tmp = '';
  let engine: SearchEngine;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'search-relevance-'));
    const content = path.join(tmp, 'content');
    fs.mkdirSync(path.join(content, 'corpus'), { recursive: true });
    fs.mkdirSync(path.join(content, 'seeds'), { recursive: true });
    copyPosts(CORPUS, path.join(content, 'corpus'));
    copyPosts(SEEDS, path.join(content, 'seeds'));
    const { events, speakers } = await compileContentDir({ contentDir: content });
    const files = buildSearchFiles(events, speakers);
    fs.writeFileSync(path.join(tmp, SEARCH_FILE), files[SEARCH_FILE]!);
    engine = new SearchEngine(JSON.parse(fs.readFileSync(path.join(tmp, SEARCH_FILE), 'utf8')) as SearchData);
  }, 120_000);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it(`has at least 40 queries of every kind (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(CASES.map((c) => c.why));
    for (const k of ['product', 'chinese', 'typo', 'pinyin', 'words', 'width'] as const)
      expect(kinds).toContain(k);
  });

  it('finds the expected result in the top 3 for ≥ 95% of the queries', () => {
    const misses: string[] = [];
    for (const c of CASES) {
      const top = engine.search(c.q, { limit: 3 }).hits;
      if (!top.some((h) => matches(h, c))) {
        misses.push(
          `  ${c.why} "${c.q}" → wanted ${c.kind ?? 'any'} "${c.title}", got: ${top.map((h) => `${h.kind} "${h.title.text}"`).join(' | ') || 'nothing'}`,
        );
      }
    }
    const found = CASES.length - misses.length;
    console.log(
      `[search relevance] ${found}/${CASES.length} in the top 3 (${((100 * found) / CASES.length).toFixed(1)}%)`,
    );
    if (misses.length) console.log(`[search relevance] misses:\n${misses.join('\n')}`);
    expect(found / CASES.length).toBeGreaterThanOrEqual(0.95);
  });
});
