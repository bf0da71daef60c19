// The fast front-matter reader gives exactly what the `yaml` package gives, or declines (null).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastYaml } from '../../src/compiler/fast-yaml';

function viaYaml(raw: string): unknown {
  const doc = parseDocument(raw);
  if (doc.errors.length) return 'error';
  return doc.toJS({ maxAliasCount: 100 }) ?? {};
}

const SAMPLES = [
  `title: "第0期 SOFAChannel#13：云原生网络代理"\ndate: 2019-03-16T17:00:00+08:00\ntags: ["SOFAChannel","MOSN"]\ncategories: "SOFAChannel"`,
  `title: 'It''s a meetup'\nall_day: false\nweight: 12\nscore: 1.5\nempty:\nnothing: ~\nflag: True`,
  `address:\n  street: 望京浦项中心\n  city: 北京\n  postcode: ''\nimage:\n  caption: '图片来源：[云原生社区](https://cloudnative.to)'\n  focal_point: Right\n# a comment\nslides: ''`,
  `authors:\n- 宋净超\n- "Jimmy Song"\ntags:\n  - a\n  - b c\nkeywords: [istio, service mesh, "x"]`,
  `time: 14:00\nurl: https://example.org/a?b=c#d\ntitle: SOFA "quoted" inside\nk : v`,
];

// Front matter the fast reader must leave to `yaml`.
const DECLINED = [
  `title: a # comment`,
  `summary: |\n  line one\n  line two`,
  `a: &x 1\nb: *x`,
  `title: "escaped \\" quote"`,
  `title: a\ntitle: b`,
  `title: first line\n  continued`,
  `n: 0x1F\nm: .inf\ne: 1e3`,
  `outer:\n  inner:\n    deep: 1`,
  `list:\n- name: x\n  role: y`,
  `x: -1`,
  `null: 1`,
];

describe('fastYaml', () => {
  it('reads plain front matter as yaml does', () => {
    for (const raw of SAMPLES) {
      const fast = fastYaml(raw);
      expect(fast, raw).not.toBeNull();
      expect(fast, raw).toStrictEqual(viaYaml(raw));
    }
  });

  it('declines what it does not model', () => {
    for (const raw of DECLINED) expect(fastYaml(raw), raw).toBeNull();
  });

  it('never disagrees with yaml on mutated front matter', () => {
    const piece = fc.constantFrom(
      '"',
      "'",
      ':',
      ' ',
      '-',
      '#',
      '[',
      ']',
      ',',
      '{',
      '|',
      '&',
      'null',
      'true',
      '1',
      '0x',
      '.5',
      '1e3',
      '\n',
      '\n  ',
      '\n- ',
      '~',
      '中',
      '\\',
      ' #x',
      'k: v',
      '\n  k: v',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(fc.tuple(fc.nat(), piece, fc.nat({ max: 2 })), { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          let raw = base;
          for (const [at, p, cut] of edits) {
            const i = at % (raw.length + 1);
            raw = raw.slice(0, i) + p + raw.slice(i + cut);
          }
          const fast = fastYaml(raw);
          if (fast !== null) expect(fast).toStrictEqual(viaYaml(raw));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
