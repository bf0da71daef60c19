// Issue 6: whatever a post holds, the per-post pipeline ends in an event or a typed error —
// never an uncaught exception, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePost } from '../../src/compiler/compile-post';
import { parsePost } from '../../src/compiler/parse-post';
import { renderBody } from '../../src/compiler/html';
import { slugify } from '../../src/compiler/slug';

const FM_KEYS = [
  'title',
  'date',
  'date_end',
  'tags',
  'slug',
  'draft',
  'cover',
  'description',
  'all_day',
  'address',
  'authors',
  'url_slides',
  'event',
];
const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2021-03-21',
    '2021-13-45',
    'next tuesday',
    '2021-03-21T14:00:00+08:00',
    'javascript:alert(1)',
    '<script>x</script>',
    'true',
    '~',
    '[',
    '"',
    "'",
    ':',
    '{',
    '&a',
    '*a',
    '|',
    '>',
  ),
  fc.integer().map(String),
);
const yamlLine = fc.tuple(fc.constantFrom(...FM_KEYS), scalar).map(([k, v]) => `${k}: ${v}`);
const tomlLine = fc.tuple(fc.constantFrom(...FM_KEYS), scalar).map(([k, v]) => `${k} = ${v}`);
const bodyLine = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '## 概要',
    '- 活动时间：2021 年 03 月 21 日（周日）14:00-17:00',
    '- 活动形式：线上直播',
    '**《题目》**',
    '嘉宾介绍：周群力（花名：仪式），蚂蚁集团',
    '| a | b |',
    '|---|---|',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '```',
    '### 19:05-20:00 题目',
    '1 月 17 日周四晚 7 点',
  ),
);
const post = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc
    .tuple(fc.array(yamlLine, { maxLength: 12 }), fc.array(bodyLine, { maxLength: 30 }))
    .map(([fm, body]) => `---\n${fm.join('\n')}\n---\n${body.join('\n')}`),
  fc
    .tuple(fc.array(tomlLine, { maxLength: 12 }), fc.array(bodyLine, { maxLength: 30 }))
    .map(([fm, body]) => `+++\n${fm.join('\n')}\n+++\n${body.join('\n')}`),
  fc
    .tuple(
      fc.constantFrom('\uFEFF', ''),
      fc.array(yamlLine, { maxLength: 8 }),
      fc.array(bodyLine, { maxLength: 20 }),
    )
    .map(([bom, fm, body]) => `${bom}---\r\n${fm.join('\r\n')}\r\n---\r\n${body.join('\r\n')}`),
);

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

describe('the per-post pipeline never throws or hangs', () => {
  it('compilePost: text in, a valid event or a typed error out', () => {
    fc.assert(
      fc.property(post, (text) => {
        const t0 = performance.now();
        const out = compilePost({ source: 'p.md', content: text });
        expect(performance.now() - t0).toBeLessThan(2000);
        if (out.status === 'error') {
          expect(out.error.file).toBe('p.md');
          expect(typeof out.error.reason).toBe('string');
        } else if (out.status === 'ok') {
          const e = out.post.event;
          expect(typeof e.title).toBe('string');
          expect(e.title.length).toBeGreaterThan(0);
          expect(e.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          if (e.start !== null) expect(e.start).toMatch(ISO);
          if (e.end !== null) expect(e.end).toMatch(ISO);
          expect(Array.isArray(e.tags) && e.tags.every((x) => typeof x === 'string')).toBe(true);
          expect(e.html).not.toMatch(
            /<script|<[a-z][^>]*\son[a-z]+\s*=|(href|src)\s*=\s*["']?\s*javascript:/i,
          );
          for (const u of [...e.slides, ...(e.cover ? [e.cover] : []), ...e.links.map((l) => l.url)]) {
            expect(u).toMatch(/^https?:\/\//);
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('compilePost: arbitrary bytes in', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const out = compilePost({ source: 'b.md', content: bytes });
        expect(['ok', 'error', 'draft']).toContain(out.status);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('parsePost, renderBody and slugify never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1000 }), (s) => {
        parsePost(s, 'x.md');
        renderBody(s);
        expect(slugify(s)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('pathological inputs finish quickly', () => {
    const cases = [
      '---\n' + 'a: '.repeat(20000) + '\n---\n',
      '['.repeat(50000),
      '*'.repeat(50000) + 'x',
      '<div>'.repeat(20000),
      '> '.repeat(5000) + 'x',
      '- '.repeat(5000) + 'x',
      '|' + ' a |'.repeat(5000) + '\n|' + '---|'.repeat(5000) + '\n',
      '活动时间：' + '2021 年'.repeat(10000),
    ];
    for (const text of cases) {
      const t0 = performance.now();
      const out = compilePost({ source: 'x.md', content: text });
      expect(['ok', 'error']).toContain(out.status);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  }, 120_000);
});
