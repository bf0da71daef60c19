// One post's text → raw front-matter data + body. YAML (`---`) and TOML (`+++`) front matter,
// a leading BOM and CRLF line endings are accepted; a front matter that cannot be parsed is a
// typed error naming the file, the line (1-based, in the file) and the reason.
//
// Date values arrive as strings, as written: the YAML core schema keeps timestamps as strings,
// and TOML dates are turned back into their ISO text (`2021-03-09T15:00:00+08:00`, `2021-03-09`).
import { LineCounter, parseDocument } from 'yaml';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { fastYaml } from './fast-yaml';

export type FrontMatterFormat = 'yaml' | 'toml' | 'none';

/** A post that cannot be read at all. */
export interface PostError {
  /** The post's path relative to the content dir. */
  file: string;
  /** 1-based line in the file, or null when the problem is not on one line. */
  line: number | null;
  reason: string;
}

export interface ParsedPost {
  format: FrontMatterFormat;
  data: Record<string, unknown>;
  /** The Markdown body, LF line endings, without the front matter. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Problems that did not stop the post from being read. */
  warnings: string[];
}

export type ParseResult = { ok: true; post: ParsedPost } | { ok: false; error: PostError };

const fail = (file: string, line: number | null, reason: string): ParseResult => ({
  ok: false,
  error: { file, line, reason },
});

/** Decodes a file's bytes as UTF-8 text, or says why it is not a text post. */
export function decodePost(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; error: PostError } {
  if (bytes.length === 0) return { ok: false, error: { file, line: null, reason: 'the file is empty' } };
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      return {
        ok: false,
        error: {
          file,
          line: null,
          reason: 'this is a binary file, not a Markdown text post (it contains NUL bytes)',
        },
      };
    }
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      error: {
        file,
        line: null,
        reason: 'the file is not valid UTF-8 text; save it as UTF-8',
      },
    };
  }
  return { ok: true, text };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Splits and parses the front matter of one post. Never throws. */
export function parsePost(input: string, file: string): ParseResult {
  try {
    return parseUnsafe(input, file);
  } catch (e) {
    return fail(file, null, `the front matter could not be read: ${messageOf(e)}`);
  }
}

function parseUnsafe(input: string, file: string): ParseResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail(file, null, 'the file is empty');

  const first = /^(---|\+\+\+)[ \t]*(?:\n|$)/.exec(text);
  if (!first) {
    return {
      ok: true,
      post: {
        format: 'none',
        data: {},
        body: text,
        bodyLine: 1,
        warnings: [
          'The post has no front matter (a block between `---` lines at the top of the file), so it has no title or date of its own; add one.',
        ],
      },
    };
  }
  const fence = first[1] as string;
  const format: FrontMatterFormat = fence === '---' ? 'yaml' : 'toml';
  const start = first[0].length;
  const close = new RegExp(`^${fence === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*$`, 'm');
  close.lastIndex = 0;
  const rest = text.slice(start);
  const m = close.exec(rest);
  if (!m) {
    return fail(
      file,
      1,
      `the front matter opened with \`${fence}\` on line 1 is never closed; add a \`${fence}\` line after it`,
    );
  }
  const raw = rest.slice(0, m.index);
  const afterClose = start + m.index + m[0].length;
  const body = text.slice(afterClose).replace(/^\n/, '');
  const fmLines = countLines(raw);
  const bodyLine = 1 + 1 + fmLines + 1; // opening fence, front matter lines, closing fence
  const warnings: string[] = [];

  let data: unknown;
  if (format === 'yaml' && (data = fastYaml(raw)) !== null) {
    // The plain subset nearly every post uses, read without the full YAML parser.
  } else if (format === 'yaml') {
    const lc = new LineCounter();
    let doc = parseDocument(raw, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length > 0 && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) {
      for (const e of doc.errors) {
        const line = 1 + lc.linePos(e.pos[0]).line;
        warnings.push(
          `A front-matter key is set twice (line ${line}); the last value is used. Remove the duplicate.`,
        );
      }
      doc = parseDocument(raw, { uniqueKeys: false });
    }
    const err = doc.errors[0];
    if (err) {
      let line = 1 + lc.linePos(err.pos[0]).line;
      // An unclosed quote is reported where the parser gave up; point at where it opened.
      const quote = /Missing closing (["'])quote/.exec(err.message)?.[1];
      if (quote) {
        const at = raw.split('\n').findIndex((l) => (l.split(quote).length - 1) % 2 === 1);
        if (at >= 0) line = 2 + at;
      }
      return fail(file, line, `invalid YAML front matter: ${firstLine(err.message)}`);
    }
    data = doc.toJS({ maxAliasCount: 100 });
  } else {
    try {
      data = fromToml(parseToml(raw));
    } catch (e) {
      if (e instanceof TomlError) {
        return fail(file, 1 + e.line, `invalid TOML front matter: ${firstLine(e.message)}`);
      }
      throw e;
    }
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      file,
      2,
      'the front matter is not a list of `key: value` fields (it is a single value or a list)',
    );
  }
  return { ok: true, post: { format, data: data as Record<string, unknown>, body, bodyLine, warnings } };
}

function fromToml(v: unknown): unknown {
  if (v instanceof TomlDate) return v.toISOString().replace(/\.000(?=$|[Z+-])/, '');
  if (Array.isArray(v)) return v.map(fromToml);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = fromToml(x);
    return out;
  }
  return v;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const firstLine = (s: string) =>
  s
    .split('\n')[0]
    ?.replace(/ at line \d+, column \d+:?$/, '')
    .trim() ?? s;

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? String(e);
  return String(e);
}
