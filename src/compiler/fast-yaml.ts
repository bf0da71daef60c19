// A fast reader for the plain front matter nearly every post has: `key: value` lines, one level of
// nested `key: value` (Wowchemy's `address:`), lists written `[a, "b"]` or as `- item` lines, and
// full-line comments. It gives exactly what the `yaml` package (YAML 1.2 core schema, `toJS`) gives
// for that subset, about ten times faster; for anything else — block scalars, anchors, escapes,
// inline comments, deeper nesting, duplicate keys, anything it is unsure of — it returns null and
// parse-post.ts reads the front matter with `yaml`, which also reports the errors.

type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ ]*:(?:[ ]+(.*))?$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Anything that may be number-ish or special in the core schema beyond the above.
const RISKY_PLAIN = /^[-+.]|^0[oxOX]|[eE][-+]?[0-9]+$/;
// Plain scalars: no indicator first, no `: ` or ` #`, no tabs or quotes/brackets we do not model.
const PLAIN_FIRST = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;
const FAIL = Symbol('fail');
type Fail = typeof FAIL;

/** A scalar in block context (after `key: ` or `- `). */
function scalar(s: string): Value | Fail {
  const v = s.replace(/[ ]+$/, '');
  if (v === '') return null;
  const c = v.charCodeAt(0);
  if (c === 0x27 /* ' */) {
    if (v.length < 2 || !v.endsWith("'")) return FAIL;
    const inner = v.slice(1, -1);
    // Every quote inside must be a doubled one.
    if (inner.replace(/''/g, '').includes("'")) return FAIL;
    return inner.replace(/''/g, "'");
  }
  if (c === 0x22 /* " */) {
    if (v.length < 2 || !v.endsWith('"')) return FAIL;
    const inner = v.slice(1, -1);
    if (inner.includes('"') || inner.includes('\\')) return FAIL;
    return inner;
  }
  if (c === 0x5b /* [ */) return flowList(v);
  return plain(v, false);
}

function plain(v: string, inFlow: boolean): Value | Fail {
  if (!PLAIN_FIRST.test(v)) return FAIL;
  if (v.includes(': ') || v.includes(' #') || v.includes('\t') || v.endsWith(':')) return FAIL;
  if (inFlow && /[,[\]{}]/.test(v)) return FAIL;
  if (NULL.test(v)) return null;
  if (TRUE.test(v)) return true;
  if (FALSE.test(v)) return false;
  if (INT.test(v)) return v.length > 15 ? FAIL : parseInt(v, 10);
  if (FLOAT.test(v)) return v.length > 15 ? FAIL : parseFloat(v);
  if (RISKY_PLAIN.test(v) && /^[-+.0-9]/.test(v)) return FAIL;
  if (v.startsWith('.')) return FAIL;
  return v;
}

/** `[a, "b", 'c']` on one line. */
function flowList(v: string): Value | Fail {
  if (!v.endsWith(']')) return FAIL;
  const inner = v.slice(1, -1).trim();
  if (inner === '') return [];
  const out: Value[] = [];
  for (const raw of inner.split(',')) {
    const item = raw.trim();
    if (item === '') return FAIL;
    const c = item.charCodeAt(0);
    if (c === 0x22 || c === 0x27) {
      const q = item[0]!;
      if (item.length < 2 || !item.endsWith(q)) return FAIL;
      const body = item.slice(1, -1);
      if (body.includes(q) || body.includes('\\')) return FAIL;
      out.push(body);
      continue;
    }
    const p = plain(item, true);
    if (p === FAIL) return FAIL;
    out.push(p);
  }
  return out;
}

/** A key that reads as the same string in JS (not null/true/false, not `__proto__`). */
function plainKey(k: string): boolean {
  return k !== '__proto__' && !NULL.test(k) && !TRUE.test(k) && !FALSE.test(k);
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

function isSkippable(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** The front matter as `yaml` would read it, or null when it is not in the simple subset. */
export function fastYaml(raw: string): Record<string, unknown> | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f\ufeff]/.test(raw)) return null;
  const lines = raw.split('\n');
  const out: Record<string, Value> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isSkippable(line)) {
      i++;
      continue;
    }
    if (line.charCodeAt(0) === 0x20) return null; // indented where no block is open
    const m = KEY.exec(line);
    if (!m) return null;
    const key = m[1]!;
    if (!plainKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return null;
    const rest = m[2];
    i++;
    if (rest !== undefined && rest.trim() !== '') {
      if (rest.trimStart() !== rest) return null;
      const v = scalar(rest);
      if (v === FAIL) return null;
      out[key] = v;
      continue;
    }
    // `key:` alone: a nested block below it, or null.
    let j = i;
    while (j < lines.length && isSkippable(lines[j]!)) j++;
    const next = lines[j];
    if (next === undefined || (indentOf(next) === 0 && !next.startsWith('-'))) {
      out[key] = null;
      continue;
    }
    const indent = indentOf(next);
    const body = next.slice(indent);
    if (body.startsWith('- ') || body === '-') {
      const list: Value[] = [];
      i = j;
      while (i < lines.length) {
        const l = lines[i]!;
        if (isSkippable(l)) {
          i++;
          continue;
        }
        const ind = indentOf(l);
        if (ind < indent) break;
        if (ind > indent) return null;
        const t = l.slice(ind);
        if (t === '-') return null;
        if (!t.startsWith('- ')) {
          if (ind === 0) break; // the next top-level key
          return null;
        }
        const itemText = t.slice(2);
        if (itemText.trimStart() !== itemText) return null;
        const v = scalar(itemText);
        if (v === FAIL || Array.isArray(v)) return null;
        list.push(v);
        i++;
      }
      out[key] = list;
      continue;
    }
    if (indent === 0) return null;
    const map: Record<string, Value> = {};
    i = j;
    while (i < lines.length) {
      const l = lines[i]!;
      if (isSkippable(l)) {
        i++;
        continue;
      }
      const ind = indentOf(l);
      if (ind === 0) break;
      if (ind !== indent) return null;
      const km = KEY.exec(l.slice(ind));
      if (!km) return null;
      const k = km[1]!;
      if (!plainKey(k) || Object.prototype.hasOwnProperty.call(map, k)) return null;
      const r = km[2];
      if (r === undefined || r.trim() === '') {
        // `k:` with nothing: null unless something nests below (not modelled).
        const n = lines.slice(i + 1).find((x) => !isSkippable(x));
        if (n !== undefined && indentOf(n) > ind) return null;
        if (n !== undefined && indentOf(n) === ind && n.slice(ind).startsWith('-')) return null;
        map[k] = null;
        i++;
        continue;
      }
      if (r.trimStart() !== r) return null;
      const v = scalar(r);
      if (v === FAIL) return null;
      map[k] = v;
      i++;
    }
    out[key] = map;
  }
  return out;
}
