import { describe, expect, it } from 'vitest';
import { decodePost, parsePost } from '../../src/compiler/parse-post';

const ok = (text: string) => {
  const r = parsePost(text, 'p.md');
  if (!r.ok) throw new Error(`${r.error.line}: ${r.error.reason}`);
  return r.post;
};
const err = (text: string) => {
  const r = parsePost(text, 'p.md');
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('parsePost', () => {
  it('splits YAML front matter; timestamps stay strings as written', () => {
    const p = ok('---\ntitle: "A"\ndate: 2021-03-09T15:00:00+08:00\ntags: [x, y]\n---\n\n# Body\n');
    expect(p.format).toBe('yaml');
    expect(p.data).toEqual({ title: 'A', date: '2021-03-09T15:00:00+08:00', tags: ['x', 'y'] });
    expect(p.body).toBe('\n# Body\n');
    expect(p.bodyLine).toBe(6);
  });

  it('splits TOML front matter; dates become ISO text', () => {
    const p = ok(
      '+++\ntitle = "B"\ndate = 2019-12-05T19:00:00+08:00\nday = 2019-12-05\ndraft = false\n+++\nbody',
    );
    expect(p.format).toBe('toml');
    expect(p.data).toEqual({
      title: 'B',
      date: '2019-12-05T19:00:00+08:00',
      day: '2019-12-05',
      draft: false,
    });
    expect(p.body).toBe('body');
  });

  it('accepts a BOM and CRLF line endings', () => {
    const p = ok('\uFEFF---\r\ntitle: C\r\n---\r\nline 1\r\nline 2\r\n');
    expect(p.data.title).toBe('C');
    expect(p.body).toBe('line 1\nline 2\n');
  });

  it('a post without front matter is read, with a warning', () => {
    const p = ok('# Just a body\n');
    expect(p.format).toBe('none');
    expect(p.data).toEqual({});
    expect(p.warnings[0]).toMatch(/no front matter/);
  });

  it('an empty front matter is an empty mapping', () => {
    expect(ok('---\n---\nbody').data).toEqual({});
  });

  it('a duplicate YAML key is a warning, not an error; the last value wins', () => {
    const p = ok('---\ntitle: one\ntitle: two\n---\n');
    expect(p.data.title).toBe('two');
    expect(p.warnings[0]).toMatch(/set twice \(line 3\)/);
  });

  it('invalid YAML is an error on the right line', () => {
    const e = err('---\ntitle: ok\ntags: [a, b\nother: 1\n---\n');
    expect(e.file).toBe('p.md');
    expect(e.reason).toMatch(/invalid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it('an unclosed quote points at the line where it opened', () => {
    expect(err('---\nx: 1\ntitle: "open\ndate: 2019\n---\n').line).toBe(3);
  });

  it('invalid TOML is an error on the right line', () => {
    const e = err('+++\ntitle = "x"\n\ndate =\n+++\n');
    expect(e).toMatchObject({ line: 4 });
    expect(e.reason).toMatch(/invalid TOML/);
  });

  it('an unclosed front matter is an error on line 1', () => {
    expect(err('---\ntitle: x\nno end').line).toBe(1);
    expect(err('+++\ntitle = "x"\n').reason).toMatch(/never closed/);
  });

  it('a front matter that is not a mapping is an error', () => {
    expect(err('---\n- a\n- b\n---\n').reason).toMatch(/not a list of `key: value`/);
    expect(err('---\njust text\n---\n').reason).toMatch(/not a list/);
  });

  it('an empty or blank file is an error', () => {
    expect(err('').reason).toMatch(/empty/);
    expect(err(' \n\n').reason).toMatch(/empty/);
  });

  it('YAML aliases cannot blow up (billion laughs)', () => {
    const bomb =
      '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n';
    const r = parsePost(bomb, 'bomb.md');
    expect(r.ok).toBe(false);
  });
});

describe('decodePost', () => {
  it('rejects empty, binary and non-UTF-8 files', () => {
    expect(decodePost(new Uint8Array(), 'a.md')).toMatchObject({ ok: false });
    const bin = decodePost(new Uint8Array([0x89, 0x50, 0, 1]), 'a.md');
    expect(bin.ok || bin.error.reason).toMatch(/binary/);
    const latin1 = decodePost(new Uint8Array([0x74, 0xe9, 0x74, 0xe9]), 'a.md');
    expect(latin1.ok || latin1.error.reason).toMatch(/UTF-8/);
  });

  it('decodes UTF-8 text', () => {
    expect(decodePost(new TextEncoder().encode('中文'), 'a.md')).toEqual({ ok: true, text: '中文' });
  });
});
