// Pinyin of Chinese titles and names, computed by the compiler (with pinyin-pro) so that the browser
// can match `wusheng`, `ws` or `xianliu` without a pinyin dictionary: for search (search-docs.ts)
// and the speakers list's filter (emit.ts).
import { pinyin } from 'pinyin-pro';
import { namePinyinForms, type NamePinyin } from '../model/search';

const HAN_RUNS = /\p{Script=Han}+/gu;

/** Pinyin of the Chinese runs of a title: `MOSN 的无人值守变更` → `dewurenzhishoubiangeng`. */
export function titlePinyin(title: string): string {
  const runs = title.match(HAN_RUNS);
  if (!runs) return '';
  return runs.map(runPinyin).join(' ');
}

// pinyin-pro is slow (tens of µs a call); the same words and names come back across posts and runs.
const runCache = new Map<string, string>();
const nameCache = new Map<string, string[]>();
const CACHE_MAX = 200_000;

function runPinyin(run: string): string {
  let p = runCache.get(run);
  if (p === undefined) {
    if (runCache.size >= CACHE_MAX) runCache.clear();
    p = pinyin(run, { toneType: 'none', type: 'array' }).join('');
    runCache.set(run, p);
  }
  return p;
}

/** Syllables of a person's name (surname readings: 曾 zeng, 单 shan), or null when it has no Chinese. */
function nameSyllables(name: string): string[] | null {
  const han = (name.match(HAN_RUNS) ?? []).join('');
  if (!han) return null;
  let syllables = nameCache.get(han);
  if (syllables === undefined) {
    if (nameCache.size >= CACHE_MAX) nameCache.clear();
    syllables = pinyin(han, { toneType: 'none', type: 'array', mode: 'surname' }).map((s) =>
      s.toLowerCase().replace(/ü/g, 'v'),
    );
    nameCache.set(han, syllables);
  }
  return syllables;
}

/** Pinyin of a person's name: in full, initials, given name (`吴晟` → wusheng, ws, sheng); null without Chinese. */
export function namePinyin(name: string): NamePinyin | null {
  const syllables = nameSyllables(name);
  return syllables && namePinyinForms(syllables);
}

/** Each Chinese name's syllables, space-separated (`吴晟` → `wu sheng`), for the speakers list's filter. */
export function spokenNames(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const syllables = nameSyllables(name)?.join(' ');
    if (syllables && !out.includes(syllables)) out.push(syllables);
  }
  return out;
}
